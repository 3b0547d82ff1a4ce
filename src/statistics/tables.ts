/**
 * The published tables: each product's cells after disclosure control, with
 * the metadata (dimensions with their codes and Dutch titles, measures,
 * definition, sources, licence) that the open-data API and the dashboard
 * show. docs/definitions.md has the definition of every measure.
 */

import { protectCube } from './audit.ts';
import {
  NOT_APPLICABLE,
  type Published,
  publishCount,
  publishDistribution,
  publishShare,
} from './disclosure.ts';
import type { Duck } from './duck.ts';
import {
  crimeCells,
  definePublishedYears,
  detentionCells,
  flowCells,
  type RawCell,
  recidivismCells,
  SANCTIONS,
  STAGES,
  STAGES_WITH_OUTFLOW,
  STAGES_WITH_STOCK,
} from './products.ts';
import {
  type Dimension,
  type DimensionCode,
  type Measure,
  type TableMeta,
  type Theme,
  TOTAL,
} from './published.ts';
import { AGE_BANDS, UNKNOWN } from './secure.ts';

export interface PublishedTable {
  meta: Omit<TableMeta, 'release' | 'rows'>;
  rows: { codes: Record<string, string>; values: Record<string, Published> }[];
}

export const ATTRIBUTION =
  'Bron: Data Alliantie Strafrechtketen (Politie, OM, Rechtspraak, CJIB, DJI), bewerkt door Ketenzicht';

const total = (title: string): DimensionCode => ({ code: TOTAL, title });
const unknown: DimensionCode = { code: UNKNOWN, title: 'Onbekend' };

function dimension(
  id: string,
  title: string,
  description: string,
  codes: DimensionCode[],
  totalTitle: string,
): Dimension {
  return { id, title, description, codes: [total(totalTitle), ...codes] };
}

/** The codes a dimension takes in the cells, in sorted order, titled by `title`. */
function codesIn(cells: RawCell[], id: string, title: (code: string) => string): DimensionCode[] {
  const seen = [...new Set(cells.map((c) => c.codes[id] as string))].filter((c) => c !== TOTAL).sort();
  return seen.map((code) => (code === UNKNOWN ? unknown : { code, title: title(code) }));
}

async function lookups(duck: Duck) {
  const regions = await duck.rows<{ region: string; province: string }>(
    'SELECT DISTINCT region, province FROM ref_municipalities',
  );
  const groups = await duck.rows<{ code: string; name: string }>('SELECT code, name FROM ref_offence_groups');
  return {
    region: new Map(regions.map((r) => [r.region, r.province])),
    group: new Map(groups.map((g) => [g.code, g.name])),
  };
}

const measure = (
  id: string,
  title: string,
  unit: Measure['unit'],
  description: string,
  decimals = 0,
): Measure => ({
  id,
  title,
  unit,
  decimals,
  description,
});

function table(
  id: string,
  title: string,
  theme: Theme,
  summary: string,
  dimensions: Dimension[],
  measures: Measure[],
  sources: string[],
  cells: RawCell[],
  publish: (cell: RawCell, count: (measure: string) => Counted) => Record<string, Published>,
  applies: (cell: RawCell, measure: string) => boolean = () => true,
): PublishedTable {
  // Counts first, each through the cell key method and then the audit of its cube; shares are made from the result.
  const dims = dimensions.map((d) => d.id);
  const audited = new Map<string, Map<RawCell, Published>>();
  for (const m of new Set(cells.flatMap((c) => Object.keys(c.counts)))) {
    const auditCells = cells.map((cell) => {
      const c = cell.counts[m] ?? { n: 0, keySum: 0 };
      return {
        cell,
        codes: cell.codes,
        value: applies(cell, m) ? publishCount(c.n, c.keySum) : NOT_APPLICABLE,
      };
    });
    protectCube(auditCells, dims);
    audited.set(m, new Map(auditCells.map((a) => [a.cell, a.value])));
  }
  const counted = (cell: RawCell) => (m: string) => ({
    n: cell.counts[m]?.n ?? 0,
    published: audited.get(m)?.get(cell) ?? NOT_APPLICABLE,
  });
  return {
    meta: {
      id,
      title,
      theme,
      summary,
      definition: id,
      dimensions,
      measures,
      sources,
      licence: 'CC BY 4.0',
      attribution: ATTRIBUTION,
    },
    rows: cells.map((cell) => ({ codes: cell.codes, values: publish(cell, counted(cell)) })),
  };
}

/** A count's true size (for the rules on shares) and its published value. */
interface Counted {
  n: number;
  published: Published;
}
const distribution = (cell: RawCell, m: string) => {
  const d = cell.distributions[m] ?? { n: 0, value: null };
  return publishDistribution(d.n, d.value);
};

