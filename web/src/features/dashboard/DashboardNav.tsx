import { Alert, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { useCatalogue } from './api/get-catalogue.ts';
import { CHAIN_PAGE, THEME_PAGES } from './themes.ts';

export const DASHBOARD_PAGES = [
  ...THEME_PAGES.map((p) => ({ path: p.path, label: p.label })),
  { path: CHAIN_PAGE.path, label: CHAIN_PAGE.label },
];

/** The themes of the dashboard; the current one is marked with aria-current. */
export function DashboardNav() {
  return (
    <nav className="kz-subnav" aria-label="Thema's van Cijfers">
      <ul className="kz-subnav__list">
        <li>
          <NavLink to="/cijfers" end className="kz-subnav__link nl-link">
            Overzicht
          </NavLink>
        </li>
        {DASHBOARD_PAGES.map((p) => (
          <li key={p.path}>
            <NavLink to={p.path} className="kz-subnav__link nl-link">
              {p.label}
            </NavLink>
          </li>
        ))}
        <li>
          <NavLink to="/cijfers/definities" className="kz-subnav__link nl-link">
            Definities
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * A release made from the simulation (the demo) says so above everything
 * else on every page of the dashboard: a synthetic figure read as a real
 * one would mislead (docs/definitions.md, "Synthetic figures").
 */
export function SyntheticNotice() {
  const catalogue = useCatalogue();
  if (!catalogue.data?.synthetic) return null;
  return (
    <Alert type="warning" className="kz-dash-synthetic">
      <Paragraph className="kz-alert-heading">Let op: dit zijn geen echte cijfers</Paragraph>
      <Paragraph>
        Deze publicatie ({catalogue.data.release}) is gemaakt van gesimuleerde gegevens, voor een demonstratie
        van het portaal. De cijfers gaan niet over echte personen of zaken en zeggen niets over de werkelijke
        strafrechtketen.
      </Paragraph>
    </Alert>
  );
}

/** A page of the dashboard: title, whether its figures are synthetic, the theme menu, the lead, then the content. */
export function DashboardPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  return (
    <Page
      title={title}
      lead={
        <>
          <SyntheticNotice />
          <DashboardNav />
          {lead && <Paragraph className="kz-lead">{lead}</Paragraph>}
        </>
      }
    >
      {children}
    </Page>
  );
}

/** What to show when the release has no table for a page, or none at all. */
export function Unpublished({ nothing }: { nothing: boolean }) {
  return (
    <Paragraph className="kz-dash-empty">
      {nothing
        ? 'Er zijn nog geen cijfers gepubliceerd. Kom later terug.'
        : 'Deze cijfers zijn in de huidige publicatie niet beschikbaar.'}{' '}
      <Link href="/cijfers">Naar het overzicht</Link>
    </Paragraph>
  );
}

export function LoadError({ error }: { error: unknown }) {
  return <ErrorAlert error={error} heading="De cijfers konden niet worden geladen." />;
}
