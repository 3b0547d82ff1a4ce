/**
 * The detention state machine: how one DJI event (TULP-GW, JVS, MITS; event
 * contract v1) changes a person's detention state, or why it cannot. Pure:
 * no I/O; the caller loads the state and writes the result.
 *
 * An episode runs from admission to release. Inside it the person stays in
 * one institution at a time (a transfer closes one stay and opens the next).
 * An escape leaves the episode open; the next event of the episode means the
 * person is back. Events that contradict the state (a second admission while
 * detained, an event for someone not detained, an event from an institution
 * where the person is not, a date before the admission) are refused with a
 * reason and change nothing.
 */
import type { DetentionEvent } from '../events/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Sector } from '../reference/index.ts';
import type { Episode, Stay, TimelineEntry } from './model.ts';

/** What is known of a person's detention: the open episode (if any) and its current stay. */
export interface PersonDetention {
  episode: Episode | undefined;
  stay: Stay | undefined;
}

export type Transition =
  | { ok: false; errors: FieldError[] }
  | {
      ok: true;
      state: PersonDetention;
      /** Stays begun or ended by this event (to write). */
      stays: Stay[];
      timeline: TimelineEntry;
    };

function refuse(field: string, rule: string, message: string): Transition {
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
    case 'admission':
      return { title: event.title, plannedEndDate: event.plannedEndDate ?? null };
    case 'planned-end-date-changed':
      return { plannedEndDate: event.plannedEndDate, previous: episode?.plannedEndDate ?? null };
    case 'transfer':
      return { from: event.institution, to: event.toInstitution };
    case 'dr-plan-shared':
      return { consent: event.consent ?? null };
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
      title: {
        kind: event.title.kind,
        irrevocable: event.title.irrevocable ?? false,
        offences: event.title.offences ?? [],
        sentenceDays: event.title.sentenceDays ?? null,
        caseNumber: event.title.caseNumber ?? null,
      },
      plannedEndDate: event.plannedEndDate ?? null,
      institution: event.institution,
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

  // Any event of the episode after an escape means the person is back.
  const episode: Episode = { ...open, status: 'detained', lastEventLogId: logId };
  const stays: Stay[] = [];
  let stay = state.stay;
  switch (event.type) {
    case 'planned-end-date-changed':
      episode.plannedEndDate = event.plannedEndDate;
      break;
    case 'transfer': {
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
