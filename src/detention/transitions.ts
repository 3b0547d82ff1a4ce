/**
 * The detention state machine: how one DJI event (TULP-GW, JVS, MITS; event
 * contract 1.1) changes a person's detention state, or why it cannot. Pure:
 * no I/O; the caller loads the state and writes the result.
 *
 * An episode runs from admission to release. Inside it the person stays in
 * one institution at a time (a transfer closes one stay and opens the next;
 * a transfer to another sector's institution continues the episode in that
 * sector). The episode holds titles over time, one per case: the admission
 * brings the first, `title-added`/`title-changed`/`title-ended` change the set,
 * and every version keeps its dates, so a rule can judge the titles in force
 * on any day. An escape leaves the episode open; `returned` (or, as in
 * version 1, the next event of the episode) means the person is back. Events
 * that contradict the state (a second admission while detained, an event for
 * someone not detained, an event from an institution where the person is not,
 * a date before the admission, a change to a case the episode does not hold,
 * ending the last title without a release, a return of someone not escaped)
 * are refused with a reason and change nothing.
 */
import type { DetentionEvent, Title } from '../events/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Sector } from '../reference/index.ts';
import {
  currentTitles,
  type DetentionTitle,
  type Episode,
  type Stay,
  type TimelineEntry,
  type TitleVersion,
} from './model.ts';

/** What is known of a person's detention: the open episode (if any) and its current stay. */
export interface PersonDetention {
  episode: Episode | undefined;
  stay: Stay | undefined;
}

type Refusal = { ok: false; errors: FieldError[] };

export type Transition =
  | Refusal
  | {
      ok: true;
      state: PersonDetention;
      /** Stays begun or ended by this event (to write). */
      stays: Stay[];
      timeline: TimelineEntry;
    };

function refuse(field: string, rule: string, message: string): Refusal {
  return { ok: false, errors: [{ field, rule, message }] };
}

/** The date an event is about, besides its occurredAt: checked against the admission date. */
function datesOf(event: DetentionEvent): [string, string][] {
  switch (event.type) {
    case 'admission':
    case 'planned-end-date-changed':
      return event.plannedEndDate ? [['plannedEndDate', event.plannedEndDate]] : [];
    case 'leave-granted':
    case 'leave-authorization':
      return [['leaveFrom', event.leaveFrom]];
    case 'regime-phasing':
      return [['phaseFrom', event.phaseFrom]];
    case 'conditional-termination':
      return [['terminationDate', event.terminationDate]];
    case 'release-scheduled':
    case 'release':
      return [['releaseDate', event.releaseDate]];
    default:
      return [];
  }
}

function detailsOf(event: DetentionEvent, episode: Episode | undefined): Record<string, unknown> {
  switch (event.type) {
    case 'title-added':
      return { title: event.title };
    case 'title-changed': {
      const previous = episode
        ? currentTitles(episode).find((t) => t.caseNumber === event.caseNumber)
        : undefined;
      return {
        caseNumber: event.caseNumber,
        title: event.title,
        previous: previous ? titleOnly(previous) : null,
      };
    }
    case 'title-ended':
      return { caseNumber: event.caseNumber };
    case 'returned':
      return {};
    case 'admission':
      return { title: event.title, plannedEndDate: event.plannedEndDate ?? null };
    case 'planned-end-date-changed':
      return { plannedEndDate: event.plannedEndDate, previous: episode?.plannedEndDate ?? null };
    case 'transfer':
      return { from: event.institution, to: event.toInstitution };
    case 'dr-plan-shared':
      return {
        consent: event.consent ?? null,
        intendedMunicipalityCode: event.intendedMunicipalityCode ?? null,
      };
    case 'leave-granted':
      return { leaveFrom: event.leaveFrom, leaveUntil: event.leaveUntil, leaveAddress: event.leaveAddress };
    case 'leave-authorization':
      return {
        leaveFrom: event.leaveFrom,
        leaveUntil: event.leaveUntil ?? null,
        leaveAddress: event.leaveAddress,
      };
    case 'regime-phasing':
      return { phaseFrom: event.phaseFrom, leaveAddress: event.leaveAddress };
    case 'conditional-termination':
      return { terminationDate: event.terminationDate };
    case 'release-scheduled':
      return { releaseDate: event.releaseDate, risk18b: event.risk18b?.domains ?? null };
    case 'release':
      return { releaseDate: event.releaseDate };
    case 'escape':
      return {};
  }
}

