/**
 * The event contract and the event log: what sources may deliver (one TypeBox
 * schema and Static type per event) and the append-only log that keeps it.
 * A leaf: it imports only platform/ (and the pure BSN check), so every module
 * may import it. Applying events to the projections is the pipeline's job (ingest/).
 */
export {
  type ConflictChannel,
  type ConflictPage,
  differingFields,
  type EventConflict,
  listConflicts,
  type RecordedConflict,
  recordConflicts,
} from './conflicts.ts';
export type {
  DetentionEvent,
  EventOf,
  EventType,
  InboundEvent,
  Source,
  Title,
  ValidationResult,
} from './contract.ts';
export { EVENT_TYPES, InboundEventSchema, SOURCE_SECTOR, SOURCES, validateEvent } from './contract.ts';
export { canonicalJson, factHash } from './fact-hash.ts';
export {
  appendEvents,
  countEvents,
  type EventLogCounts,
  eventKey,
  findEarliestFacts,
  findLoggedKeys,
  type LoggedEvent,
  loadPayloads,
  readEventLog,
  reserveLogIds,
} from './store.ts';
