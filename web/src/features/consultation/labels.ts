/** Dutch names for what the person view returns as codes. */
import { TITLE_KIND_NAMES } from '../../../../src/notifications/reasons.ts';

export const SECTOR_LABELS: Record<string, string> = {
  GW: 'Gevangeniswezen (GW)',
  JJI: 'Justitiële jeugdinrichting (JJI)',
  TBS: 'Tbs-kliniek (TBS)',
};

export const EPISODE_STATUS_LABELS: Record<string, string> = {
  detained: 'Gedetineerd',
  escaped: 'Ontvlucht',
  released: 'In vrijheid gesteld',
};

/** The detention event types of the contract (src/events/contract.ts), as the timeline shows them. */
export const TIMELINE_LABELS: Record<string, string> = {
  admission: 'Insluiting',
  'planned-end-date-changed': 'Einddatum gewijzigd',
  transfer: 'Overplaatsing',
  'dr-plan-shared': 'D&R-plan gedeeld',
  'leave-granted': 'Verlof verleend',
  'leave-authorization': 'Verlofmachtiging',
  'regime-phasing': 'Regimefasering',
  'conditional-termination': 'Voorwaardelijke beëindiging',
  'release-scheduled': 'Invrijheidstelling gepland',
  release: 'Invrijheidstelling',
  escape: 'Ontvluchting',
  returned: 'Terug na ontvluchting',
  'title-added': 'Titel toegevoegd',
  'title-changed': 'Titel gewijzigd',
  'title-ended': 'Titel beëindigd',
};

/** Title kinds of the contract, as the timeline's details name them: the rules' Dutch names (reasons.ts). */
export const TITLE_KIND_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(TITLE_KIND_NAMES).map(([kind, name]) => [
    kind,
    name.charAt(0).toUpperCase() + name.slice(1),
  ]),
);

export const GENDER_LABELS: Record<string, string> = { M: 'Man', V: 'Vrouw', O: 'Onbekend of anders' };

export const DETERMINATION_LABELS: Record<string, string> = {
  fingerprints: 'Vingerafdrukken',
  'identity-document': 'Identiteitsbewijs',
  statement: 'Eigen verklaring',
};

export const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;
