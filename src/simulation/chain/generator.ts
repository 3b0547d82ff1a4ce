/**
 * The chain partners' deliveries (src/statistics/deliveries.ts), simulated:
 * Politie (registered crimes and their suspects), OM (cases and decisions),
 * Rechtspraak (verdicts) and CJIB (executions), for the same persons and cases
 * as the detention events, plus the much larger part of the chain that never
 * reaches detention. See docs/simulation.md, "Chain extracts".
 *
 * Two sources of cases:
 *
 * - **Detention cases.** The generator watches the engine's events as they
 *   happen (an `EventObserver`, before source mistakes) and keeps each open
 *   detention case (admission → release) in memory. When the case closes it
 *   writes its whole history, fitted around the detention dates: the police
 *   registration and suspect before it, the OM case (parketnummer of the
 *   admission's title, inflow in the year of the parketnummer), the verdict
 *   (the title's sentence; for a pre-trial admission the judgment is the first
 *   change of the planned end date) and the CJIB executions (prison, TBS, PIJ:
 *   from admission to release).
 * - **Background cases**, day by day: registered crimes without a known
 *   suspect, and cleared ones whose suspect is a new person (SKN serials from
 *   6,000,000, apart from the detention persons' from 1,000,000) or someone
 *   offending again (a career: after each case a person may come back, more
 *   often after prison or a community service than after a fine). Each case is
 *   drawn whole when it is registered: lead times, the OM decision, the
 *   verdict and its sanctions, the executions and payments. The background
 *   starts two years before the period, so that the cases in progress on its
 *   first day are there; a case that ended before the period is not written.
 *   Sentences whose detention would start after the period (the engine does
 *   not make them) are drawn too, for their history before its end.
 *
 * The two are independent parts (ChainPart), each with its own random stream
 * and its own half of the registration numbers and parketnummers, so the
 * background can be made in a worker thread while the run goes
 * (../chain-writer.ts) and the rows are the same either way.
 *
 * Every fact dated on or after the period's end is left out (the extract is
 * taken then): a decision or verdict still to come is empty or absent, an
 * execution still running has no end. Same seed and options, same rows, byte
 * for byte; the chain draws from its own random stream, so the events do not
 * change when it runs.
 */
import type { EventObserver } from '../engine-model.ts';
import type { SimulationCatalog } from '../places.ts';
import type { ResolvedOptions } from '../presets.ts';
import { anticipate } from './anticipated.ts';
import { CHAIN_NATIONAL, type ChainCalibration } from './calibration.ts';
import { backgroundDay } from './cases.ts';
import { ChainContext } from './context.ts';
import { DetentionTracker } from './detention-events.ts';
import type { ChainSink } from './encoding.ts';
import type { ChainPart } from './records.ts';
import type { ChainSummary } from './summary.ts';

/**
 * Makes one part of the chain extracts of a run. Detention part: give
 * `observer` to the run's pass (`simulation.batches(generator.observer)`),
 * then call `finish()`. Background part: `finish()` makes it all. Rows go to
 * `sink` as they are made.
 */
export class ChainGenerator {
  readonly #ctx: ChainContext;
  readonly #detention: DetentionTracker;
  #finished = false;

  /** Pass to the run's pass: it sees every event as it happens. */
  readonly observer: EventObserver;

  constructor(
    options: ResolvedOptions,
    catalog: SimulationCatalog,
    sink: ChainSink,
    part: ChainPart,
    calibration: ChainCalibration = CHAIN_NATIONAL,
  ) {
    this.#ctx = new ChainContext(options, catalog, sink, part, calibration);
    const detention = new DetentionTracker(this.#ctx);
    this.#detention = detention;
    this.observer = {
      event: (event, at) => detention.observe(event, at),
      tbsFollows: (title) => detention.tbsFollows(title),
    };
  }

  /**
   * Detention part: writes what is still open (later offences up to the end,
   * cases in progress). Background part: makes it all. Returns the counts.
   */
  finish(): ChainSummary {
    const ctx = this.#ctx;
    const summary = ctx.tally.summary;
    if (this.#finished) return summary;
    this.#finished = true;
    if (ctx.part === 'background') {
      for (let day = ctx.backgroundFrom; day < ctx.toDay; day++) backgroundDay(ctx, day);
      anticipate(ctx);
      summary.persons = { detention: 0, background: ctx.numbers.serialsUsed };
      return summary;
    }
    summary.persons = { detention: this.#detention.finish(), background: 0 };
    return summary;
  }
}
