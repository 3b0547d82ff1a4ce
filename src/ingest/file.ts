/**
 * Bulk ingest of a JSONL file (one event per line), streaming: memory stays
 * constant whatever the file's size. A bad line is reported with its number
 * and does not stop the good ones.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import { type IngestContext, type IngestOutcome, ingestIndependently, prepareBatch } from './ingest.ts';

/** Events per transaction when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 2000;

/** A line longer than this is rejected unread: no event of the contract comes near it. */
export const MAX_LINE_BYTES = 1024 * 1024;

export interface FileIngestSummary {
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  blank: number;
}

export interface FileIngestOptions {
  /** Events per transaction. */
  batchSize?: number;
  onRejected?: (lineNumber: number, errors: FieldError[]) => void;
  /** Every event's outcome, in file order (replay prints the notices from it). */
  onOutcome?: (lineNumber: number, outcome: IngestOutcome) => void;
  onProgress?: (bytesRead: number, summary: FileIngestSummary) => void;
}

/** A line read: its event, or why it was refused unread (kept in line so reports stay in file order). */
type Pending = { lineNumber: number; value: unknown } | { lineNumber: number; errors: FieldError[] };

export function openInput(file: string): { stream: Readable; size: number | undefined } {
  if (file === '-') return { stream: process.stdin, size: undefined };
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new Error(`${file} is not a file`);
  return { stream: fs.createReadStream(file), size: stat.size };
}

export async function ingestStream(
  db: Db,
  input: Readable,
  ctx: IngestContext,
  options: FileIngestOptions = {},
): Promise<FileIngestSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: FileIngestSummary = { lines: 0, accepted: 0, duplicate: 0, rejected: 0, blank: 0 };
  let bytesRead = 0;
  let batch: Pending[] = [];
  let events = 0;

  const reject = (lineNumber: number, errors: FieldError[]) => {
    summary.rejected++;
    options.onRejected?.(lineNumber, errors);
  };
  const count = (pending: { lineNumber: number }, outcome: IngestOutcome) => {
    options.onOutcome?.(pending.lineNumber, outcome);
    if (outcome.status === 'rejected') reject(pending.lineNumber, outcome.errors);
    else summary[outcome.status]++;
  };
  // One batch is in the store while the next is read, parsed and validated: the store's work
  // leaves this thread idle. Batches commit one after the other and report in file order.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    events = 0;
    const prepared = prepareBatch(
      pending.flatMap((p) => ('value' in p ? [p.value] : [])),
      ctx,
    );
    await inFlight;
    const read = bytesRead;
    inFlight = (prepared.raws.length > 0 ? ingestIndependently(db, prepared, ctx) : Promise.resolve([])).then(
      (outcomes) => {
        let next = 0;
        for (const p of pending) {
          if ('errors' in p) reject(p.lineNumber, p.errors);
          else count(p, outcomes[next++] as IngestOutcome);
        }
        options.onProgress?.(read, summary);
      },
    );
    // Awaited before the next batch or at the end; until then a failure must not count as unhandled.
    inFlight.catch(() => {});
  };
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    summary.lines++;
    const lineNumber = summary.lines;
    const bytes = Buffer.byteLength(line) + 1;
    bytesRead += bytes;
    if (line.trim() === '') {
      summary.blank++;
      continue;
    }
    if (bytes > MAX_LINE_BYTES) {
      batch.push({
        lineNumber,
        errors: [{ field: '(line)', rule: 'size', message: `line is longer than ${MAX_LINE_BYTES} bytes` }],
      });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      batch.push({
        lineNumber,
        errors: [{ field: '(line)', rule: 'json', message: `not valid JSON: ${(error as Error).message}` }],
      });
      continue;
    }
    batch.push({ lineNumber, value });
    if (++events >= batchSize) await flush();
  }
  await flush();
  await inFlight;
  return summary;
}
