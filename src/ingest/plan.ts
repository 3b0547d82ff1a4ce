/**
 * The projections of the event log, applied a batch at a time in two steps:
 * `planProjections` checks every event against the state the events before it
 * leave and decides (apply, refuse, or skip a fact already known);
 * `writeProjections` writes what the applied events changed. Ingest logs the
 * events between the two steps; `ketenzicht rebuild` runs the same two steps
 * over the log. Which projections there are is not known here: they come
 * through the port (port.ts), in the order the composition root lists them.
 */
import { findEarliestFacts } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { AnyProjection, Projections, Sequenced, Verdict } from './port.ts';

export type { Sequenced };

export type Decision =
  | {
      status: 'apply';
      warnings: string[];
      /** Each projection's result for this event, by projection name. */
      results: ReadonlyMap<string, unknown>;
    }
  | { status: 'known-fact'; warnings: string[] }
  | { status: 'refuse'; errors: FieldError[] };

export interface Plan {
  decisions: Decision[];
  /** Each projection with the state its checks left, in order. */
  states: { projection: AnyProjection; state: unknown }[];
}

const KNOWN_FACT = 'the same fact was delivered before under another eventId: nothing changed';

export async function planProjections(
  db: Db,
  batch: readonly Sequenced[],
  { catalog, projections }: Projections,
): Promise<Plan> {
  const [earliest, ...loaded] = await Promise.all([
    findEarliestFacts(
      db,
      batch.map((s) => s.factHash),
    ),
    ...projections.map((p) => p.load(db, batch, { catalog })),
  ]);
  const states = projections.map((projection, i) => ({ projection, state: loaded[i] }));
  const seen = new Map(earliest);
  const decisions = batch.map((item): Decision => {
    const first = seen.get(item.factHash);
    if (first !== undefined && first < item.logId) return { status: 'known-fact', warnings: [KNOWN_FACT] };
    const results = new Map<string, unknown>();
    const verdicts: Extract<Verdict, { status: 'apply' }>[] = [];
    for (const { projection, state } of states) {
      const verdict = projection.check(state, item, results);
      // One refusal stops the event for every projection: none has committed anything of it yet.
      if (verdict.status === 'refuse') return { status: 'refuse', errors: verdict.errors };
      verdicts.push(verdict);
      results.set(projection.name, verdict.result);
    }
    for (const verdict of verdicts) verdict.commit?.();
    seen.set(item.factHash, item.logId);
    return { status: 'apply', warnings: verdicts.flatMap((v) => v.warnings ?? []), results };
  });
  return { decisions, states };
}

/** Writes what the applied events of a plan changed, projection by projection; returns warnings per log id. */
export async function writeProjections(db: Db, plan: Plan): Promise<Map<number, string[]>> {
  const warnings = new Map<number, string[]>();
  for (const { projection, state } of plan.states) {
    for (const [logId, ws] of await projection.write(db, state)) {
      warnings.set(logId, [...(warnings.get(logId) ?? []), ...ws]);
    }
  }
  return warnings;
}