function titleOf(title: Title, caseNumber?: string): DetentionTitle {
  return {
    kind: title.kind,
    irrevocable: title.irrevocable ?? false,
    offences: title.offences ?? [],
    sentenceDays: title.sentenceDays ?? null,
    caseNumber: caseNumber ?? title.caseNumber ?? null,
  };
}

function titleOnly({ kind, irrevocable, offences, sentenceDays, caseNumber }: TitleVersion): DetentionTitle {
  return { kind, irrevocable, offences, sentenceDays, caseNumber };
}

/** The caller's view of the sectors: which sector an institution belongs to (for a transfer). */
export type SectorOf = (institution: string) => Sector | undefined;

/**
 * Applies a title event (contract 1.1) to the titles of an open episode, or says why it
 * does not fit. Every change closes the version in force and opens the next on `day`.
 */
function changeTitles(
  titles: readonly TitleVersion[],
  event: Extract<DetentionEvent, { type: 'title-added' | 'title-changed' | 'title-ended' }>,
  day: string,
  logId: number,
): TitleVersion[] | Refusal {
  const open = titles.filter((t) => t.until === null);
  const close = (version: TitleVersion) => titles.map((t) => (t === version ? { ...t, until: day } : t));
  if (event.type === 'title-added') {
    const caseNumber = event.title.caseNumber;
    if (caseNumber !== undefined && open.some((t) => t.caseNumber === caseNumber)) {
      return refuse(
        'title.caseNumber',
        'case-held',
        `the episode already holds a title in case ${caseNumber}: a change of it is a title-changed`,
      );
    }
    return [...titles, { ...titleOf(event.title), from: day, until: null, logId }];
  }
  const held = open.find((t) => t.caseNumber === event.caseNumber);
  if (!held) {
    return refuse(
      'caseNumber',
      'unknown-case',
      `the episode holds no title in force in case ${event.caseNumber}`,
    );
  }
  if (event.type === 'title-ended') {
    if (open.length === 1) {
      return refuse(
        'caseNumber',
        'last-title',
        `case ${event.caseNumber} holds the last title in force: a detention without a title ends with a release`,
      );
    }
    return close(held);
  }
  return [...close(held), { ...titleOf(event.title, event.caseNumber), from: day, until: null, logId }];
}

function onDateOf(event: DetentionEvent, day: string): string {
  const [, date] = datesOf(event).find(([field]) => field !== 'plannedEndDate') ?? [];
  return date ?? day;
}

/**
 * Applies one detention event to a person's state. `sector` is the sector of
 * the event's institution (the source's sector, checked before).
 */