/** Computes every product and applies disclosure control. */
export async function buildTables(duck: Duck): Promise<PublishedTable[]> {
  const { region, group } = await lookups(duck);
  const years = (cells: RawCell[], id = 'jaar') =>
    dimension(
      id,
      id === 'cohort' ? 'Cohort' : 'Jaar',
      id === 'cohort' ? 'het jaar van uitstroom' : 'het kalenderjaar',
      codesIn(cells, id, (c) => c),
      'Alle jaren',
    );
  const regio = (cells: RawCell[]) =>
    dimension(
      'regio',
      'Regio',
      'de provincie (zie de definitie per tabel)',
      codesIn(cells, 'regio', (c) => region.get(c) ?? c),
      'Nederland',
    );
  const delictgroep = (cells: RawCell[]) =>
    dimension(
      'delictgroep',
      'Delictgroep',
      'de hoofdgroep van de CBS Standaardclassificatie Misdrijven 2010, naar het wetsartikel',
      codesIn(cells, 'delictgroep', (c) => group.get(c) ?? c),
      'Alle misdrijven',
    );

  await definePublishedYears(duck);
  const crimes = await crimeCells(duck);
  const flows = await flowCells(duck);
  const recidivism = await recidivismCells(duck);
  const detention = await detentionCells(duck);
  const sanctionTitle = new Map<string, string>(SANCTIONS);
  const sexTitle: Record<string, string> = { M: 'Man', V: 'Vrouw', O: 'Anders' };

  return [
    table(
      'misdrijven',
      'Geregistreerde misdrijven en opheldering',
      'opsporing',
      'Misdrijven die de politie registreerde, en hoeveel daarvan zijn opgehelderd (een verdachte bekend), per jaar van registratie, regio van het delict en delictgroep.',
      [years(crimes), regio(crimes), delictgroep(crimes)],
      [
        measure(
          'geregistreerd',
          'Geregistreerde misdrijven',
          'aantal',
          'misdrijven geregistreerd in het jaar',
        ),
        measure(
          'opgehelderd',
          'Opgehelderde misdrijven',
          'aantal',
          'van die misdrijven: met ten minste één bekende verdachte',
        ),
        measure(
          'ophelderingspercentage',
          'Ophelderingspercentage',
          'procent',
          'opgehelderd als deel van geregistreerd',
          1,
        ),
      ],
      ['Politie'],
      crimes,
      (_cell, count) => {
        const registered = count('geregistreerd');
        const cleared = count('opgehelderd');
        return {
          geregistreerd: registered.published,
          opgehelderd: cleared.published,
          ophelderingspercentage: publishShare(cleared, registered),
        };
      },
    ),
    table(
      'ketenstroom',
      'Ketenstroom: instroom, doorstroom en uitstroom',
      'ketenstroom',
      'Zaken die de strafrechtketen in, door en uit gaan: per fase (van registratie tot detentie) de instroom, de uitstroom en de voorraad aan het eind van het jaar, met de doorlooptijd vanaf de vorige fase.',
      [
        // No total over the stages: a case passes through several, so their sum counts nothing.
        {
          id: 'fase',
          title: 'Fase',
          description: 'de fase van de strafrechtketen',
          codes: STAGES.map(([code, title]) => ({ code, title })),
        },
        years(flows),
        regio(flows),
        delictgroep(flows),
      ],
      [
        measure(
          'instroom',
          'Instroom',
          'aantal',
          'zaken (of misdrijven, verdachten, sancties) die de fase in het jaar ingingen',
        ),
        measure('uitstroom', 'Uitstroom', 'aantal', 'die de fase in het jaar verlieten'),
        measure(
          'voorraad',
          'Voorraad op 31 december',
          'aantal',
          'die aan het eind van het jaar in de fase waren',
        ),
        measure(
          'doorlooptijd_mediaan',
          'Doorlooptijd, mediaan',
          'dagen',
          'dagen van de vorige fase tot deze, de middelste waarde',
        ),
        measure(
          'doorlooptijd_p80',
          'Doorlooptijd, 80e percentiel',
          'dagen',
          'dagen waarbinnen 80% deze fase bereikte',
        ),
      ],
      ['Politie', 'OM', 'Rechtspraak', 'CJIB', 'DJI'],
      flows,
      (cell, count) => {
        const stage = cell.codes.fase as string;
        return {
          instroom: count('instroom').published,
          uitstroom: count('uitstroom').published,
          voorraad: count('voorraad').published,
          doorlooptijd_mediaan:
            stage === 'registratie' ? NOT_APPLICABLE : distribution(cell, 'doorlooptijd_mediaan'),
          doorlooptijd_p80: stage === 'registratie' ? NOT_APPLICABLE : distribution(cell, 'doorlooptijd_p80'),
        };
      },
      // Outflow and stock only where cases wait; a stock has no total over the years.
      (cell, m) =>
        m === 'instroom' ||
        (m === 'uitstroom' && STAGES_WITH_OUTFLOW.has(cell.codes.fase as string)) ||
        (m === 'voorraad' && STAGES_WITH_STOCK.has(cell.codes.fase as string) && cell.codes.jaar !== TOTAL),
    ),
    table(
      'recidive',
      'Recidive: tweejarige prevalentie van herveroordeling',
      'recidive',
      'Van wie in een jaar uit detentie kwam of een taakstraf, geldboete of strafbeschikking kreeg: hoeveel binnen twee jaar opnieuw werden veroordeeld (algemeen, voor een zeer ernstig delict, tot een onvoorwaardelijke gevangenisstraf).',
      [
        years(recidivism, 'cohort'),
        dimension(
          'leeftijd',
          'Leeftijd',
          'leeftijd bij uitstroom',
          codesIn(recidivism, 'leeftijd', (c) =>
            AGE_BANDS.includes(c as (typeof AGE_BANDS)[number]) ? `${c} jaar` : c,
          ),
          'Alle leeftijden',
        ),
        dimension(
          'geslacht',
          'Geslacht',
          'zoals geregistreerd',
          codesIn(recidivism, 'geslacht', (c) => sexTitle[c] ?? c),
          'Totaal',
        ),
        delictgroep(recidivism),
        dimension(
          'sanctie',
          'Sanctie',
          'de sanctie waarna de periode begint',
          codesIn(recidivism, 'sanctie', (c) => sanctionTitle.get(c) ?? c),
          'Alle sancties',
        ),
      ],
      [
        measure('cohortgrootte', 'Cohortgrootte', 'aantal', 'personen in het cohort (één keer per jaar)'),
        measure(
          'recidive_algemeen',
          'Recidive algemeen',
          'procent',
          'binnen twee jaar een nieuwe zaak met een veroordeling',
          1,
        ),
        measure(
          'recidive_zeer_ernstig',
          'Recidive zeer ernstig',
          'procent',
          'idem, voor een zeer ernstig delict',
          1,
        ),
        measure(
          'recidive_gevangenisstraf',
          'Recidive met gevangenisstraf',
          'procent',
          'idem, met een onvoorwaardelijke vrijheidsstraf',
          1,
        ),
      ],
      ['OM', 'Rechtspraak', 'CJIB', 'DJI'],
      recidivism,
      (_cell, count) => {
        const cohort = count('cohortgrootte');
        return {
          cohortgrootte: cohort.published,
          recidive_algemeen: publishShare(count('recidive_algemeen'), cohort),
          recidive_zeer_ernstig: publishShare(count('recidive_zeer_ernstig'), cohort),
          recidive_gevangenisstraf: publishShare(count('recidive_gevangenisstraf'), cohort),
        };
      },
    ),
    table(
      'detentie',
      'Detentie: instroom, populatie en verblijfsduur',
      'tenuitvoerlegging',
      'Insluitingen in penitentiaire inrichtingen (GW), justitiële jeugdinrichtingen (JJI) en tbs-klinieken (TBS), de bezetting op 30 september en de verblijfsduur van wie vrijkwam.',
      [
        years(detention),
        dimension(
          'sector',
          'Sector',
          'de sector van de inrichting',
          codesIn(
            detention,
            'sector',
            (c) =>
              ({ GW: 'Gevangeniswezen', JJI: 'Justitiële jeugdinrichtingen', TBS: 'Tbs-klinieken' })[c] ?? c,
          ),
          'Alle sectoren',
        ),
      ],
      [
        measure('instroom', 'Instroom', 'aantal', 'insluitingen in het jaar'),
        measure(
          'populatie_peildatum',
          'Populatie op 30 september',
          'aantal',
          'personen ingesloten op 30 september',
        ),
        measure(
          'verblijfsduur_mediaan',
          'Verblijfsduur, mediaan',
          'dagen',
          'dagen tussen insluiting en ontslag, van wie in het jaar vrijkwam',
        ),
      ],
      ['DJI'],
      detention,
      (cell, count) => ({
        instroom: count('instroom').published,
        populatie_peildatum: count('populatie_peildatum').published,
        verblijfsduur_mediaan: distribution(cell, 'verblijfsduur_mediaan'),
      }),
      // A population on a reference day has no total over the years.
      (cell, m) => !(m === 'populatie_peildatum' && cell.codes.jaar === TOTAL),
    ),
  ];
}
