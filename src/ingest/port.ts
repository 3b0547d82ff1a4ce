/**
 * The projection port: what the pipeline asks of a module that keeps a
 * projection of the event log. The pipeline owns this interface and never
 * imports a projection; the composition root (src/pipeline.ts) hands it the
 * projections in order. Ingest and rebuild run the same three steps per batch:
 * `load` the state the batch needs, `check` each event in delivery order,
 * `write` what the applied events changed.
 */
import type { InboundEvent } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';

/** An event with the log id it has (rebuild) or will get (ingest). */
export interface Sequenced {
  event: InboundEvent;
  logId: number;
  factHash: string;
}

/** What every projection may consult while it loads: the reference data the events are checked against. */
export interface ProjectionContext {
  catalog: ReferenceCatalog;
}

/**
 * One projection's verdict on one event. `refuse` stops the event for every
 * projection: nothing of it is applied or logged. `apply` is not applied yet:
 * only when every projection applies does the pipeline run each `commit`, in
 * order, so the events after it see its effect. `result` is what later
 * projections (and the caller, per event) may read of this decision.
 */
export type Verdict =
  | { status: 'refuse'; errors: FieldError[] }
  | { status: 'apply'; commit?: () => void; warnings?: readonly string[]; result?: unknown };

/** The results of the projections before this one for the same event, by projection name. */
export type Earlier = ReadonlyMap<string, unknown>;

/** Warnings per log id, from writing (a possible duplicate person, for instance). */
export type Warnings = ReadonlyMap<number, readonly string[]>;

export interface Projection<S> {
  /** Unique among the projections; the key of its results in `Earlier`. */
  readonly name: string;
  /** Every table `write` writes: a rebuild copies and swaps exactly these. */
  readonly tables: readonly string[];
  /** The state the batch's events are checked against, loaded once per batch. */
  load(db: Db, batch: readonly Sequenced[], context: ProjectionContext): Promise<S>;
  /** Pure: the verdict on one event, given the state the events before it left. */
  check(state: S, item: Sequenced, earlier: Earlier): Verdict;
  /** Writes what the applied events changed. */
  write(db: Db, state: S): Promise<Warnings>;
  /**
   * Rows that people, not events, decide (a status set by hand): a rebuild
   * copies them into the rebuilt tables in `schema` before the replay, and
   * takes over what changed meanwhile just before the swap.
   */
  readonly keep?: {
    copy(db: Db, schema: string): Promise<void>;
    takeOver(db: Db, schema: string): Promise<void>;
  };
}

/**
 * A projection of any state: the pipeline only hands each state back to its own
 * projection (the methods' parameters are bivariant, so every Projection<S> is one).
 */
export type AnyProjection = Projection<unknown>;

/** What ingest and rebuild need besides the database: the reference data and the projections, in order. */
export interface Projections {
  catalog: ReferenceCatalog;
  projections: readonly AnyProjection[];
}

/** Every table of the projections, in order; a table claimed twice is a wiring mistake. */
export function projectionTables(projections: readonly AnyProjection[]): string[] {
  const tables = projections.flatMap((p) => p.tables);
  const twice = tables.filter((t, i) => tables.indexOf(t) !== i);
  if (twice.length > 0) throw new Error(`projection tables claimed twice: ${twice.join(', ')}`);
  return tables;
}
