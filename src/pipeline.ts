/**
 * Part of the composition root: the projections of the event log, listed in
 * the order each event passes through them, and the ingest pipeline (ingest/)
 * wired with them. A new projection is one line in `projections`; its
 * tables reach `rebuild` from here, so a rebuild cannot forget one.
 */
import type { Readable } from 'node:stream';
import { detentionProjection } from './detention/index.ts';
import { identityProjection } from './identity/index.ts';
import type { FileIngestOptions, IngestContext, RebuildOptions } from './ingest/index.ts';
import * as pipeline from './ingest/index.ts';
import { notificationsProjection, type RuleChoice, ruleSetOn } from './notifications/index.ts';
import type { Db } from './platform/db.ts';
import type { ReferenceCatalog } from './reference/index.ts';

/**
 * The projections, in order: identity first (every event needs its person),
 * detention next, then the notification rules, which decide on the episode the
 * detention projection left. Without `rules` no notices are decided (a rebuild).
 */
export function projections(
  rules?: RuleChoice,
  participation = true,
  receivedAt: NoticesReceived = 'ingest',
) {
  return [
    identityProjection,
    detentionProjection,
    notificationsProjection(rules, { participation, receivedAt }),
  ] as const;
}

/** Every table a rebuild builds anew and swaps in. */
export const PROJECTION_TABLES = projections().flatMap((p) => p.tables);

export interface PipelineOptions {
  catalog: ReferenceCatalog;
  /** The rule set for an event's date; default: the rule sets in force (notifications/rulesets.ts). */
  rules?: RuleChoice;
  /** The present, against which the plausibility of dates is judged; default: the clock. */
  now?: () => Date;
  /**
   * Whether municipal participation decides where a notice goes (default: yes, as the service
   * does); `replay` turns it off to show the municipality the rules propose.
   */
  participation?: boolean;
  /**
   * When a notice made by this ingest counts as received: `ingest` (default: now, as live ingest
   * must) or `event` (its event's occurredAt), only for loading history such as the demo, whose
   * three years of events would otherwise all be received on the day of the load.
   */
  noticesReceived?: NoticesReceived;
}

export type NoticesReceived = 'ingest' | 'event';

/** The pipeline's context for ingest: the projections, deciding notices by `rules`. */
export function ingestContext({
  catalog,
  rules = (date) => ruleSetOn(date),
  now,
  participation = true,
  noticesReceived = 'ingest',
}: PipelineOptions): IngestContext {
  return {
    catalog,
    projections: projections(rules, participation, noticesReceived),
    ...(now ? { now } : {}),
  };
}

export const ingestBatch = (db: Db, raws: readonly unknown[], options: PipelineOptions) =>
  pipeline.ingestBatch(db, raws, ingestContext(options));

export const ingestAtomically = (db: Db, raws: readonly unknown[], options: PipelineOptions) =>
  pipeline.ingestAtomically(db, raws, ingestContext(options));

export const ingestIndependently = (db: Db, raws: readonly unknown[], options: PipelineOptions) =>
  pipeline.ingestIndependently(db, raws, ingestContext(options));

export const ingestStream = (
  db: Db,
  input: Readable,
  options: PipelineOptions,
  fileOptions?: FileIngestOptions,
) => pipeline.ingestStream(db, input, ingestContext(options), fileOptions);

/** A rebuild replays the log through the projections without deciding notices. */
export const rebuildProjections = (db: Db, catalog: ReferenceCatalog, options?: RebuildOptions) =>
  pipeline.rebuildProjections(db, { catalog, projections: projections() }, options);

export const prepareRebuild = (db: Db, catalog: ReferenceCatalog, options?: RebuildOptions) =>
  pipeline.prepareRebuild(db, { catalog, projections: projections() }, options);
