import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { Page } from '../../components/Page.tsx';

/** The parts of the operations desk, in the order an operator works through them. */
export const OPERATIONS_PARTS = [
  {
    path: '/operaties/bij-controle',
    label: 'BIJ-controle',
    description:
      'BIJ-berichten wachten tot Justid de gemeente heeft gecontroleerd. Bevestig de gemeente die de regels kozen, of kies een andere gemeente met een reden.',
  },
  {
    path: '/operaties/wachtrij',
    label: 'Wachtrij',
    description:
      'Berichten die de regels niet konden routeren, bijvoorbeeld omdat er geen adres bekend is. Routeer ze met de hand naar een gemeente.',
  },
  {
    path: '/operaties/uitleg',
    label: 'Uitleg van besluiten',
    description:
      'Zoek een gebeurtenis op en zie welke berichten de regels ervan maakten, en waarom andere regels geen bericht maakten.',
  },
  {
    path: '/operaties/logboeken',
    label: 'Logboeken',
    description:
      'Controleer of het logboek dataverwerkingen en het auditlogboek nog intact zijn: geen rij gewijzigd, verwijderd of tussengevoegd.',
  },
  {
    path: '/operaties/conflicten',
    label: 'Conflicten',
    description:
      'Gebeurtenissen die een bron opnieuw aanleverde met een bekend id maar met andere inhoud. De eerste inhoud is bewaard; neem contact op met de bron.',
  },
] as const;

/** The sub-menu shared by the operations pages; the current page is marked with aria-current. */
export function OperationsNav() {
  return (
    <nav className="kz-subnav" aria-label="Onderdelen van Operaties">
      <ul className="kz-subnav__list">
        <li>
          <NavLink to="/operaties" end className="kz-subnav__link nl-link">
            Overzicht
          </NavLink>
        </li>
        {OPERATIONS_PARTS.map((part) => (
          <li key={part.path}>
            <NavLink to={part.path} className="kz-subnav__link nl-link">
              {part.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of the operations desk: its title, the sub-menu, then the content. */
export function OperationsPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Page
      title={title}
      lead={
        <>
          <OperationsNav />
          {lead}
        </>
      }
    >
      {children}
    </Page>
  );
}
