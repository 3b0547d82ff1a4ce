/**
 * The simulation engine: a discrete-event simulation over Dutch calendar
 * days. Every person with something still to happen sits in one agenda keyed
 * by the moment of their next event; arrivals (admissions of new or returning
 * people) are actors in the same agenda. The engine pops the earliest actor,
 * writes its event, and puts it back at its next moment, so events come out in
 * time order and only the people with a future are held in memory.
 *
 * The run-in: people already detained on the first day of the period are
 * drawn directly from the steady state (an admission at a uniform moment in
 * the past, kept when the stay reaches the period: a stay of length L is kept
 * with a probability proportional to L, as in reality), and their earlier
 * events are written too, dated before the period, so a file is ingestible on
 * its own.
 */

import { addYears, DAY_CLOSES, DAY_OPENS, dayOf, dayOfMoment, momentOf } from './calendar.ts';
import { EventWriter } from './engine-events.ts';
import {
  type Actor,
  type EventObserver,
  type KnownAddress,
  PARKET_CODES,
  type Person,
  type SimulationStats,
  type Stream,
  type StreamKind,
} from './engine-model.ts';
import {
  drawJuvenileCase,
  drawPrisonBeforeTbs,
  drawPrisonCase,
  drawTbsCase,
  isJuvenileAge,
  planJuvenile,
  planPrison,
  planTbs,
} from './episodes.ts';
import { Deliveries } from './mistakes.ts';
import { type Sector, type SimEvent, zeroPerType } from './model.ts';
import { OffencePicker } from './offences.ts';
import { ADULT_AGE, birthDayForAge, JUVENILE_AGE, randomIdentity } from './people.ts';
import { Municipalities, randomAddress, type SimulationCatalog } from './places.ts';
import { type CaseNumbers, type Item, Plan, type PlanContext, type PlannedEpisode, RANK } from './plan.ts';
import { type Calibration, NATIONAL, type ResolvedOptions } from './presets.ts';
import { Agenda } from './queue.ts';
import { Rng, WeightedPicker } from './rng.ts';

/** Days a released person stays a candidate for re-admission. */
const READMISSION_WINDOW_DAYS = 2 * 365;
/**
 * Share of released people who may come back within that window (WODC: about
 * half of ex-prisoners are reconvicted within two years). The others are
 * forgotten at once, which keeps memory to the people who can still act.
 */
const RETURNING_SHARE = 0.5;
/** Run-in windows: the longest stay each stream produces, in days. */
const RUN_IN_WINDOW: Readonly<Record<StreamKind, number>> = {
  prison: 7_300,
  juvenile: 6 * 365 + 300,
  tbs: 20 * 365 + 1,
  'prison-then-tbs': 8 * 365,
};
const MALE_SHARE: Readonly<Record<Sector, number>> = { GW: 0.93, JJI: 0.9, TBS: 0.94 };
class CaseBook implements CaseNumbers {
  readonly #perYear = new Map<number, number>();
  next(year: number, rng: Rng): string {
    const n = (this.#perYear.get(year) ?? 0) + 1;
    this.#perYear.set(year, n);
    return `${rng.pick(PARKET_CODES)}/${String(100_000 + n).padStart(6, '0')}-${String(year % 100).padStart(2, '0')}`;
  }
}

export class Engine {
  readonly stats: SimulationStats;
  readonly #options: ResolvedOptions;
  readonly #calibration: Calibration;
  readonly #rng: Rng;
  readonly #ctx: PlanContext;
  readonly #municipalities: Municipalities;
  readonly #agenda = new Agenda<Actor>();
  readonly #deliveries: Deliveries;
  readonly #observer: EventObserver | undefined;
  readonly #writer: EventWriter;
  readonly #fromDay: number;
  readonly #toMoment: number;
  /** Released people, oldest release first, from `#poolHead` on (entries before it are cleared). */
  #pool: ({ person: Person; day: number } | undefined)[] = [];
  #poolHead = 0;
  #nextPersonId = 0;

