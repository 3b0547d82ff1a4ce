/**
 * Notices of the Berichtenbox and the decisions behind them, as the replay
 * contract (../shared/contracts/replay.md) writes them.
 */

export type Box = 'bij' | 'reintegration' | 'victims';

export const BIJ_TYPES = [
  'pi-beeindiging',
  'pi-regimefasering',
  'pi-verlof',
  'tbs-voorwaardelijke-beeindiging',
  'tbs-verlof',
  'pij-beeindiging',
  'pij-verlofmachtiging',
  '18b-melding',
] as const;
export const REINTEGRATION_TYPES = [
  'inschrijving',
  'wijziging-einddatum',
  'overplaatsing',
  'deelbaar-dr-plan',
  'einde-detentie',
] as const;
export const VICTIM_TYPES = ['verlof', 'vrijlating-gepland', 'vrijlating', 'ontvluchting'] as const;

export type NoticeType =
  | (typeof BIJ_TYPES)[number]
  | (typeof REINTEGRATION_TYPES)[number]
  | (typeof VICTIM_TYPES)[number];

/** Why a notice has no recipient: it then goes to the operations queue, never nowhere. */
export type RoutingException = 'no-address' | 'unknown-municipality';

export interface Notice {
  eventId: string;
  skn: string;
  box: Box;
  type: NoticeType;
  /** A municipality (GM code), RVDK or CJIB-IDV; null when it cannot be routed. */
  recipient: string | null;
  legalBasis: string;
  exception?: RoutingException;
  /** The victim registration a victims notice is for. */
  victimReference?: string;
  /** The rule set that decided. */
  ruleSet: string;
}

export interface Skip {
  eventId: string;
  box: Box;
  decision: 'skip';
  reason: string;
  /** The rule set that decided. */
  ruleSet: string;
}

export type RuleOutcome = { notice: Notice } | { skip: Skip };
