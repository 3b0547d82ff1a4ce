/**
 * The events the simulator writes: exactly the inbound event contract,
 * version 1.1 (../shared/contracts/events.md), nothing more. Property order is
 * the order in which they are written to JSONL: envelope first.
 */

import type { Source } from '../events/index.ts';

export type { Source };
export type Sector = 'GW' | 'JJI' | 'TBS';

/** The detention source system of each DJI sector. */
export const SECTOR_SOURCE = { GW: 'TULP-GW', JJI: 'JVS', TBS: 'MITS' } as const satisfies Record<
  Sector,
  Source
>;

export interface Envelope {
  eventId: string;
  source: Source;
  occurredAt: string;
  skn: string;
}

export interface SimAddress {
  municipalityCode: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

export type TitleKind =
  | 'pre-trial'
  | 'prison-sentence'
  | 'substitute-detention'
  | 'tbs-dwangverpleging'
  | 'pij';

export interface SimTitle {
  kind: TitleKind;
  irrevocable: boolean;
  offences: string[];
  /** Absent for pre-trial detention. */
  sentenceDays?: number;
  caseNumber: string;
}

export interface PersonRegistered extends Envelope {
  source: 'SKDB';
  type: 'person-registered';
  bsn?: string;
  surname: string;
  givenNames: string;
  birthDate: string;
  gender: 'M' | 'V';
}

export interface AddressRegistered extends Envelope, SimAddress {
  source: 'SKDB';
  type: 'address-registered';
  validFrom: string;
}

type DetentionSource = 'TULP-GW' | 'JVS' | 'MITS';

interface DetentionEnvelope extends Envelope {
  source: DetentionSource;
  institution: string;
}

export interface Admission extends DetentionEnvelope {
  type: 'admission';
  title: SimTitle;
  plannedEndDate?: string;
}
export interface PlannedEndDateChanged extends DetentionEnvelope {
  type: 'planned-end-date-changed';
  plannedEndDate: string;
}
export interface Transfer extends DetentionEnvelope {
  type: 'transfer';
  toInstitution: string;
}
export interface DrPlanShared extends DetentionEnvelope {
  type: 'dr-plan-shared';
  /** The municipality (GM code) where the person intends to settle, when the plan says so. */
  intendedMunicipalityCode?: string;
}
export interface LeaveGranted extends DetentionEnvelope {
  source: 'TULP-GW' | 'MITS';
  type: 'leave-granted';
  leaveFrom: string;
  leaveUntil: string;
  leaveAddress: SimAddress;
}
export interface LeaveAuthorization extends DetentionEnvelope {
  source: 'JVS';
  type: 'leave-authorization';
  leaveFrom: string;
  leaveUntil?: string;
  leaveAddress: SimAddress;
}
export interface RegimePhasing extends DetentionEnvelope {
  source: 'TULP-GW';
  type: 'regime-phasing';
  phaseFrom: string;
  leaveAddress: SimAddress;
}
export interface ConditionalTermination extends DetentionEnvelope {
  source: 'MITS';
  type: 'conditional-termination';
  terminationDate: string;
}
export type RiskDomain = 'zeden' | 'geweld';
export interface ReleaseScheduled extends DetentionEnvelope {
  type: 'release-scheduled';
  releaseDate: string;
  risk18b?: { domains: RiskDomain[] };
}
export interface Release extends DetentionEnvelope {
  type: 'release';
  releaseDate: string;
}
export interface Escape extends DetentionEnvelope {
  type: 'escape';
}
export interface Returned extends DetentionEnvelope {
  type: 'returned';
}
export interface TitleAdded extends DetentionEnvelope {
  type: 'title-added';
  title: SimTitle;
}
export interface TitleChanged extends DetentionEnvelope {
  type: 'title-changed';
  caseNumber: string;
  title: SimTitle;
}
export interface TitleEnded extends DetentionEnvelope {
  type: 'title-ended';
  caseNumber: string;
}
export interface VictimRegistered extends Envelope {
  source: 'CJIB';
  type: 'victim-registered';
  caseNumber: string;
  victimReference: string;
}

export type DetentionEvent =
  | Admission
  | PlannedEndDateChanged
  | Transfer
  | DrPlanShared
  | LeaveGranted
  | LeaveAuthorization
  | RegimePhasing
  | ConditionalTermination
  | ReleaseScheduled
  | Release
  | Escape
  | Returned
  | TitleAdded
  | TitleChanged
  | TitleEnded;

/** One line of the simulator's output. */
export type SimEvent = PersonRegistered | AddressRegistered | DetentionEvent | VictimRegistered;
export type SimEventType = SimEvent['type'];

/** Every event type of the contract, in the contract's order. */
export const EVENT_TYPES: readonly SimEventType[] = [
  'person-registered',
  'address-registered',
  'admission',
  'planned-end-date-changed',
  'transfer',
  'dr-plan-shared',
  'leave-granted',
  'leave-authorization',
  'regime-phasing',
  'conditional-termination',
  'release-scheduled',
  'release',
  'escape',
  'returned',
  'title-added',
  'title-changed',
  'title-ended',
  'victim-registered',
];

/** A count of zero for every event type, to count a run's events into. */
export function zeroPerType(): Record<SimEventType, number> {
  return Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<SimEventType, number>;
}
