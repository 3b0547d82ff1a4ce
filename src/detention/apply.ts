/**
 * Applies detention events to the projections a batch at a time, inside the
 * ingest transaction: load the open detentions of the batch's persons once,
 * run each event through the state machine in delivery order, then write what
 * changed (a few statements per batch). `detentionProjection` offers this to
 * the pipeline through its port.
 */
import { type DetentionEvent, type InboundEvent, SOURCE_SECTOR } from '../events/index.ts';
import type { Earlier, Projection } from '../ingest/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog, Sector } from '../reference/index.ts';
import type { Episode, Stay, TimelineEntry } from './model.ts';
import { insertTimeline, loadOpenDetentions, upsertEpisodes, upsertStays } from './store.ts';
import { type PersonDetention, type SectorOf, type Transition, transition } from './transitions.ts';

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
  const result = transitionOf(state, event, logId, sector);
  if (!result.ok) return result.errors;
  record(state, event, result);
  return [];
}

function transitionOf(
  state: DetentionBatchState,
  event: DetentionEvent,
  logId: number,
  sector: Sector,
  sectorOf?: SectorOf,
) {
  return transition(stateOf(state, event.skn), event, logId, sector, sectorOf);
}

function stateOf(state: DetentionBatchState, skn: string): PersonDetention {
  return state.persons.get(skn) ?? { episode: undefined, stay: undefined };
}

function record(
  state: DetentionBatchState,
  event: DetentionEvent,
  result: Extract<Transition, { ok: true }>,
): void {
  state.persons.set(event.skn, result.state);
  if (result.state.episode) state.episodes.set(result.state.episode.id, result.state.episode);
  for (const stay of result.stays) state.stays.set(stay.id, stay);
  state.timeline.push(result.timeline);
}

export async function writeDetention(db: Db, state: DetentionBatchState): Promise<void> {
  await upsertEpisodes(db, [...state.episodes.values()]);
  await upsertStays(db, [...state.stays.values()]);
  await insertTimeline(db, state.timeline);
}

export function isDetentionEvent(event: InboundEvent): event is DetentionEvent {
  return 'institution' in event;
}

/** Warnings that need only the catalog: offences the reference data does not classify. */
function catalogWarnings(event: InboundEvent, catalog: ReferenceCatalog): string[] {
  if (event.type !== 'admission' && event.type !== 'title-added' && event.type !== 'title-changed') return [];
  return (event.title.offences ?? [])
    .filter((code) => catalog.offence(code, dutchDate(event.occurredAt)) === undefined)
    .map(
      (code) =>
        `offence ${JSON.stringify(code)} is not in the reference law articles: it is stored unclassified`,
    );
}

/** What the detention projection decided for one event, for the projections after it. */
export interface DetentionResult {
  /** The person's episode after the event (a detention event only). */
  episode: Episode | undefined;
  /** The open episode before the event, if any: what a rule compares with (a moved date, a return). */
  before: Episode | undefined;
}

const DETENTION = 'detention';

/** The episode a detention event left, as the detention projection decided it for the same event. */
export function episodeAfter(earlier: Earlier): Episode | undefined {
  return (earlier.get(DETENTION) as DetentionResult | undefined)?.episode;
}

/** The open episode as it was before the same event (undefined for an admission). */
export function episodeBefore(earlier: Earlier): Episode | undefined {
  return (earlier.get(DETENTION) as DetentionResult | undefined)?.before;
}

interface DetentionProjectionState extends DetentionBatchState {
  catalog: ReferenceCatalog;
}

/** Detention history as a projection: DJI events through the state machine, refused when they do not fit. */
export const detentionProjection = {
  name: DETENTION,
  tables: ['detention_episodes', 'detention_stays', 'detention_timeline'] as const,
  async load(db, batch, { catalog }) {
    const state = await loadDetentionState(
      db,
      batch.map((s) => s.event.skn),
    );
    return { ...state, catalog };
  },
  check(state, { event, logId }) {
    const warnings = catalogWarnings(event, state.catalog);
    if (!isDetentionEvent(event)) return { status: 'apply', warnings };
    const sector = SOURCE_SECTOR[event.source as keyof typeof SOURCE_SECTOR];
    const before = stateOf(state, event.skn).episode;
    const result = transitionOf(
      state,
      event,
      logId,
      sector,
      (code) => state.catalog.institution(code)?.sector,
    );
    if (!result.ok) return { status: 'refuse', errors: result.errors };
    return {
      status: 'apply',
      warnings,
      result: {
        episode: result.state.episode,
        before: before?.status === 'released' ? undefined : before,
      } satisfies DetentionResult,
      commit: () => record(state, event, result),
    };
  },
  async write(db, state) {
    await writeDetention(db, state);
    return new Map();
  },
} satisfies Projection<DetentionProjectionState>;
