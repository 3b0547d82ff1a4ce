/**
 * What the parts of the chain generator share for one run: the options, the
 * part being made and its random stream, the rates, the sink and the tally,
 * the number schemes, the careers waiting to offend again, and the first day
 * whose background is still to make. Every draw goes through `rng` in the
 * order the functions call it, so the same seed gives the same rows.
 */
import { dayOf } from '../calendar.ts';
import { OffencePicker } from '../offences.ts';
import { Municipalities, type SimulationCatalog } from '../places.ts';
import type { ResolvedOptions } from '../presets.ts';
import { Agenda } from '../queue.ts';
import { Rng } from '../rng.ts';
import { BACKGROUND_RUN_IN_DAYS, type ChainCalibration, type ChainRates, chainRates } from './calibration.ts';
import type { ChainSink } from './encoding.ts';
import { ChainNumbers } from './numbers.ts';
import type { Career, ChainPart } from './records.ts';
import { ChainTally } from './summary.ts';

export class ChainContext {
  readonly part: ChainPart;
  readonly options: ResolvedOptions;
  readonly sink: ChainSink;
  readonly calibration: ChainCalibration;
  readonly rates: ChainRates;
  readonly offences: OffencePicker;
  readonly rng: Rng;
  readonly municipalities: Municipalities;
  readonly fromDay: number;
  readonly toDay: number;
  /** First day of the background (two years before the period). */
  readonly backgroundFrom: number;
  readonly careers = new Agenda<Career>();
  readonly numbers: ChainNumbers;
  readonly tally: ChainTally;
  /** Detention part: the days before this one are done (housekeeping, later offences). */
  day = Number.NEGATIVE_INFINITY;

  constructor(
    options: ResolvedOptions,
    catalog: SimulationCatalog,
    sink: ChainSink,
    part: ChainPart,
    calibration: ChainCalibration,
  ) {
    this.part = part;
    this.options = options;
    this.sink = sink;
    this.calibration = calibration;
    this.offences = new OffencePicker(catalog.data.offences);
    this.rng = Rng.fromSeed(options.seed).fork(part === 'detention' ? 2 : 3);
    this.municipalities = new Municipalities(catalog);
    this.fromDay = dayOf(options.from);
    this.toDay = dayOf(options.to);
    this.backgroundFrom = this.fromDay - BACKGROUND_RUN_IN_DAYS;
    this.rates = chainRates(options, catalog, calibration);
    this.numbers = new ChainNumbers(part, this.rng);
    this.tally = new ChainTally(options.from, options.to);
  }
}