  constructor(
    options: ResolvedOptions,
    catalog: SimulationCatalog,
    calibration: Calibration = NATIONAL,
    observer?: EventObserver,
  ) {
    this.#options = options;
    this.#observer = observer;
    this.#calibration = calibration;
    const root = Rng.fromSeed(options.seed);
    this.#rng = root.fork(0);
    this.#deliveries = new Deliveries(options.errorRate, root.fork(1), (source) =>
      this.#writer.eventId(source),
    );
    this.#ctx = {
      rng: this.#rng,
      offences: new OffencePicker(catalog.data.offences, options.seriousOffenceBoost),
      cases: new CaseBook(),
      escapeChance: calibration.escapeChance * options.escapeBoost,
    };
    this.#municipalities = new Municipalities(catalog);
    const bySector = (sector: Sector) =>
      new WeightedPicker(
        catalog.data.institutions.filter((i) => i.sector === sector).map((i) => [i, i.capacity] as const),
      );
    const institutions = { GW: bySector('GW'), JJI: bySector('JJI'), TBS: bySector('TBS') };
    this.#fromDay = dayOf(options.from);
    this.#toMoment = momentOf(dayOf(options.to), 0);
    this.stats = {
      lines: 0,
      runInLines: 0,
      byType: zeroPerType(),
      persons: 0,
      runInPersons: 0,
      mistakes: this.#deliveries.counts,
    };
    this.#writer = new EventWriter({
      rng: this.#rng,
      municipalities: this.#municipalities,
      institutions,
      deliveries: this.#deliveries,
      observer,
      stats: this.stats,
      fromMoment: momentOf(this.#fromDay, 0),
    });
  }

  /** Yearly rates of the four arrival streams at the run's scale. */
  #ratePerDay(kind: StreamKind): number {
    const c = this.#calibration;
    const { scale, smallSectorBoost } = this.#options;
    const tbs = c.tbsAdmissionsPerYear * scale * smallSectorBoost;
    const perYear =
      kind === 'prison'
        ? c.prisonAdmissionsPerYear * scale - tbs * c.tbsAfterPrisonShare
        : kind === 'juvenile'
          ? c.juvenileAdmissionsPerYear * scale * smallSectorBoost
          : kind === 'tbs'
            ? tbs * (1 - c.tbsAfterPrisonShare)
            : tbs * c.tbsAfterPrisonShare;
    return Math.max(0, perYear) / 365;
  }

  /** The events one by one. */
  *events(): Generator<SimEvent> {
    for (const batch of this.batches()) for (let i = 0; i < batch.length; i++) yield batch[i] as SimEvent;
  }

  /**
   * The events in batches (a few hundred at a time): the fast form for
   * writers. A batch array is reused: read it before asking for the next.
   */
  *batches(): Generator<readonly SimEvent[]> {
    const batch: SimEvent[] = [];
    const next = this.#stepper((event) => batch.push(event));
    let more = true;
    while (more) {
      more = next();
      if (batch.length > 0) yield batch;
      batch.length = 0;
    }
  }

  /**
   * Starts the run and returns a step function: each call handles a batch of
   * actors, passing their events to `sink`; false when the run is over (the
   * last events, held back ones included, have then been passed).
   */
  #stepper(sink: (event: SimEvent) => void): () => boolean {
    this.#seedRunIn();
    for (const kind of ['prison', 'juvenile', 'tbs', 'prison-then-tbs'] as const) {
      const rate = this.#ratePerDay(kind);
      if (rate === 0) continue;
      const stream: Stream = {
        actor: 'stream',
        kind,
        meanGap: 1 / rate,
        nextDay: this.#fromDay,
        at: 0,
        stamp: 0,
      };
      this.#advance(stream);
    }
    const out = this.#writer.out;
    const agenda = this.#agenda;
    const end = this.#toMoment;
    let done = false;
    const flush = () => {
      for (let i = 0; i < out.length; i++) sink(this.#count(out[i] as SimEvent));
      out.length = 0;
    };
    return () => {
      if (done) return false;
      for (let steps = 0; steps < 256; steps++) {
        const actor = agenda.pop();
        if (actor === undefined || actor.at >= end) {
          done = true;
          this.#deliveries.flush(out);
          flush();
          return false;
        }
        if (actor.actor === 'stream') {
          this.#arrive(actor);
          this.#advance(actor);
        } else {
          this.#writer.emit(actor, actor.plan.pop() as Item);
          const next = actor.plan[actor.plan.length - 1];
          if (next) {
            actor.at = next.at;
            agenda.push(actor);
          } else {
            this.#retire(actor);
          }
        }
      }
      flush();
      return true;
    };
  }

  #count(event: SimEvent): SimEvent {
    const stats = this.stats;
    stats.lines++;
    stats.byType[event.type]++;
    // occurredAt starts with the local date, and `from` is a local date.
    if (event.occurredAt < this.#options.from) stats.runInLines++;
    return event;
  }

  #advance(stream: Stream): void {
    stream.nextDay += this.#rng.exponential(stream.meanGap);
    // Arrivals act at the start of their day, before any event of that day.
    stream.at = momentOf(Math.floor(stream.nextDay), 0);
    this.#agenda.push(stream);
  }

  // -------------------------------------------------------------------------
  // Who arrives

  #seedRunIn(): void {
    const rng = this.#rng;
    for (const kind of ['prison', 'juvenile', 'tbs', 'prison-then-tbs'] as const) {
      const rate = this.#ratePerDay(kind);
      // The TBS stock holds everyone in a clinic, whichever way they came.
      const perDay = kind === 'tbs' ? rate + this.#ratePerDay('prison-then-tbs') : rate;
      const window = RUN_IN_WINDOW[kind];
      const candidates = Math.round(perDay * window);
      for (let i = 0; i < candidates; i++) {
        const back = rng.float() * window;
        const admissionDay = this.#fromDay - 1 - Math.floor(back);
        switch (kind) {
          case 'prison': {
            const c = drawPrisonCase(rng);
            if (back < c.length)
              this.#startPerson('GW', admissionDay, (plan) => planPrison(this.#ctx, plan, admissionDay, c));
            break;
          }
          case 'juvenile': {
            const c = drawJuvenileCase(rng);
            if (back < c.length) {
              this.#startPerson('JJI', admissionDay, (plan, p) =>
                planJuvenile(this.#ctx, plan, admissionDay, p.birthDay, c),
              );
            }
            break;
          }
          case 'tbs': {
            const c = drawTbsCase(rng);
            if (back < c.length)
              this.#startPerson('TBS', admissionDay, (plan) => planTbs(this.#ctx, plan, admissionDay, c));
            break;
          }
          case 'prison-then-tbs': {
            const c = drawPrisonBeforeTbs(rng);
            if (back < c.length)
              this.#startPerson('GW', admissionDay, (plan) => this.#planPrisonThenTbs(plan, admissionDay, c));
            break;
          }
        }
      }
    }
  }

  #arrive(stream: Stream): void {
    const rng = this.#rng;
    const day = Math.floor(stream.nextDay);
    const c = this.#calibration;
    switch (stream.kind) {
      case 'prison': {
        const pc = drawPrisonCase(rng);
        // Pre-trial detention follows a few days in police custody.
        const admissionDay = day + (pc.kind === 'pre-trial' ? rng.int(0, 3) : 0);
        const returning = rng.chance(c.prisonReadmissionShare)
          ? this.#pickReturning(day, (p) => p.birthDay <= addYears(admissionDay, -18))
          : undefined;
        const plan = (into: Plan) => planPrison(this.#ctx, into, admissionDay, pc);
        if (returning) this.#restartPerson(returning, day, plan);
        else this.#startPerson('GW', admissionDay, plan, day);
        break;
      }
      case 'juvenile': {
        const jc = drawJuvenileCase(rng);
        const admissionDay = day + rng.int(0, 3);
        const returning = rng.chance(c.juvenileReadmissionShare)
          ? this.#pickReturning(day, (p) => p.lastSector === 'JJI' && isJuvenileAge(p.birthDay, admissionDay))
          : undefined;
        const plan = (into: Plan, p: Person) => planJuvenile(this.#ctx, into, admissionDay, p.birthDay, jc);
        if (returning) this.#restartPerson(returning, day, plan);
        else this.#startPerson('JJI', admissionDay, plan, day);
        break;
      }
      case 'tbs': {
        const tc = drawTbsCase(rng);
        this.#startPerson('TBS', day, (into) => planTbs(this.#ctx, into, day, tc), day);
        break;
      }
      case 'prison-then-tbs': {
        const pc = drawPrisonBeforeTbs(rng);
        this.#startPerson('GW', day, (into) => this.#planPrisonThenTbs(into, day, pc), day);
        break;
      }
    }
  }

  /**
   * Someone sentenced to prison and TBS: the prison part, then a transfer to a
   * clinic in the same episode (no release in between).
   */
  #planPrisonThenTbs(
    plan: Plan,
    admissionDay: number,
    c: ReturnType<typeof drawPrisonBeforeTbs>,
  ): PlannedEpisode {
    const prison = planPrison(this.#ctx, plan, admissionDay, c, 'tbs');
    const title = prison.episode.title;
    this.#observer?.tbsFollows?.(title);
    const tbs = planTbs(this.#ctx, plan, prison.releaseDay, drawTbsCase(this.#rng), {
      episode: prison.episode,
      title,
      offences: title.offences,
      category: prison.episode.category,
    });
    return { episode: tbs.episode, admissionDay, releaseDay: tbs.releaseDay };
  }

  /** A random released person matching `fits`, or undefined. */
  #pickReturning(day: number, fits: (p: Person) => boolean): Person | undefined {
    const pool = this.#pool;
    while (this.#poolHead < pool.length && (pool[this.#poolHead]?.day ?? 0) < day - READMISSION_WINDOW_DAYS) {
      pool[this.#poolHead++] = undefined;
    }
    if (this.#poolHead > 10_000 && this.#poolHead * 2 > pool.length) {
      this.#pool = pool.slice(this.#poolHead);
      this.#poolHead = 0;
    }
    const size = this.#pool.length - this.#poolHead;
    if (size === 0) return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = this.#pool[this.#poolHead + this.#rng.int(0, size - 1)];
      if (entry?.person.idle && entry.day < day - 7 && fits(entry.person)) {
        entry.person.idle = false;
        return entry.person;
      }
    }
    return undefined;
  }

  #retire(person: Person): void {
    if (!this.#rng.chance(RETURNING_SHARE)) return;
    person.idle = true;
    person.plan = [];
    // A later episode needs the last address and the last one outside an institution.
    const last = person.addresses.length;
    if (last > 2) person.addresses = person.addresses.slice(last - 2);
    this.#pool.push({ person, day: dayOfMoment(person.at) });
  }

  // -------------------------------------------------------------------------
  // Plans

  /**
   * A new person, registered on `registrationDay` (default: a few days before
   * admission), with their BRP address history and a first episode.
   */
  #startPerson(
    sector: Sector,
    admissionDay: number,
    planEpisode: (plan: Plan, person: Person) => PlannedEpisode,
    registrationDay = admissionDay - this.#rng.int(0, 3),
  ): void {
    const rng = this.#rng;
    let birthDay: number;
    if (sector === 'JJI') {
      birthDay = birthDayForAge(JUVENILE_AGE.pick(rng), admissionDay, rng);
    } else {
      const [lo, hi] = ADULT_AGE.pick(rng);
      birthDay = birthDayForAge(rng.int(lo, hi), admissionDay, rng);
    }
    const withBsn = rng.chance(sector === 'JJI' ? 0.97 : 0.94);
    const person: Person = {
      actor: 'person',
      id: this.#nextPersonId++,
      skn: '',
      birthDay,
      identity: randomIdentity(MALE_SHARE[sector], rng),
      withBsn,
      addresses: [],
      plan: [],
      institution: undefined,
      episode: undefined,
      lastSector: undefined,
      idle: false,
      at: 0,
      stamp: 0,
    };
    const plan = new Plan();
    const day = Math.min(registrationDay, admissionDay);
    plan.add(day, RANK.registration, 'person');
    const fixedAddress = rng.chance(withBsn ? 0.95 : 0.2);
    const earliest = this.#municipalities.earliestDay;
    if (fixedAddress && day >= earliest) {
      const current = Math.max(birthDay, earliest, day - Math.round(rng.logNormal(4 * 365, 1)));
      if (rng.chance(0.3)) {
        const earlier = Math.max(birthDay, current - Math.round(rng.logNormal(3 * 365, 0.8)));
        if (earlier < current) this.#planAddress(plan, earlier, day, RANK.registration);
      }
      this.#planAddress(plan, current, day, RANK.registration);
    }
    const episode = planEpisode(plan, person);
    if (fixedAddress && day < earliest && episode.releaseDay > earliest + 1) {
      // Registered before the reference data's first municipalities: the address follows on that day.
      const delivered = earliest + rng.int(0, Math.min(90, episode.releaseDay - earliest - 1));
      this.#planAddress(plan, earliest, delivered, RANK.during);
    }
    this.#planAround(plan, episode, fixedAddress);
    this.#schedule(person, plan);
  }

  /** A known person comes back: sometimes with a new address first. */
  #restartPerson(
    person: Person,
    day: number,
    planEpisode: (plan: Plan, person: Person) => PlannedEpisode,
  ): void {
    const rng = this.#rng;
    const plan = new Plan();
    const lastAddress = person.addresses[person.addresses.length - 1];
    let fixedAddress = lastAddress !== undefined && !lastAddress.institution;
    if (fixedAddress && rng.chance(0.2)) {
      const validFrom = Math.max((lastAddress as KnownAddress).validFrom + 1, day - rng.int(30, 400));
      if (validFrom <= day) this.#planAddress(plan, validFrom, day, RANK.registration);
    } else if (lastAddress === undefined && person.withBsn && rng.chance(0.7)) {
      fixedAddress = this.#planAddress(plan, day - rng.int(30, 400), day, RANK.registration);
    }
    const episode = planEpisode(plan, person);
    this.#planAround(plan, episode, fixedAddress);
    this.#schedule(person, plan);
  }

  /**
   * An address valid from `validFrom`, delivered on `day`. None (false) when
   * the reference data has no municipality on that date.
   */
  #planAddress(plan: Plan, validFrom: number, day: number, rank: number): boolean {
    const municipality = this.#municipalities.pickOn(validFrom, this.#rng);
    if (!municipality) return false;
    plan.addAddress(Math.max(day, validFrom), rank, validFrom, randomAddress(municipality, this.#rng));
    return true;
  }

  /**
   * Address events around an episode: registration at the institution during a
   * long stay (GW, TBS; written only if the institution's address is complete,
   * see EventWriter.emit), a move during detention, and after release a new
   * address (always for who was registered at the institution, sometimes for
   * others).
   */
  #planAround(plan: Plan, planned: PlannedEpisode, fixedAddress: boolean): void {
    const rng = this.#rng;
    const { admissionDay, releaseDay, episode } = planned;
    const length = releaseDay - admissionDay;
    let atInstitution = false;
    if (episode.sector !== 'JJI' && length > 365 && rng.chance(fixedAddress ? 0.3 : 0.6)) {
      // Registered at the (then current) institution; delivered some days after.
      const day = admissionDay + rng.int(60, Math.min(365, length - 30));
      plan.add(day, RANK.during, 'institution-address', undefined, day - rng.int(0, 10));
      atInstitution = true;
    } else if (fixedAddress && length > 180 && rng.chance(0.03)) {
      const day = admissionDay + rng.int(30, length - 30);
      this.#planAddress(plan, day - rng.int(0, 14), day, RANK.during);
    }
    if (rng.chance(atInstitution ? 0.8 : 0.1)) {
      const validFrom = releaseDay + (atInstitution ? rng.int(0, 45) : rng.int(14, 180));
      this.#planAddress(plan, validFrom, validFrom + rng.int(0, 7), RANK.after);
    }
  }

  /** Gives every item a moment (ordered within its day, 07:00–22:00) and puts the person in the agenda. */
  #schedule(person: Person, plan: Plan): void {
    const items = plan.items.sort((a, b) => a.day - b.day || a.order - b.order);
    const rng = this.#rng;
    let i = 0;
    while (i < items.length) {
      const day = (items[i] as Item).day;
      let j = i + 1;
      while (j < items.length && (items[j] as Item).day === day) j++;
      const base = momentOf(day, 0);
      if (j - i === 1) {
        (items[i] as Item).at = base + rng.int(DAY_OPENS, DAY_CLOSES - 1);
      } else {
        const seconds: number[] = [];
        for (let k = i; k < j; k++) seconds.push(rng.int(DAY_OPENS, DAY_CLOSES - 1));
        seconds.sort((a, b) => a - b);
        for (let k = i; k < j; k++) (items[k] as Item).at = base + (seconds[k - i] as number);
      }
      i = j;
    }
    person.at = (items[0] as Item).at;
    person.plan = items.reverse();
    this.#agenda.push(person);
  }
}
