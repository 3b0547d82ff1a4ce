import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Loading } from '../../components/Loading.tsx';
import { type OverviewHeadline, useOverview } from './api/get-overview.ts';
import { Sparkline } from './charts/Sparkline.tsx';
import { DashboardPage, LoadError, Unpublished } from './DashboardNav.tsx';
import { changeText, withUnit } from './format.ts';
import { CHAIN_PAGE, type Headline, THEME_PAGES } from './themes.ts';

function HeadlineFigure({ headline, label }: { headline: OverviewHeadline; label: string }) {
  const { measure } = headline;
  if (!measure) return null;
  const known = headline.points.filter((p) => p.value !== null);
  const last = known.at(-1);
  const previous = known.at(-2);
  if (!last || last.value === null) return <Paragraph>Nog geen gepubliceerd kerncijfer.</Paragraph>;
  const prefix = headline.time === 'cohort' ? 'cohort ' : '';
  return (
    <>
      <Paragraph className="kz-dash-card__label">
        {label}, {prefix}
        {last.title}
      </Paragraph>
      <Paragraph className="kz-dash-card__figure">{withUnit(last.value, measure)}</Paragraph>
      {previous && previous.value !== null && (
        <Paragraph className="kz-dash-card__change">
          {changeText(previous.value, last.value, measure).replace(/^./, (c) => c.toUpperCase())} ten opzichte
          van {prefix}
          {previous.title}.
        </Paragraph>
      )}
      <Sparkline values={headline.points.map((p) => p.value)} />
    </>
  );
}

function ThemeCard({
  path,
  label,
  lead,
  headline,
  figure,
}: {
  path: string;
  label: string;
  lead: string;
  headline: Headline;
  /** The service's figure for this theme; undefined when it has none. */
  figure: OverviewHeadline | undefined;
}) {
  return (
    <li className="kz-dash-card">
      <Heading level={2} appearanceLevel={3}>
        <Link href={path}>{label}</Link>
      </Heading>
      {figure?.table ? (
        <HeadlineFigure headline={figure} label={headline.label} />
      ) : (
        <Paragraph>Nog niet gepubliceerd.</Paragraph>
      )}
      <Paragraph className="kz-dash-card__lead">{lead}</Paragraph>
    </li>
  );
}

/** /cijfers: every theme with its headline figure and its trend, and where the open data is. */
export function OverviewPage() {
  // One request for the whole first screen: the catalogue and every headline (opendata-overview.ts).
  const overview = useOverview();
  let content: React.ReactNode;
  if (overview.isPending) content = <Loading text="De cijfers worden geladen…" />;
  else if (overview.isError) content = <LoadError error={overview.error} />;
  else if (overview.data.catalogue.tables.length === 0) content = <Unpublished nothing />;
  else {
    const catalogue = { data: overview.data.catalogue };
    const figure = (key: string) => overview.data.headlines.find((h) => h.key === key);
    content = (
      <>
        <ul className="kz-dash-cards">
          {THEME_PAGES.map((p) => (
            <ThemeCard
              key={p.path}
              path={p.path}
              label={p.label}
              lead={p.lead}
              headline={p.headline}
              figure={figure(p.theme)}
            />
          ))}
          <ThemeCard
            path={CHAIN_PAGE.path}
            label={CHAIN_PAGE.label}
            lead={CHAIN_PAGE.lead}
            headline={CHAIN_PAGE.headline}
            figure={figure('ketenstroom')}
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
  }
  return (
    <DashboardPage
      title="Cijfers over de strafrechtketen"
      lead="Hoeveel misdrijven er zijn, hoe zaken door de keten gaan en hoe het daarna gaat: de cijfers van de Data Alliantie Strafrechtketen, voor iedereen."
    >
      {content}
    </DashboardPage>
  );
}
