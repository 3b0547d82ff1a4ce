/**
 * Detention history (Injus): episodes from admission to release, the
 * institution periods inside them, and a timeline of everything that
 * happened, across GW (prisons), JJI and TBS.
 */
import type { DetentionEvent } from '../events/index.ts';
import type { DetentionTitleKind, Sector } from '../reference/index.ts';

export type TitleKind = DetentionTitleKind;

export interface DetentionTitle {
  kind: TitleKind;
  irrevocable: boolean;
  offences: string[];
  sentenceDays: number | null;
  caseNumber: string | null;
}

export type EpisodeStatus = 'detained' | 'escaped' | 'released';

export interface Episode {
  /** The event-log id of the admission. */
  id: number;
  skn: string;
  sector: Sector;
  admittedOn: string;
  title: DetentionTitle;
  plannedEndDate: string | null;
  /** Where the person is (or was last, once released). */
  institution: string;
  status: EpisodeStatus;
  releaseScheduledOn: string | null;
  risk18b: string[] | null;
  conditionalTerminationOn: string | null;
  drPlanShared: boolean;
  releasedOn: string | null;
  lastEventLogId: number;
}

/** A period in one institution within an episode. */
export interface Stay {
  /** The event-log id of the admission or transfer that began it. */
  id: number;
  episodeId: number;
  skn: string;
  institution: string;
  fromDate: string;
  untilDate: string | null;
}

/** Every detention event of the contract is an entry of the timeline. */
export type TimelineType = DetentionEvent['type'];

export interface TimelineEntry {
  /** The event-log id of the event. */
  id: number;
  episodeId: number;
  skn: string;
  type: TimelineType;
  /** The date the entry is about (admission date, leave start, release date, …). */
  onDate: string;
  occurredAt: string;
  institution: string;
  details: Record<string, unknown>;
}
