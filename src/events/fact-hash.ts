/**
 * The identity of a fact in the log: the same fact re-sent under another
 * eventId has the same hash, so ingest and rebuild can skip it as known.
 */
import { createHash } from 'node:crypto';
import type { InboundEvent } from './contract.ts';

/** SHA-256 of the event without its eventId, keys sorted: the same fact re-sent has the same hash. */
export function factHash(event: InboundEvent): string {
  const { eventId: _eventId, ...fact } = event;
  return createHash('sha256').update(canonicalJson(fact)).digest('hex');
}

/** JSON with the keys of every object sorted and undefined left out: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
