/**
 * Notices of the Berichtenbox and the decisions behind them, as the replay
 * contract (../shared/contracts/replay.md) writes them.
 */

import type { SkipReason } from './reasons.ts';

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
export const VICTIM_TYPES = [
  'verlof',
  'vrijlating-gepland',
  'vrijlating',
  'ontvluchting',
  'terugkeer',
  'voorwaardelijke-beeindiging',
] as const;

export type NoticeType =
  | (typeof BIJ_TYPES)[number]
  | (typeof REINTEGRATION_TYPES)[number]
  | (typeof VICTIM_TYPES)[number];

// --- Boxes and states (also read by the portal, web/: this file imports only reasons.ts, which imports nothing) ---

export const NOTICE_STATUSES = ['awaiting-review', 'delivered', 'read', 'acknowledged', 'forwarded'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
/** What a box's users can see: a notice awaiting review is not in the box yet. */
export const BOX_STATUSES = ['delivered', 'read', 'acknowledged', 'forwarded'] as const;
export type BoxStatus = (typeof BOX_STATUSES)[number];

export const BOXES = ['bij', 'reintegration', 'victims'] as const satisfies readonly Box[];

/** The notice types of each box. */
export const BOX_TYPES: Readonly<Record<Box, readonly NoticeType[]>> = {
  bij: BIJ_TYPES,
  reintegration: REINTEGRATION_TYPES,
  victims: VICTIM_TYPES,
};

/** The role that reads a box; the box is the one addressed to the user's own organisation. */
export const BOX_ROLE = {
  bij: 'bij-officer',
  reintegration: 'reintegration-officer',
  victims: 'victim-desk-officer',
} as const satisfies Record<Box, string>;

/**
 * Why a notice has no recipient: it then goes to the operations queue, never nowhere.
 * `unknown-offence`: a BIJ trigger whose title holds an offence the reference data does not
 * know, so the rules cannot tell whether the mayor must hear of it; an operator decides.
 * `unverified-institution-address`: the BRP address lies in the municipality of the institution
 * the person is held in, registered after the admission, and that institution's address is not
 * verified: it may be the institution, not a home.
 * `not-participating`: the municipality has no registration for the box on the notice's date.
 * `no-active-user`: the municipality takes part, but its box has no active user to read it.
 */
export const ROUTING_EXCEPTIONS = [
  'no-address',
  'unknown-municipality',
  'unknown-offence',
  'unverified-institution-address',
  'not-participating',
  'no-active-user',
] as const;
export type RoutingException = (typeof ROUTING_EXCEPTIONS)[number];

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
  /** The event id of the earlier notice (same person, box, type, recipient, episode) this one corrects. */
  supersedes?: string;
  /** The notice goes out after the moment it announces (a release without an earlier release-scheduled). */
  late?: true;
  /** The rule set that decided. */
  ruleSet: string;
}

export interface Skip {
  eventId: string;
  box: Box;
  decision: 'skip';
  /** In English, as the replay contract's `--explain` writes it: the notice type, then why. */
  reason: string;
  /** The notice the rule did not make, and why as codes (reasons.ts: English and Dutch text). */
  noticeType: NoticeType;
  reasons: readonly SkipReason[];
  /** The rule set that decided. */
  ruleSet: string;
}

export type RuleOutcome = { notice: Notice } | { skip: Skip };
