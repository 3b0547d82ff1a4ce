/**
 * What the portal calls the API's codes around notices (src/notifications/model.ts,
 * box.ts). The Berichtenbox keeps the same notice type list; the two are to be one file.
 */

export const NOTICE_TYPE_LABELS: Record<string, string> = {
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

/** Why the rules could not route a notice (the operations queue). */
export const EXCEPTION_LABELS: Record<string, string> = {
  'no-address': 'Geen adres bekend',
  'unknown-municipality': 'Onbekende gemeente',
};

/** The boxes: who a notice is for. */
export const BOX_LABELS: Record<string, string> = {
  bij: 'BIJ (burgemeester)',
  reintegration: 'Re-integratie (art. 18a)',
  victims: 'Slachtofferloket',
};

export const STATUS_LABELS: Record<string, string> = {
  'awaiting-review': 'Wacht op Justid',
  delivered: 'Afgeleverd',
  read: 'Gelezen',
  acknowledged: 'Ontvangst bevestigd',
  forwarded: 'Doorgestuurd',
};

/** The sources that deliver events (src/events/contract.ts, SOURCES). */
export const SOURCES = ['SKDB', 'TULP-GW', 'JVS', 'MITS', 'CJIB'] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  SKDB: 'SKDB (strafrechtketendatabank)',
  'TULP-GW': 'TULP-GW (gevangeniswezen)',
  JVS: 'JVS (justitiële jeugdinrichtingen)',
  MITS: 'MITS (tbs)',
  CJIB: 'CJIB',
};

export const noticeTypeLabel = (type: string) => NOTICE_TYPE_LABELS[type] ?? type;
export const exceptionLabel = (exception: string | null) =>
  exception ? (EXCEPTION_LABELS[exception] ?? exception) : '—';
export const boxLabel = (box: string) => BOX_LABELS[box] ?? box;
export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;
