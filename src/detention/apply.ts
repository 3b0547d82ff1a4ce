/**
 * Applies detention events to the projections a batch at a time, inside the
 * ingest transaction: load the open detentions of the batch's persons once,
 * run each event through the state machine in delivery order, then write what
 * changed (a few statements per batch).
 */
import type { DetentionEvent } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Sector } from '../reference/index.ts';
import type { Episode, Stay, TimelineEntry } from './model.ts';
import { insertTimeline, loadOpenDetentions, upsertEpisodes, upsertStays } from './store.ts';
import { type PersonDetention, transition } from './transitions.ts';

export interface DetentionBatchState {
  persons: Map<string, PersonDetention>;
  episodes: Map<number, Episode>;
  stays: Map<number, Stay>;
  timeline: TimelineEntry[];
}

export async function loadDetentionState(db: Db, skns: Iterable<string>): Promise<DetentionBatchState> {
  return {
    persons: await loadOpenDetentions(db, [...new Set(skns)]),
    episodes: new Map(),
    stays: new Map(),
    timeline: [],
  };
}

/**
 * Checks one event against the state the batch has reached and, when it
 * fits, records its effect (to be written by `writeDetention`).
 */
export function applyDetentionEvent(
  state: DetentionBatchState,
  event: DetentionEvent,
  logId: number,
  sector: Sector,
): FieldError[] {
  const before = state.persons.get(event.skn) ?? { episode: undefined, stay: undefined };
  const result = transition(before, event, logId, sector);
  if (!result.ok) return result.errors;
  state.persons.set(event.skn, result.state);
  if (result.state.episode) state.episodes.set(result.state.episode.id, result.state.episode);
  for (const stay of result.stays) state.stays.set(stay.id, stay);
  state.timeline.push(result.timeline);
  return [];
}

export async function writeDetention(db: Db, state: DetentionBatchState): Promise<void> {
  await upsertEpisodes(db, [...state.episodes.values()]);
  await upsertStays(db, [...state.stays.values()]);
  await insertTimeline(db, state.timeline);
}
