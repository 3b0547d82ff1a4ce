/**
 * The Berichtenbox's codes as the portal shows them, in Dutch. The codes
 * themselves come from the service's own model (src/notifications/model.ts,
 * which imports nothing), so the two can never disagree on what exists.
 */
import type {
  BoxStatus,
  NoticeStatus,
  NoticeType,
  RoutingException,
} from '../../../src/notifications/model.ts';

export {
  BIJ_TYPES,
  BOX_STATUSES,
  type Box,
  type BoxStatus,
  type NoticeStatus,
  type NoticeType,
  REINTEGRATION_TYPES,
  VICTIM_TYPES,
} from '../../../src/notifications/model.ts';

export const NOTICE_TYPE_LABELS: Readonly<Record<NoticeType, string>> = {
  'pi-beeindiging': 'Beëindiging detentie (PI)',
  'pi-regimefasering': 'Regimefasering (PI)',
  'pi-verlof': 'Verlof (PI)',
  'tbs-voorwaardelijke-beeindiging': 'Voorwaardelijke beëindiging TBS',
  'tbs-verlof': 'Verlof (TBS)',
  'pij-beeindiging': 'Beëindiging PIJ',
  'pij-verlofmachtiging': 'Verlofmachtiging (PIJ)',
  '18b-melding': '18b-melding (risico)',
  inschrijving: 'Inschrijving in inrichting',
  'wijziging-einddatum': 'Wijziging einddatum',
  overplaatsing: 'Overplaatsing',
  'deelbaar-dr-plan': 'D&R-plan beschikbaar',
  'einde-detentie': 'Einde detentie',
  verlof: 'Verlof',
  'vrijlating-gepland': 'Geplande invrijheidstelling',
  vrijlating: 'Invrijheidstelling',
  ontvluchting: 'Ontvluchting',
  terugkeer: 'Terugkeer na ontvluchting',
  'voorwaardelijke-beeindiging': 'Voorwaardelijke beëindiging tbs',
};

export const STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = {
  'awaiting-review': 'Wacht op controle door Justid',
  delivered: 'Nieuw',
  read: 'Gelezen',
  acknowledged: 'Ontvangst bevestigd',
  forwarded: 'Doorgestuurd',
};

/** The status filter's choices, in the order a notice goes through them. */
export const STATUS_FILTER_LABELS: Readonly<Record<BoxStatus, string>> = {
  delivered: STATUS_LABELS.delivered,
  read: STATUS_LABELS.read,
  acknowledged: STATUS_LABELS.acknowledged,
  forwarded: STATUS_LABELS.forwarded,
};

/** Why the rules could not route a notice (the operations queue). */
export const EXCEPTION_LABELS: Readonly<Record<RoutingException, string>> = {
  'no-address': 'Geen adres bekend',
  'unknown-municipality': 'Onbekende gemeente',
  'unknown-offence': 'Onbekend delict',
  'unverified-institution-address': 'Adres mogelijk van de inrichting (niet geverifieerd)',
  'not-participating': 'Gemeente neemt niet deel',
  'no-active-user': 'Geen actieve gebruiker in de box',
};

/** The boxes: who a notice is for. */
export const BOX_LABELS: Readonly<Record<string, string>> = {
  bij: 'BIJ (burgemeester)',
  reintegration: 'Re-integratie (art. 18a)',
  victims: 'Slachtofferloket',
};

/** A code this portal does not know yet is shown as the API names it. */
const labelOf = (labels: Readonly<Record<string, string>>) => (code: string) => labels[code] ?? code;

export const typeLabel = labelOf(NOTICE_TYPE_LABELS);
export const statusLabel = labelOf(STATUS_LABELS);
export const boxLabel = labelOf(BOX_LABELS);
export const exceptionLabel = (exception: string | null) =>
  exception ? labelOf(EXCEPTION_LABELS)(exception) : '—';

/** One history row's action, told in a sentence; `name` turns an organisation code into a name. */
export function historyActionLabel(
  entry: { action: string; fromRecipient: string | null; toRecipient: string | null },
  name: (organisation: string | null) => string,
): string {
  switch (entry.action) {
    case 'confirm':
      return `Gemeente bevestigd door Justid: ${name(entry.toRecipient)}`;
    case 'change':
      return `Gemeente gewijzigd van ${name(entry.fromRecipient)} naar ${name(entry.toRecipient)}`;
    case 'route':
      return `Handmatig toegewezen aan ${name(entry.toRecipient)}`;
    case 'open':
      return 'Geopend';
    case 'acknowledge':
      return 'Ontvangst bevestigd';
    case 'forward':
      return `Doorgestuurd naar ${name(entry.toRecipient)}`;
    case 'forwarded-in':
      return `Doorgestuurd ontvangen van ${name(entry.fromRecipient)}`;
    default:
      return entry.action;
  }
}
