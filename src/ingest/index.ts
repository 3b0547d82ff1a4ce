/**
 * The ingest pipeline: batch ingest (API), file ingest, rebuild and the
 * events route. It owns the projection port (port.ts) and imports no domain
 * module: the projections come from the composition root (src/pipeline.ts).
 */
export { type EventConflictRoutesOptions, eventConflictRoutes } from './conflict-routes.ts';
export {
  DEFAULT_BATCH_SIZE,
  type FileIngestOptions,
  type FileIngestSummary,
  ingestStream,
  openInput,
} from './file.ts';
export type { IngestContext, IngestOutcome } from './ingest.ts';
export { BatchRejectedError, ingestAtomically, ingestBatch, ingestIndependently } from './ingest.ts';
export type { Decision } from './plan.ts';
export type {
  AnyProjection,
  Earlier,
  Projection,
  ProjectionContext,
  Projections,
  Sequenced,
  Verdict,
  Warnings,
} from './port.ts';
export { projectionTables } from './port.ts';
export {
  OLD_SCHEMA,
  prepareRebuild,
  REBUILD_LOCK_KEY,
  type RebuildOptions,
  type RebuildRun,
  type RebuildSummary,
  rebuildProjections,
  replayLog,
  SIDE_SCHEMA,
  swapIn,
} from './rebuild.ts';
export { type EventRoutesOptions, eventRoutes } from './routes.ts';
