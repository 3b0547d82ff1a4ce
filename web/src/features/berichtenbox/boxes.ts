import type { Role } from '../../lib/auth/roles.ts';
import {
  BIJ_TYPES,
  type Box,
  type NoticeType,
  REINTEGRATION_TYPES,
  VICTIM_TYPES,
} from '../../lib/notices.ts';

/** A box as the portal shows it: its address, who reads it, and what it is called. */
export interface BoxConfig {
  box: Box;
  /** The path of the box's list, e.g. /berichtenbox/bij */
  path: string;
  role: Role;
  title: string;
  description: string;
  types: readonly NoticeType[];
}

export const BOX_CONFIGS: readonly BoxConfig[] = [
  {
    box: 'bij',
    path: '/berichtenbox/bij',
    role: 'bij-officer',
    title: 'Berichtenbox BIJ',
    description:
      'Berichten voor de burgemeester over verlof, beëindiging en 18b-meldingen van personen die naar uw gemeente gaan (BIJ, art. 11a Besluit justitiële en strafvorderlijke gegevens).',
    types: BIJ_TYPES,
  },
  {
    box: 'reintegration',
    path: '/berichtenbox/re-integratie',
    role: 'reintegration-officer',
    title: 'Berichtenbox re-integratie',
    description:
      'Berichten over inschrijving, wijziging van de einddatum, overplaatsing, het D&R-plan en einde detentie (art. 18a Penitentiaire beginselenwet).',
    types: REINTEGRATION_TYPES,
  },
  {
    box: 'victims',
    path: '/berichtenbox/slachtoffers',
    role: 'victim-desk-officer',
    title: 'Berichtenbox slachtoffers',
    description:
      'Berichten over verlof, (geplande) invrijheidstelling en ontvluchting van daders, voor het informeren van slachtoffers (art. 51ac Wetboek van Strafvordering).',
    types: VICTIM_TYPES,
  },
];
