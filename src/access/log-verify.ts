/**
 * `ketenzicht audit verify`: the keyed hash chains of the processing and
 * audit logs, checked against the signed checkpoints outside the database.
 * The chain finds a row changed, inserted or removed in the middle, and a row
 * written without the audit key; the checkpoints find rows cut from the end
 * and a table emptied, which leave a valid (shorter) chain behind. Rows
 * written after the last checkpoint are covered by the keyed chain alone.
 */
import type { Db } from '../platform/db.ts';
import { type ChainHead, type Checkpoint, readCheckpoints } from './checkpoint.ts';
import { keyedFrom, LOG_TABLES, type LogTable, verifyChain } from './processing-log.ts';

export interface LogVerification {
  /** What was checked and holds, one line each. */
  findings: string[];
  /** What does not hold, one line each; any problem is a failed check. */
  problems: string[];
}

interface Anchor {
  checkpoint: Checkpoint;
  head: ChainHead & { lastId: number };
}

const label = (c: Checkpoint) => `checkpoint #${c.seq} (${c.at})`;

async function verifyTable(
  db: Db,
  table: LogTable,
  auditKey: string,
  checkpoints: readonly Checkpoint[],
  out: LogVerification,
): Promise<number> {
  const anchors = new Map<number, Anchor[]>();
  let lastHead: { checkpoint: Checkpoint; head: ChainHead } | undefined;
  for (const checkpoint of checkpoints) {
    const head = checkpoint.chains.find((h) => h.chain === table);
    if (!head) {
      out.problems.push(`${table}: ${label(checkpoint)} has no head for this chain`);
      continue;
    }
    lastHead = { checkpoint, head };
    if (head.lastId === null) continue;
    const list = anchors.get(head.lastId) ?? [];
    list.push({ checkpoint, head: { ...head, lastId: head.lastId } });
    anchors.set(head.lastId, list);
  }

  const recorded = await keyedFrom(db, table);
  if (recorded === null) out.problems.push(`${table}: its record in log_chains is missing (it was removed)`);
  const moved = checkpoints.find((c) => {
    const head = c.chains.find((h) => h.chain === table);
    return head !== undefined && head.keyedFrom !== recorded;
  });
  if (moved)
    out.problems.push(
      `${table}: keyed hashes start at row ${recorded ?? '(none)'} in the database but at row ${
        moved.chains.find((h) => h.chain === table)?.keyedFrom ?? '(none)'
      } in ${label(moved)} (the boundary was moved)`,
    );

  const seen = new Set<Anchor>();
  const tail: { id: number | null } = { id: null };
  const report = await verifyChain(db, table, auditKey, (row, count) => {
    tail.id = row.id;
    for (const anchor of anchors.get(row.id) ?? []) {
      seen.add(anchor);
      if (anchor.head.head !== row.hash || anchor.head.count !== count)
        out.problems.push(
          `${table}: row ${row.id} is not the row ${label(anchor.checkpoint)} ended with (it recorded ${anchor.head.count} rows up to it; now ${count}): rows were removed, inserted or rewritten`,
        );
    }
  });
  if (report.brokenAt !== null) {
    out.problems.push(`${table}: BROKEN at row ${report.brokenAt}: ${report.reason}`);
    return report.rows;
  }
  out.findings.push(`${table}: ${report.rows} rows, chain intact`);

  // Of the checkpoints whose last row is gone, the newest tells the most; the others say the same.
  const missed = [...anchors.values()].flat().filter((a) => !seen.has(a));
  const newest = missed.at(-1);
  if (newest) {
    const others = missed.length > 1 ? ` (and ${missed.length - 1} earlier checkpoints)` : '';
    const end =
      tail.id === null
        ? 'the log is now empty'
        : `the log now ends at row ${tail.id} with ${report.rows} rows`;
    out.problems.push(
      newest.head.lastId > (tail.id ?? 0)
        ? `${table}: CUT: ${label(newest.checkpoint)} recorded ${newest.head.count} rows up to row ${newest.head.lastId}; ${end}${others}`
        : `${table}: row ${newest.head.lastId}, the last row of ${label(newest.checkpoint)}, is gone${others}`,
    );
  } else if (lastHead) {
    const after = report.rows - lastHead.head.count;
    out.findings.push(
      `${table}: matches ${label(lastHead.checkpoint)}; ${after} rows written since are covered by the keyed chain only`,
    );
  }
  return report.rows;
}

/** Checks both logs against the checkpoints in `checkpointDir`; signed with `auditKey`. */
export async function verifyLogs(
  db: Db,
  { auditKey, checkpointDir }: { auditKey: string; checkpointDir: string },
): Promise<LogVerification> {
  const out: LogVerification = { findings: [], problems: [] };
  const file = await readCheckpoints({ dir: checkpointDir, auditKey });
  out.problems.push(...file.problems);
  let rows = 0;
  for (const table of LOG_TABLES) rows += await verifyTable(db, table, auditKey, file.checkpoints, out);
  if (file.checkpoints.length > 0) {
    const last = file.checkpoints.at(-1) as Checkpoint;
    out.findings.push(`checkpoints: ${file.checkpoints.length} in ${file.file}, the last ${label(last)}`);
  } else if (rows > 0)
    out.problems.push(
      `checkpoints: none in ${file.file}, yet the logs hold ${rows} rows: the checkpoints were removed, or KETENZICHT_CHECKPOINT_DIR points elsewhere (on a store upgraded just now, the service writes the first when it starts)`,
    );
  else out.findings.push(`checkpoints: none yet in ${file.file} (the logs are empty)`);
  return out;
}