export function transition(
  state: PersonDetention,
  event: DetentionEvent,
  logId: number,
  sector: Sector,
  sectorOf: SectorOf = () => undefined,
): Transition {
  const day = dutchDate(event.occurredAt);
  const open = state.episode && state.episode.status !== 'released' ? state.episode : undefined;
  const entry = (episode: Episode): TimelineEntry => ({
    id: logId,
    episodeId: episode.id,
    skn: event.skn,
    type: event.type,
    onDate: onDateOf(event, day),
    occurredAt: event.occurredAt,
    institution: event.institution,
    details: detailsOf(event, open),
  });

  if (event.type === 'admission') {
    if (open) {
      return refuse(
        'type',
        'open-episode',
        `the person is already detained (since ${open.admittedOn} in ${open.institution}); a release must come first`,
      );
    }
    if (event.plannedEndDate && event.plannedEndDate < day) {
      return refuse(
        'plannedEndDate',
        'date-order',
        `plannedEndDate (${event.plannedEndDate}) is before the admission (${day})`,
      );
    }
    const episode: Episode = {
      id: logId,
      skn: event.skn,
      sector,
      admittedOn: day,
      titles: [{ ...titleOf(event.title), from: day, until: null, logId }],
      plannedEndDate: event.plannedEndDate ?? null,
      institution: event.institution,
      institutions: [event.institution],
      status: 'detained',
      releaseScheduledOn: null,
      risk18b: null,
      conditionalTerminationOn: null,
      drPlanShared: false,
      releasedOn: null,
      lastEventLogId: logId,
    };
    const stay: Stay = {
      id: logId,
      episodeId: logId,
      skn: event.skn,
      institution: event.institution,
      fromDate: day,
      untilDate: null,
    };
    return { ok: true, state: { episode, stay }, stays: [stay], timeline: entry(episode) };
  }

  if (!open) {
    return refuse(
      'type',
      'no-open-episode',
      `${event.type} for a person who is not detained: an admission must come first`,
    );
  }
  if (event.institution !== open.institution) {
    return refuse(
      'institution',
      'not-here',
      `the person is in ${open.institution}, not in ${event.institution}`,
    );
  }
  // An event of an episode cannot have happened before the episode began (a release "before" its admission).
  if (day < open.admittedOn) {
    return refuse(
      'occurredAt',
      'date-order',
      `occurredAt (${day}) is before the admission (${open.admittedOn})`,
    );
  }
  for (const [field, date] of datesOf(event)) {
    if (date < open.admittedOn) {
      return refuse(field, 'date-order', `${field} (${date}) is before the admission (${open.admittedOn})`);
    }
  }
  if (event.type === 'escape' && open.status === 'escaped') {
    return refuse('type', 'already-escaped', 'the person is already reported as escaped');
  }
  if (event.type === 'returned' && open.status !== 'escaped') {
    return refuse('type', 'not-escaped', 'returned for a person who is not reported as escaped');
  }

  // Any event of the episode after an escape means the person is back.
  const episode: Episode = { ...open, status: 'detained', lastEventLogId: logId };
  const stays: Stay[] = [];
  let stay = state.stay;
  switch (event.type) {
    case 'title-added':
    case 'title-changed':
    case 'title-ended': {
      const titles = changeTitles(open.titles, event, day, logId);
      if (!Array.isArray(titles)) return titles;
      episode.titles = titles;
      break;
    }
    case 'planned-end-date-changed':
      episode.plannedEndDate = event.plannedEndDate;
      // A scheduled release moves with the end date: what the mayor was told is corrected.
      if (open.releaseScheduledOn !== null) episode.releaseScheduledOn = event.plannedEndDate;
      break;
    case 'transfer': {
      // Across sectors (prison → TBS clinic, JJI → prison) the episode goes on in the receiving sector.
      episode.sector = sectorOf(event.toInstitution) ?? open.sector;
      if (stay) stays.push({ ...stay, untilDate: day });
      stay = {
        id: logId,
        episodeId: open.id,
        skn: event.skn,
        institution: event.toInstitution,
        fromDate: day,
        untilDate: null,
      };
      stays.push(stay);
      episode.institution = event.toInstitution;
      episode.institutions = [...open.institutions, event.toInstitution];
      break;
    }
    case 'dr-plan-shared':
      episode.drPlanShared = true;
      break;
    case 'conditional-termination':
      episode.conditionalTerminationOn = event.terminationDate;
      break;
    case 'release-scheduled':
      episode.releaseScheduledOn = event.releaseDate;
      episode.risk18b = event.risk18b?.domains ?? null;
      break;
    case 'release':
      episode.status = 'released';
      episode.releasedOn = event.releaseDate;
      if (stay) {
        stay = { ...stay, untilDate: event.releaseDate };
        stays.push(stay);
      }
      break;
    case 'escape':
      episode.status = 'escaped';
      break;
    default:
      break;
  }
  return { ok: true, state: { episode, stay }, stays, timeline: entry(episode) };
}
