/** What the portal calls the Berichtenbox's notice types, states and history actions, in Dutch. */
import type { BoxStatus, NoticeStatus, NoticeType } from './boxes.ts';

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
};

/** The label of a type; a type this portal does not know yet is shown as the API names it. */
export function typeLabel(type: string): string {
  return (NOTICE_TYPE_LABELS as Readonly<Record<string, string>>)[type] ?? type;
}

export const STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = {
  'awaiting-review': 'Wacht op controle',
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

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Readonly<Record<string, string>>)[status] ?? status;
}

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
