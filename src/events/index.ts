/** Event ingest: the inbound contract, the append-only event log, file and API delivery. */

export { type EventConflictRoutesOptions, eventConflictRoutes } from './conflict-routes.ts';
export type { DetentionEvent, EventOf, EventType, InboundEvent, Source } from './contract.ts';
export { EVENT_TYPES, InboundEventSchema, SOURCES, validateEvent } from './contract.ts';
export { type FileIngestOptions, type FileIngestSummary, ingestStream, openInput } from './file.ts';
export type { IngestContext, IngestOutcome } from './ingest.ts';
export { BatchRejectedError, ingestAtomically, ingestBatch, ingestIndependently } from './ingest.ts';
export { type RebuildOptions, type RebuildSummary, rebuildProjections } from './rebuild.ts';
export { eventRoutes } from './routes.ts';
export { countEvents, readEventLog } from './store.ts';
