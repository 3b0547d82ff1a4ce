/**
 * A known (source, eventId) delivered again with different content (contract
 * version 1.1): refused, the original kept, and recorded for Justid's
 * operators with the names of the fields that differ. Names only, never
 * values: values may be personal data, and the operator's job is to take it
 * up with the source, not to read the person's data.
 */
import type { Db } from '../platform/db.ts';
import { canonicalJson } from './fact-hash.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields in which two versions of an event differ, as dotted paths
 * (`title.kind`), sorted. Key order does not matter; an array that differs
 * anywhere is named as a whole. The eventId is the same by definition.
 */
export function differingFields(original: unknown, repeat: unknown, prefix = ''): string[] {
  if (!isPlainObject(original) || !isPlainObject(repeat))
    return canonicalJson(original) === canonicalJson(repeat) ? [] : [prefix || '(event)'];
  const keys = new Set([...Object.keys(original), ...Object.keys(repeat)]);
  const fields: string[] = [];
  for (const key of keys) {
    const a = original[key];
    const b = repeat[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(a) && isPlainObject(b)) fields.push(...differingFields(a, b, path));
    else if (canonicalJson(a) !== canonicalJson(b)) fields.push(path);
  }
  return fields.sort();
}

export type ConflictChannel = 'api' | 'file';

export interface EventConflict {
  source: string;
  eventId: string;
  /** The logged original, or null when it came earlier in the same (refused) delivery. */
  originalLogId: number | null;
  differingFields: string[];
}

export interface RecordedConflict extends EventConflict {
  id: number;
  channel: ConflictChannel;
  detectedAt: Date;
}

/** Records refused repeats; outside the delivery's transaction, which a refusal rolls back. */
export async function recordConflicts(
  db: Db,
  conflicts: readonly EventConflict[],
  channel: ConflictChannel,
): Promise<void> {
  if (conflicts.length === 0) return;
  await db
    .insertInto('event_conflicts')
    .values(
      conflicts.map((c) => ({
        source: c.source,
        event_id: c.eventId,
        event_log_id: c.originalLogId,
        differing_fields: JSON.stringify(c.differingFields),
        channel,
      })),
    )
    .execute();
}

export interface ConflictPage {
  conflicts: RecordedConflict[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

/** The recorded conflicts, newest first, a page at a time. */
export async function listConflicts(
  db: Db,
  { limit, before, source }: { limit: number; before?: number; source?: string },
): Promise<ConflictPage> {
  let query = db
    .selectFrom('event_conflicts')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (before !== undefined) query = query.where('id', '<', before);
  if (source !== undefined) query = query.where('source', '=', source);
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  return {
    conflicts: page.map((r) => ({
      id: Number(r.id),
      source: r.source,
      eventId: r.event_id,
      originalLogId: r.event_log_id === null ? null : Number(r.event_log_id),
      differingFields: r.differing_fields,
      channel: r.channel,
      detectedAt: new Date(r.detected_at),
    })),
    nextBefore: rows.length > limit ? Number(page.at(-1)?.id) : null,
  };
}
