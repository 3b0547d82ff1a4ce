/**
 * The simulator: a deterministic synthetic criminal justice chain that writes
 * events in the inbound contract (../shared/contracts/events.md), in time
 * order, ingestible without a single rejection. See docs/simulation.md.
 *
 * ```ts
 * import { simulate, writeSimulation, summarizeSimulation } from '../simulation/index.ts';
 *
 * const run = simulate({ preset: 'demo', seed: 1 });   // nothing happens yet
 * for (const event of run) ingest(event);             // events, one at a time (streams)
 * await writeSimulation(run, process.stdout);          // or: JSONL to a stream
 * run.stats;                                           // counts of the last pass
 * summarizeSimulation(run);                            // one more pass: counts and notification estimates
 *
 * const chain = openChain(run, { dir: 'deliveries' });  // the chain partners' extracts of the same pass
 * await writeSimulation(run, process.stdout, chain.observer);
 * await chain.finish();                                  // counts per delivery and year
 * ```
 *
 * Same options (seed included) and same reference data → the same events,
 * byte for byte. A `Simulation` can be iterated more than once; each pass
 * starts from the seed again.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { Engine } from './engine.ts';
import type { EventObserver, SimulationStats } from './engine-model.ts';
import type { SimEvent } from './model.ts';
import type { SimulationCatalog } from './places.ts';
import { type ResolvedOptions, resolveOptions, type SimulationOptions } from './presets.ts';
import { type SimulationSummary, summarize } from './summary.ts';

export type { ChainCalibration, ChainPart, ChainSink, ChainSummary, ChainYear } from './chain/index.ts';
export { CHAIN_NATIONAL, ChainGenerator, csvText } from './chain/index.ts';
export type { ChainOptions, ChainRun } from './chain-writer.ts';
export { CsvDeliveryWriter, convertToParquet, openChain } from './chain-writer.ts';
export type { EventObserver, SimulationStats } from './engine-model.ts';
export type { MistakeCounts } from './mistakes.ts';
export type * from './model.ts';
export { EVENT_TYPES, SECTOR_SOURCE } from './model.ts';
export type { SimulationCatalog } from './places.ts';
export type { Calibration, Preset, PresetName, ResolvedOptions, SimulationOptions } from './presets.ts';
export { DEFAULT_ERROR_RATE, isPresetName, NATIONAL, PRESETS, resolveOptions } from './presets.ts';
export type { NotificationEstimate, SimulationSummary, SummaryOptions } from './summary.ts';
export { OffenceCategories, Summarizer, summarize } from './summary.ts';

export interface Simulation extends Iterable<SimEvent> {
  /** The options in force, preset defaults filled in. */
  readonly options: ResolvedOptions;
  readonly catalog: SimulationCatalog;
  /** Counts of the pass in progress or last finished (zero before the first). */
  readonly stats: SimulationStats;
  /**
   * The events in batches, a faster pass than one by one; each batch array is
   * reused. `observer` sees every event of the pass as it happens, before
   * source mistakes (the chain extracts are made that way); it does not change
   * the events.
   */
  batches(observer?: EventObserver): Iterable<readonly SimEvent[]>;
}

/**
 * A simulation run, lazily: events are made while they are read, so memory
 * holds only the people with something still to happen. Throws a RangeError
 * on invalid options.
 */
export function simulate(options: SimulationOptions = {}, catalog?: SimulationCatalog): Simulation {
  const resolved = resolveOptions(options);
  const reference = catalog ?? defaultReferenceCatalog();
  let engine = new Engine(resolved, reference);
  let started = false;
  const fresh = (observer?: EventObserver) => {
    if (started || observer !== undefined) engine = new Engine(resolved, reference, undefined, observer);
    started = true;
    return engine;
  };
  return {
    options: resolved,
    catalog: reference,
    get stats() {
      return engine.stats;
    },
    [Symbol.iterator]: () => fresh().events(),
    batches: (observer?: EventObserver) => fresh(observer).batches(),
  };
}

/** Bytes gathered before one write to the stream. */
const CHUNK = 1 << 20;

/**
 * Writes the simulation as JSONL (one event per line) to `output`, honouring
 * back-pressure; does not end the stream. Resolves with the run's counts;
 * rejects when the stream fails (a closed pipe, a full disk). `observer` (for
 * example `openChain(…).observer`) sees the events of the same pass.
 */
export async function writeSimulation(
  simulation: Simulation,
  output: Writable,
  observer?: EventObserver,
): Promise<SimulationStats> {
  let failure: unknown;
  const onError = (error: unknown) => {
    failure ??= error;
  };
  output.on('error', onError);
  try {
    let chunk = '';
    for (const batch of simulation.batches(observer)) {
      for (let i = 0; i < batch.length; i++) chunk += `${JSON.stringify(batch[i])}\n`;
      if (chunk.length >= CHUNK) {
        if (failure !== undefined) throw failure;
        if (!output.write(chunk)) await once(output, 'drain');
        chunk = '';
      }
    }
    if (chunk.length > 0 && !output.write(chunk)) await once(output, 'drain');
    if (failure !== undefined) throw failure;
    return simulation.stats;
  } finally {
    output.off('error', onError);
  }
}

/**
 * Runs the simulation (one more pass) and summarizes it: events in the
 * period, people held, source mistakes and the notification estimates. Keeps
 * every event id in memory: fine for a year, heavy for a decade.
 */
export function summarizeSimulation(simulation: Simulation): SimulationSummary {
  return summarize(simulation, {
    from: simulation.options.from,
    to: simulation.options.to,
    offences: simulation.catalog.data.offences,
  });
}
