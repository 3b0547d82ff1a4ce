/**
 * Checks on the shipped lists themselves (data/*.json): the counts CBS
 * publishes, the merger rounds since 2019, and the classification the
 * notification rules depend on. When a list is updated, these tests say what
 * must still hold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultReferenceCatalog } from './catalog.ts';
import { OFFENCE_CATEGORIES, type Sector } from './model.ts';
import { checkReferenceData, INCOMPLETE_ADDRESS_NOTE } from './validate.ts';

const catalog = defaultReferenceCatalog();
const { data } = catalog;
const current = data.municipalities.filter((m) => m.validUntil === null);

describe('the shipped reference data', () => {
  it('keeps every rule that spans items and files', () => {
    assert.deepEqual(checkReferenceData(data), []);
  });

  it('names a source for every list, with licence, compilation date and notes', () => {
    assert.deepEqual(data.sources.map((s) => s.list).sort(), [
      'institutions',
      'municipalities',
      'municipality-mergers',
      'offence-groups',
      'offences',
      'titles',
    ]);
    for (const source of data.sources) {
      // Lists are compiled on different days; none before the first compilation.
      assert.ok(source.retrieved >= '2026-11-23', source.list);
      assert.ok(source.licence.length > 0 && source.notes.length > 0, source.list);
    }
  });
});

describe('the shipped municipalities', () => {
  it('number 342 on 2025-06-01, the CBS count for that date', () => {
    assert.equal(catalog.municipalitiesOn('2025-06-01').length, 342);
    assert.equal(current.length, 342);
  });

  it('give the CBS count at every change since 2019', () => {
    const counts: [string, number][] = [
      ['2019-01-01', 355],
      ['2020-01-01', 355],
      ['2021-01-01', 352],
      ['2022-01-01', 345],
      ['2022-03-24', 344],
      ['2023-01-01', 342],
      ['2024-01-01', 342],
    ];
    for (const [date, count] of counts) assert.equal(catalog.municipalitiesOn(date).length, count, date);
  });

  it('have exact-format, unique CBS codes', () => {
    for (const m of data.municipalities) assert.match(m.code, /^GM\d{4}$/);
    assert.equal(new Set(data.municipalities.map((m) => m.code)).size, data.municipalities.length);
  });

  it('place every current municipality in one of the twelve provinces, with a population', () => {
    const provinces = new Set([
      'Groningen',
      'Fryslân',
      'Drenthe',
      'Overijssel',
      'Flevoland',
      'Gelderland',
      'Utrecht',
      'Noord-Holland',
      'Zuid-Holland',
      'Zeeland',
      'Noord-Brabant',
      'Limburg',
    ]);
    for (const m of current) {
      assert.ok(provinces.has(m.province), `${m.code} ${m.province}`);
      assert.ok((m.population ?? 0) > 0, m.code);
    }
  });

  it('add up to about the Dutch population (17.9 million on 1 January 2024)', () => {
    const total = current.reduce((sum, m) => sum + (m.population ?? 0), 0);
    assert.ok(Math.abs(total - 17_940_000) < 180_000, String(total));
  });

  it('resolve Weesp to itself on 2022-03-23 and to Amsterdam from 2022-03-24', () => {
    assert.equal(catalog.resolveMunicipality('GM0457', '2022-03-23')?.name, 'Weesp');
    assert.equal(catalog.resolveMunicipality('GM0457', '2022-03-24')?.code, 'GM0363');
  });

  it('resolve a new municipality asked about before it existed to itself', () => {
    assert.equal(catalog.resolveMunicipality('GM1980', '2021-06-01')?.name, 'Dijk en Waard');
  });
});

describe('the shipped mergers', () => {
  const byCode = new Map(data.municipalities.map((m) => [m.code, m]));

  it('lead to a code that exists on the merger date, from codes that end on it', () => {
    for (const merger of data.mergers) {
      const to = byCode.get(merger.to);
      assert.ok(to, merger.to);
      assert.ok(
        to.validFrom <= merger.date && (to.validUntil === null || merger.date < to.validUntil),
        merger.to,
      );
      for (const code of merger.from) assert.equal(byCode.get(code)?.validUntil, merger.date, code);
    }
  });

  it('route every former municipality to a current one today', () => {
    for (const m of data.municipalities.filter((m) => m.validUntil !== null)) {
      assert.equal(catalog.resolveMunicipality(m.code, '2026-01-01')?.validUntil, null, m.code);
    }
  });

  it('include the rounds of 2019 to 2023', () => {
    const rounds: [string, string, string][] = [
      ['2019-01-01', 'GM0585', 'GM1963'], // Binnenmaas → Hoeksche Waard
      ['2019-01-01', 'GM1927', 'GM1978'], // Molenwaard → Molenlanden
      ['2019-01-01', 'GM0870', 'GM1959'], // Werkendam → Altena
      ['2019-01-01', 'GM0620', 'GM1961'], // Vianen → Vijfheerenlanden
      ['2019-01-01', 'GM0236', 'GM1960'], // Geldermalsen → West Betuwe
      ['2019-01-01', 'GM0058', 'GM1970'], // Dongeradeel → Noardeast-Fryslân
      ['2019-01-01', 'GM0962', 'GM1954'], // Schinnen → Beekdaelen
      ['2019-01-01', 'GM0393', 'GM0394'], // Haarlemmerliede en Spaarnwoude → Haarlemmermeer
      ['2019-01-01', 'GM0017', 'GM0014'], // Haren → Groningen
      ['2021-01-01', 'GM0010', 'GM1979'], // Delfzijl → Eemsdelta
      ['2021-01-01', 'GM0788', 'GM0824'], // Haaren, split; most inhabitants to Oisterwijk
      ['2022-01-01', 'GM0398', 'GM1980'], // Heerhugowaard → Dijk en Waard
      ['2022-01-01', 'GM0370', 'GM0439'], // Beemster → Purmerend
      ['2022-01-01', 'GM1684', 'GM1982'], // Cuijk → Land van Cuijk
      ['2022-01-01', 'GM0856', 'GM1991'], // Uden → Maashorst
      ['2022-03-24', 'GM0457', 'GM0363'], // Weesp → Amsterdam
      ['2023-01-01', 'GM0530', 'GM1992'], // Hellevoetsluis → Voorne aan Zee
    ];
    for (const [date, from, to] of rounds) {
      assert.ok(
        data.mergers.some((m) => m.date === date && m.from.includes(from) && m.to === to),
        `${from} → ${to} on ${date}`,
      );
    }
  });

  it('place each village of a split municipality with its own successor, with the source of that', () => {
    const villages: [from: string, residence: string, to: string][] = [
      ['GM0788', 'Haaren', 'GM0824'], // Oisterwijk
      ['GM0788', 'Helvoirt', 'GM0865'], // Vught
      ['GM0788', 'Esch', 'GM0757'], // Boxtel
      ['GM0788', 'Biezenmortel', 'GM0855'], // Tilburg
      ['GM0053', 'Ezinge', 'GM1969'], // Westerkwartier
      ['GM0053', 'Garnwerd', 'GM1969'],
      ['GM0053', 'Baflo', 'GM1966'], // the rest of Winsum: Het Hogeland
    ];
    for (const [from, city, to] of villages) {
      const placed = catalog.resolveAddressMunicipality(
        { municipalityCode: from, city, postalCode: '9999ZZ' },
        '2025-06-01',
      );
      assert.equal(placed.municipality?.code, to, city);
    }
    for (const merger of data.mergers.filter((m) => m.split))
      assert.match(merger.split?.source ?? '', /read 2026-/, merger.to);
  });
});

describe('the shipped institutions', () => {
  it('cover every DJI sector', () => {
    const sectors = new Set(data.institutions.map((i) => i.sector));
    for (const sector of ['GW', 'JJI', 'TBS'] satisfies Sector[]) assert.ok(sectors.has(sector), sector);
  });

  it('have unique codes with the prefix of their sector', () => {
    assert.equal(new Set(data.institutions.map((i) => i.code)).size, data.institutions.length);
    const prefix: Record<Sector, string> = { GW: 'PI', JJI: 'JJI', TBS: 'FPC' };
    for (const i of data.institutions)
      assert.match(i.code, new RegExp(`^${prefix[i.sector]}(-[A-Z0-9]+)+$`), i.code);
  });

  it('lie in a municipality that exists today, at a well-formed postal code where one is known', () => {
    for (const i of data.institutions) {
      assert.equal(catalog.municipality(i.municipalityCode)?.validUntil, null, i.code);
      if (i.postalCode !== null) assert.match(i.postalCode, /^[1-9]\d{3}[A-Z]{2}$/, i.code);
    }
  });

  it('are each recognised as a DJI address when postal code and house number are known', () => {
    for (const i of data.institutions) {
      if (i.postalCode === null || i.houseNumber === null) continue;
      const spaced = `${i.postalCode.slice(0, 4)} ${i.postalCode.slice(4).toLowerCase()}`;
      assert.equal(
        catalog.institutionAtAddress({ postalCode: spaced, houseNumber: i.houseNumber })?.code,
        i.code,
      );
    }
  });

  it('say for each entry how far it was checked, and that the address is incomplete where a part is null', () => {
    for (const i of data.institutions) {
      assert.ok((i.note ?? '').length > 0, i.code);
      if (i.street === null || i.houseNumber === null || i.postalCode === null)
        assert.match(i.note ?? '', INCOMPLETE_ADDRESS_NOTE, i.code);
    }
  });

  it('each have a full address confirmed by a page that was read, or addressVerified false with what it rests on', () => {
    for (const i of data.institutions) {
      assert.ok(i.addressSource.length > 0, i.code);
      if (i.addressVerified) {
        for (const part of [i.street, i.houseNumber, i.postalCode]) assert.notEqual(part, null, i.code);
        assert.match(i.addressSource, /read 2026-\d\d-\d\d/, i.code);
      }
    }
    // The count the routing's safeguard depends on: every other institution's town is distrusted.
    assert.equal(data.institutions.filter((i) => i.addressVerified).length, 12);
  });

  it('give a contact for the BIJ notice as a number and a location page, or null where none was found', () => {
    for (const i of data.institutions) {
      if (i.contact.url !== null) assert.match(i.contact.url, /^https:\/\//, i.code);
      if (i.contact.phone !== null) assert.match(i.contact.phone, /^0\d[\d ]+$/, i.code);
    }
  });

  it('include the locations in use that the first compilation left out for want of an address', () => {
    const codes = new Set(data.institutions.map((i) => i.code));
    for (const code of [
      'PI-ALPHEN-AAN-DEN-RIJN',
      'PI-KRIMPEN-AAN-DEN-IJSSEL',
      'PI-VEENHUIZEN-NORGERHAVEN',
      'PI-TER-PEEL',
      'JJI-TEYLINGEREIND',
      'JJI-DE-HARTELBORGT',
      'FPC-OOSTVAARDERSKLINIEK',
      'FPC-VELDZICHT',
    ])
      assert.ok(codes.has(code), code);
  });

  it('leave out locations that closed or do not execute detention, tbs or youth custody', () => {
    const closed =
      /Overmaze|Maastricht|PI Almere|Zoetermeer|Bijlmer|Keerpunt|Juvaid|Horsterveen|Oldenkotte|2Landen|Pieter Baan/;
    for (const i of data.institutions) assert.doesNotMatch(i.name, closed, i.code);
  });
});

describe('the shipped offences', () => {
  it('use every offence category', () => {
    const used = new Set(data.offences.map((o) => o.category));
    for (const category of OFFENCE_CATEGORIES) assert.ok(used.has(category), category);
  });

  it('classify the sexual offences of the Wetboek van Strafrecht as sexual', () => {
    const sexual = [
      '242',
      '243',
      '244',
      '245',
      '246',
      '247',
      '248',
      '248a',
      '248b',
      '248c',
      '248d',
      '248e',
      '248f',
      '249',
      '250',
    ];
    // The numbering of title XIV before the Wet seksuele misdrijven (in force 2024-07-01).
    for (const article of sexual)
      assert.equal(catalog.offence(`Sr ${article}`, '2024-06-30')?.category, 'sexual', article);
  });

  it('classify the crimes of the new title XIV Seksuele misdrijven as sexual', () => {
    // The articles art. 7 lid 2 onder c Sr names since Stb. 2024, 59 in place of 240b and 242–250.
    const sexual = [
      '240',
      '241',
      '242',
      '243',
      '245',
      '246',
      '247',
      '248',
      '249',
      '250',
      '251',
      '252',
      '253',
    ];
    for (const article of sexual)
      assert.equal(catalog.offence(`Sr ${article}`, '2024-07-01')?.category, 'sexual', article);
  });

  it('classify homicide, serious assault, robbery and deprivation of liberty as serious violent', () => {
    for (const article of [
      '287',
      '288',
      '289',
      '290',
      '291',
      '302',
      '303',
      '312',
      '317',
      '282',
      '282a',
      '278',
    ]) {
      assert.equal(catalog.offence(`Sr ${article}`)?.category, 'serious-violent', article);
    }
  });

  it('make exactly the sexual and serious violent offences BIJ-relevant, in each numbering', () => {
    for (const o of data.offences) {
      const expected = o.category === 'sexual' || o.category === 'serious-violent';
      const onDate = o.validFrom ?? '2020-01-01';
      assert.equal(catalog.isSeriousViolentOrSexual(o.code, onDate), expected, `${o.code} on ${onDate}`);
    }
  });

  it('hold arson (Sr 157) for the planned extension of BIJ', () => {
    assert.equal(catalog.offence('Sr 157')?.category, 'arson');
  });

  it('hold the common offences outside the Wetboek van Strafrecht', () => {
    for (const code of [
      'Opiumwet 2',
      'Opiumwet 3',
      'Opiumwet 10',
      'Opiumwet 10a',
      'Opiumwet 11',
      'WWM 26',
      'WWM 55',
      'WVW 6',
      'WVW 7',
      'WVW 8',
    ]) {
      assert.ok(catalog.offence(code), code);
    }
  });

  it('refer to an SCM 2010 main group that is shipped', () => {
    for (const o of data.offences) assert.ok(catalog.offenceGroup(o.scmMainGroup), o.code);
  });
});

describe('the shipped titles', () => {
  it('describe the five title kinds of the event contract, each executed in at least one sector', () => {
    const kinds = [
      'pre-trial',
      'prison-sentence',
      'substitute-detention',
      'tbs-dwangverpleging',
      'pij',
    ] as const;
    for (const kind of kinds) assert.ok((catalog.title(kind)?.sectors.length ?? 0) > 0, kind);
    assert.deepEqual(catalog.title('pij')?.sectors, ['JJI']);
    assert.deepEqual(catalog.title('tbs-dwangverpleging')?.sectors, ['TBS']);
  });
});
