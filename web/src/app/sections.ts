import type { Role } from '../lib/auth/roles.ts';

/** The portal's sections, who may use them, and what the menu and start page call them. */
export interface Section {
  path: string;
  label: string;
  description: string;
  roles: readonly Role[];
}

export const SECTIONS: readonly Section[] = [
  {
    path: '/raadplegen',
    label: 'Raadplegen',
    description: 'Zoek een persoon en bekijk de detentiegegevens: huidige status en detentieverloop.',
    roles: ['consultation'],
  },
  {
    path: '/berichtenbox/bij',
    label: 'Berichtenbox BIJ',
    description: 'Berichten over verlof, beëindiging en 18b-meldingen voor de burgemeester (BIJ).',
    roles: ['bij-officer'],
  },
  {
    path: '/berichtenbox/re-integratie',
    label: 'Berichtenbox re-integratie',
    description: 'Berichten over inschrijving, overplaatsing en einde detentie (art. 18a).',
    roles: ['reintegration-officer'],
  },
  {
    path: '/berichtenbox/slachtoffers',
    label: 'Berichtenbox slachtoffers',
    description: 'Berichten over verlof, vrijlating en ontvluchting voor het slachtofferloket.',
    roles: ['victim-desk-officer'],
  },
  {
    path: '/operaties',
    label: 'Operaties',
    description:
      'Controle van BIJ-gemeenten, de wachtrij, uitleg van besluiten en controle van de logboeken.',
    roles: ['justid-operator'],
  },
  {
    path: '/beheer',
    label: 'Beheer',
    description: 'Gebruikers en hun rollen per organisatie.',
    roles: ['administrator'],
  },
];

/** For everyone, logged in or not. */
export const PUBLIC_SECTIONS = [
  {
    path: '/cijfers',
    label: 'Cijfers',
    description:
      'Cijfers over criminaliteit en de strafrechtketen: opsporing, vervolging, berechting, tenuitvoerlegging, recidive en de ketenstroom. Open data, zonder inloggen.',
  },
] as const;
