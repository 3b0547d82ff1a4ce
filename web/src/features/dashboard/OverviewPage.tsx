import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Loading } from '../../components/Loading.tsx';
import { useCatalogue } from './api/get-catalogue.ts';
import { cellStatus, cellValue, type Filters, useObservations } from './api/get-observations.ts';
import { type TableMeta, TOTAL } from './api/get-table.ts';
import { Sparkline } from './charts/Sparkline.tsx';
import { DashboardPage, LoadError, Unpublished } from './DashboardNav.tsx';
import { changeText, withUnit } from './format.ts';
import { type ProductRef, useProduct } from './products.ts';
import { dimensionOf, periodCodes } from './selection.tsx';
import { CHAIN, CHAIN_PAGE, type Headline, THEME_PAGES } from './themes.ts';

/** The headline's filter: every period, its fixed codes, and the total of everything else. */
function headlineFilters(meta: TableMeta, headline: Headline, time: string): Filters {
  const filters: Filters = {};
  for (const d of meta.dimensions) {
    if (d.id === time) continue;
    const fixed = headline.fixed?.[d.id];
    const total = d.codes.find((c) => c.code === TOTAL) ?? d.codes[0];
    if (fixed) filters[d.id] = fixed;
    else if (total) filters[d.id] = [total.code];
  }
  return filters;
}

function HeadlineFigure({ meta, headline, time }: { meta: TableMeta; headline: Headline; time: string }) {
  const measure = meta.measures.find((m) => m.id === headline.measure);
  const observations = useObservations(meta.id, headlineFilters(meta, headline, time), [headline.measure]);
  if (!measure) return null;
  if (observations.isPending) return <Loading text="Het kerncijfer wordt geladen…" />;
  if (observations.isError) return <LoadError error={observations.error} />;
  const periods = periodCodes(dimensionOf(meta, time));
  const byPeriod = new Map(observations.data.observations.map((r) => [String(r[time]), r]));
  const points = periods.map((p) => {
    const row = byPeriod.get(p.code);
    return {
      period: p,
      value: row ? cellValue(row, measure.id) : null,
      status: row ? cellStatus(row, measure.id) : 'published',
    };
  });
  const known = points.filter((p) => p.value !== null);
  const last = known.at(-1);
  const previous = known.at(-2);
  if (!last || last.value === null) return <Paragraph>Nog geen gepubliceerd kerncijfer.</Paragraph>;
  const prefix = time === 'cohort' ? 'cohort ' : '';
  return (
    <>
      <Paragraph className="kz-dash-card__label">
        {headline.label}, {prefix}
        {last.period.title}
      </Paragraph>
      <Paragraph className="kz-dash-card__figure">{withUnit(last.value, measure)}</Paragraph>
      {previous && previous.value !== null && (
        <Paragraph className="kz-dash-card__change">
          {changeText(previous.value, last.value, measure).replace(/^./, (c) => c.toUpperCase())} ten opzichte
          van {prefix}
          {previous.period.title}.
        </Paragraph>
      )}
      <Sparkline values={points.map((p) => p.value)} />
    </>
  );
}

function ThemeCard({
  path,
  label,
  lead,
  product,
  headline,
  time,
}: {
  path: string;
  label: string;
  lead: string;
  product: ProductRef;
  headline: Headline;
  time: string;
}) {
  const found = useProduct(headline.product ?? product);
  return (
    <li className="kz-dash-card">
      <Heading level={2} appearanceLevel={3}>
        <Link href={path}>{label}</Link>
      </Heading>
      {found.meta ? (
        <HeadlineFigure meta={found.meta} headline={headline} time={time} />
      ) : found.isPending ? (
        <Loading text="Het kerncijfer wordt geladen…" />
      ) : found.missing ? (
        <Paragraph>Nog niet gepubliceerd.</Paragraph>
      ) : null}
      <Paragraph className="kz-dash-card__lead">{lead}</Paragraph>
    </li>
  );
}

/** /cijfers: every theme with its headline figure and its trend, and where the open data is. */
export function OverviewPage() {
  const catalogue = useCatalogue();
  let content: React.ReactNode;
  if (catalogue.isPending) content = <Loading text="De cijfers worden geladen…" />;
  else if (catalogue.isError) content = <LoadError error={catalogue.error} />;
  else if (catalogue.data.tables.length === 0) content = <Unpublished nothing />;
  else
    content = (
      <>
        <ul className="kz-dash-cards">
          {THEME_PAGES.map((p) => (
            <ThemeCard
              key={p.path}
              path={p.path}
              label={p.label}
              lead={p.lead}
              product={p.product}
              headline={p.headline}
              time={p.time}
            />
          ))}
          <ThemeCard
            path={CHAIN_PAGE.path}
            label={CHAIN_PAGE.label}
            lead={CHAIN_PAGE.lead}
            product={CHAIN}
            headline={CHAIN_PAGE.headline}
            time="jaar"
          />
        </ul>
        <section className="kz-section" aria-labelledby="kz-dash-open-data">
          <Heading level={2} id="kz-dash-open-data">
            Open data
          </Heading>
          <Paragraph>
            Alle cijfers zijn open data onder de licentie{' '}
            <Link href={catalogue.data.licence.url}>{catalogue.data.licence.name}</Link>: u mag ze gebruiken
            en verspreiden met vermelding van de bron, {catalogue.data.attribution}. Elke tabel is te
            downloaden als CSV en Parquet, en op te vragen via de{' '}
            <Link href="/api/v1/docs">open-data-API</Link> (
            <Link href="/api/v1/open-data/tables">catalogus</Link>). Publicatie {catalogue.data.release}.
          </Paragraph>
          <Paragraph>
            Elk cijfer is beveiligd tegen onthulling: een aantal kleiner dan 5 wordt niet gepubliceerd en
            staat in de tabellen als x.
          </Paragraph>
        </section>
      </>
    );
  return (
    <DashboardPage
      title="Cijfers over de strafrechtketen"
      lead="Hoeveel misdrijven er zijn, hoe zaken door de keten gaan en hoe het daarna gaat: de cijfers van de Data Alliantie Strafrechtketen, voor iedereen."
    >
      {content}
    </DashboardPage>
  );
}
