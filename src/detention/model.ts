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

/**
 * One state of a title over time (contract 1.1): a case's title from the day an
 * admission, `title-added` or `title-changed` set it until the day a later change
 * or `title-ended` replaced it (exclusive), or until the episode ends.
 */
export interface TitleVersion extends DetentionTitle {
  from: string;
  /** First day no longer in force; null while it is. */
  until: string | null;
  /** The event-log id of the event that set it. */
  logId: number;
}

export type EpisodeStatus = 'detained' | 'escaped' | 'released';

export interface Episode {
  /** The event-log id of the admission. */
  id: number;
  skn: string;
  /** The sector of the current stay: a transfer to another sector's institution changes it. */
  sector: Sector;
  admittedOn: string;
  /** Every version of every title of the episode, oldest first: the titles over time. */
  titles: TitleVersion[];
  plannedEndDate: string | null;
  /** Where the person is (or was last, once released). */
  institution: string;
  /** Every institution of the episode, in the order of the stays (derived from them, not stored). */
  institutions: string[];
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

/** The titles in force on a date (a Dutch calendar date): what every rule judges. */
export function titlesInForce(episode: Pick<Episode, 'titles'>, date: string): TitleVersion[] {
  return episode.titles.filter((t) => t.from <= date && (t.until === null || date < t.until));
}

/** The versions still open (until null): the titles of the episode now, whatever the date. */
export function currentTitles(episode: Pick<Episode, 'titles'>): TitleVersion[] {
  return episode.titles.filter((t) => t.until === null);
}

/**
 * The day a title's case entered the episode (its first version): the numbering of the law an
 * offence of that case is read in, so a case of 2023 judged after the renumbering of 2024 keeps
 * its old articles.
 */
export function caseSince(
  titles: readonly Pick<TitleVersion, 'caseNumber' | 'from'>[],
  title: Pick<TitleVersion, 'caseNumber' | 'from'>,
): string {
  if (title.caseNumber === null) return title.from;
  return titles.find((t) => t.caseNumber === title.caseNumber)?.from ?? title.from;
}
