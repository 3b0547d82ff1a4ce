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

/** The contract's event types in Dutch, as the timeline shows them: one list for the portal. */
export { EVENT_TYPE_LABELS as TIMELINE_LABELS } from '../../lib/event-types.ts';

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
