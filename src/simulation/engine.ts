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

import { sknFromSerial } from '../identity/index.ts';
import type { Institution } from '../reference/index.ts';
import {
  addYears,
  DAY_CLOSES,
  DAY_OPENS,
  dayOf,
  dayOfMoment,
  isoDate,
  momentOf,
  occurredAt,
  yearOf,
} from './calendar.ts';
import {
  type CaseNumbers,
  drawJuvenileCase,
  drawPrisonBeforeTbs,
  drawPrisonCase,
  drawTbsCase,
  type Episode,
  type Item,
  isJuvenileAge,
  Plan,
  type PlanContext,
  type PlannedEpisode,
  planJuvenile,
  planPrison,
  planTbs,
  RANK,
} from './episodes.ts';
import { Deliveries, type MistakeCounts } from './mistakes.ts';
import {
  type Admission,
  type ReleaseScheduled,
  type RiskDomain,
  SECTOR_SOURCE,
  type Sector,
  type SimAddress,
  type SimEvent,
  type SimEventType,
  type SimTitle,
  type Source,
  zeroPerType,
} from './model.ts';
import { OffencePicker } from './offences.ts';
import {
  ADULT_AGE,
  birthDayForAge,
  bsnForSerial,
  type Identity,
  JUVENILE_AGE,
  randomIdentity,
} from './people.ts';
import { institutionAddress, Municipalities, randomAddress, type SimulationCatalog } from './places.ts';
import { type Calibration, NATIONAL, type ResolvedOptions } from './presets.ts';
import { Agenda, type Scheduled } from './queue.ts';
import { Rng, WeightedPicker } from './rng.ts';

interface KnownAddress {
  address: SimAddress;
  validFrom: number;
  institution: boolean;
}

interface Person extends Scheduled {
  actor: 'person';
  id: number;
  /** '' until the person-registered event is written. */
  skn: string;
  birthDay: number;
  /** Name and gender until the person-registered event is written (not kept after). */
  identity: Identity | undefined;
  withBsn: boolean;
  /** BRP addresses written so far, oldest first. */
  addresses: KnownAddress[];
  /** Planned items, the next one last (popped as they happen). */
  plan: Item[];
  institution: Institution | undefined;
  episode: Episode | undefined;
  lastSector: Sector | undefined;
  /** Nothing planned: may be re-admitted. */
  idle: boolean;
}

type StreamKind = 'prison' | 'juvenile' | 'tbs' | 'prison-then-tbs';

interface Stream extends Scheduled {
  actor: 'stream';
  kind: StreamKind;
  /** Mean days between arrivals. */
  meanGap: number;
  /** Time of the next arrival in (fractional) days. */
  nextDay: number;
}

type Actor = Person | Stream;

/**
 * Sees the run as it happens: the chain extracts (chain/) are made from it.
 * It must not touch the engine's random stream, so the events stay the same
 * with or without one.
 */
export interface EventObserver {
  /** Every event, before source mistakes, with its moment. */
  event(event: SimEvent, at: number): void;
  /** When planned: a prison sentence (its admission's title) that TBS in the same case will follow. */
  tbsFollows?(title: SimTitle): void;
}

/** Counts of what was written, kept while the run goes. */
export interface SimulationStats {
  /** Lines written, mistakes included. */
  lines: number;
  /** Lines dated before the period (the run-in). */
  runInLines: number;
  /** Lines per event type, mistakes included. */
  byType: Record<SimEventType, number>;
  /** Persons registered (person-registered written once per person). */
  persons: number;
  /** Of which registered before the period (the run-in). */
  runInPersons: number;
  mistakes: MistakeCounts;
}

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
/** Public prosecutor's office codes of the arrondissementsparketten, for case numbers. */
export const PARKET_CODES = ['01', '02', '03', '05', '07', '08', '09', '10', '13', '15', '16', '18'];
const SOURCE_ID_PREFIX: Readonly<Record<Source, string>> = {
  SKDB: 'skdb',
  'TULP-GW': 'tulp',
  JVS: 'jvs',
  MITS: 'mits',
  CJIB: 'cjib',
};

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
  readonly #institutions: Record<Sector, WeightedPicker<Institution>>;
  readonly #agenda = new Agenda<Actor>();
  readonly #deliveries: Deliveries;
  readonly #observer: EventObserver | undefined;
  readonly #fromDay: number;
  readonly #fromMoment: number;
  readonly #toMoment: number;
  readonly #eventCounters: Record<Source, number> = { SKDB: 0, 'TULP-GW': 0, JVS: 0, MITS: 0, CJIB: 0 };
  readonly #victimCounters = new Map<number, number>();
  /** Released people, oldest release first, from `#poolHead` on (entries before it are cleared). */
  #pool: ({ person: Person; day: number } | undefined)[] = [];
  #poolHead = 0;
  #nextPersonId = 0;
  #nextSerial = 1_000_000;
  #out: SimEvent[] = [];

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
    this.#deliveries = new Deliveries(options.errorRate, root.fork(1), (source) => this.#eventId(source));
    this.#ctx = {
      rng: this.#rng,
      offences: new OffencePicker(catalog.data.offences),
      cases: new CaseBook(),
      escapeChance: calibration.escapeChance * options.escapeBoost,
    };
    this.#municipalities = new Municipalities(catalog);
    const bySector = (sector: Sector) =>
      new WeightedPicker(
        catalog.data.institutions.filter((i) => i.sector === sector).map((i) => [i, i.capacity] as const),
      );
    this.#institutions = { GW: bySector('GW'), JJI: bySector('JJI'), TBS: bySector('TBS') };
    this.#fromDay = dayOf(options.from);
    this.#fromMoment = momentOf(this.#fromDay, 0);
    this.#toMoment = momentOf(dayOf(options.to), 0);
    this.stats = {
      lines: 0,
      runInLines: 0,
      byType: zeroPerType(),
      persons: 0,
      runInPersons: 0,
      mistakes: this.#deliveries.counts,
    };
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
    const out = this.#out;
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
          this.#emit(actor, actor.plan.pop() as Item);
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

  #eventId(source: Source): string {
    this.#eventCounters[source]++;
    return `${SOURCE_ID_PREFIX[source]}-${this.#eventCounters[source]}`;
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

  /** Someone sentenced to prison and TBS: the prison part, then (the next day or so) the clinic. */
  #planPrisonThenTbs(
    plan: Plan,
    admissionDay: number,
    c: ReturnType<typeof drawPrisonBeforeTbs>,
  ): PlannedEpisode {
    const prison = planPrison(this.#ctx, plan, admissionDay, c);
    const tbsDay = prison.releaseDay + this.#rng.int(1, 20);
    const title = prison.episode.title;
    this.#observer?.tbsFollows?.(title);
    return planTbs(this.#ctx, plan, tbsDay, drawTbsCase(this.#rng), {
      caseNumber: title.caseNumber,
      offences: title.offences,
      category: prison.episode.category,
    });
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
   * see #emit), a move during detention, and after release a new
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

  // -------------------------------------------------------------------------
  // Writing events

  #emit(person: Person, item: Item): void {
    const at = item.at;
    const occurred = occurredAt(at);
    switch (item.kind) {
      case 'person': {
        const serial = this.#nextSerial++;
        const identity = person.identity as Identity;
        person.identity = undefined;
        person.skn = sknFromSerial(serial);
        const bsn = person.withBsn ? bsnForSerial(serial) : undefined;
        this.stats.persons++;
        if (at < this.#fromMoment) this.stats.runInPersons++;
        const eventId = this.#eventId('SKDB');
        const birthDate = isoDate(person.birthDay);
        const { surname, givenNames, gender } = identity;
        this.#deliver(
          person,
          at,
          bsn === undefined
            ? {
                eventId,
                source: 'SKDB',
                type: 'person-registered',
                occurredAt: occurred,
                skn: person.skn,
                surname,
                givenNames,
                birthDate,
                gender,
              }
            : {
                eventId,
                source: 'SKDB',
                type: 'person-registered',
                occurredAt: occurred,
                skn: person.skn,
                bsn,
                surname,
                givenNames,
                birthDate,
                gender,
              },
        );
        return;
      }
      case 'address':
      case 'institution-address': {
        let address = item.extra as SimAddress | undefined;
        if (item.kind === 'institution-address') {
          // Detainees are placed in every institution, but only one with a complete address in
          // the reference data can be the address they are registered at; elsewhere none is written.
          const institution = person.institution;
          if (!institution || !this.#municipalities.isValidOn(institution.municipalityCode, item.date))
            return;
          address = institutionAddress(institution);
        }
        if (!address) return;
        person.addresses.push({
          address,
          validFrom: item.date,
          institution: item.kind === 'institution-address',
        });
        this.#deliver(person, at, {
          eventId: this.#eventId('SKDB'),
          source: 'SKDB',
          type: 'address-registered',
          occurredAt: occurred,
          skn: person.skn,
          validFrom: isoDate(item.date),
          municipalityCode: address.municipalityCode,
          street: address.street,
          houseNumber: address.houseNumber,
          postalCode: address.postalCode,
          city: address.city,
        });
        return;
      }
      case 'victim-registered': {
        const episode = item.episode as Episode;
        const year = yearOf(item.day);
        const n = (this.#victimCounters.get(year) ?? 0) + 1;
        this.#victimCounters.set(year, n);
        this.#deliver(person, at, {
          eventId: this.#eventId('CJIB'),
          source: 'CJIB',
          type: 'victim-registered',
          occurredAt: occurred,
          skn: person.skn,
          caseNumber: episode.title.caseNumber,
          victimReference: `IDV-${year}-${String(n).padStart(6, '0')}`,
        });
        return;
      }
      default:
        this.#emitDetention(person, item, occurred);
    }
  }

  #emitDetention(person: Person, item: Item, occurred: string): void {
    const episode = item.episode as Episode;
    const sector = episode.sector;
    const source = SECTOR_SOURCE[sector];
    if (item.kind === 'transfer' && this.#institutions[sector].items.length < 2) return;
    if (item.kind === 'admission') {
      person.episode = episode;
      person.lastSector = sector;
      person.institution = this.#institutions[sector].pick(this.#rng);
    } else if (person.episode !== episode) {
      throw new Error(`simulation error: ${item.kind} outside its episode`);
    }
    const institution = (person.institution as Institution).code;
    const skn = person.skn;
    const eventId = this.#eventId(source);
    let event: SimEvent;
    switch (item.kind) {
      case 'admission': {
        const admission: Admission = {
          eventId,
          source,
          type: 'admission',
          occurredAt: occurred,
          skn,
          institution,
          title: episode.title,
        };
        if (item.date >= 0) admission.plannedEndDate = isoDate(item.date);
        event = admission;
        break;
      }
      case 'planned-end-date-changed':
        event = {
          eventId,
          source,
          type: 'planned-end-date-changed',
          occurredAt: occurred,
          skn,
          institution,
          plannedEndDate: isoDate(item.date),
        };
        break;
      case 'transfer': {
        const picker = this.#institutions[sector];
        let to = picker.pick(this.#rng);
        while (to.code === institution) to = picker.pick(this.#rng);
        person.institution = to;
        event = {
          eventId,
          source,
          type: 'transfer',
          occurredAt: occurred,
          skn,
          institution,
          toInstitution: to.code,
        };
        break;
      }
      case 'dr-plan-shared':
        event = { eventId, source, type: 'dr-plan-shared', occurredAt: occurred, skn, institution };
        break;
      case 'leave-granted':
        if (source === 'JVS') throw new Error('simulation error: leave-granted from a JJI');
        event = {
          eventId,
          source,
          type: 'leave-granted',
          occurredAt: occurred,
          skn,
          institution,
          leaveFrom: isoDate(item.date),
          leaveUntil: isoDate(item.until),
          leaveAddress: this.#leaveAddress(person, item.day),
        };
        break;
      case 'leave-authorization': {
        if (source !== 'JVS') throw new Error('simulation error: leave-authorization outside a JJI');
        const leaveFrom = isoDate(item.date);
        const leaveAddress = this.#leaveAddress(person, item.day);
        event =
          item.until >= 0
            ? {
                eventId,
                source,
                type: 'leave-authorization',
                occurredAt: occurred,
                skn,
                institution,
                leaveFrom,
                leaveUntil: isoDate(item.until),
                leaveAddress,
              }
            : {
                eventId,
                source,
                type: 'leave-authorization',
                occurredAt: occurred,
                skn,
                institution,
                leaveFrom,
                leaveAddress,
              };
        break;
      }
      case 'regime-phasing':
        if (source !== 'TULP-GW') throw new Error('simulation error: regime-phasing outside a prison');
        event = {
          eventId,
          source,
          type: 'regime-phasing',
          occurredAt: occurred,
          skn,
          institution,
          phaseFrom: isoDate(item.date),
          leaveAddress: this.#leaveAddress(person, item.day),
        };
        break;
      case 'conditional-termination':
        if (source !== 'MITS')
          throw new Error('simulation error: conditional-termination outside a TBS clinic');
        event = {
          eventId,
          source,
          type: 'conditional-termination',
          occurredAt: occurred,
          skn,
          institution,
          terminationDate: isoDate(item.date),
        };
        break;
      case 'release-scheduled': {
        const scheduled: ReleaseScheduled = {
          eventId,
          source,
          type: 'release-scheduled',
          occurredAt: occurred,
          skn,
          institution,
          releaseDate: isoDate(item.date),
        };
        if (item.extra) scheduled.risk18b = { domains: item.extra as RiskDomain[] };
        event = scheduled;
        break;
      }
      case 'release':
        person.episode = undefined;
        person.institution = undefined;
        event = {
          eventId,
          source,
          type: 'release',
          occurredAt: occurred,
          skn,
          institution,
          releaseDate: isoDate(item.date),
        };
        break;
      case 'escape':
        event = { eventId, source, type: 'escape', occurredAt: occurred, skn, institution };
        break;
      default:
        throw new Error(`simulation error: ${item.kind} is not a detention event`);
    }
    this.#deliver(person, item.at, event);
  }

  #deliver(person: Person, at: number, event: SimEvent): void {
    this.#observer?.event(event, at);
    this.#deliveries.deliver(event, at, person.id, this.#out);
  }

  /**
   * Where the person goes on leave: their last BRP address that is not an
   * institution (under its current municipality code after a merger), else
   * family or friends somewhere in the country.
   */
  #leaveAddress(person: Person, day: number): SimAddress {
    for (let i = person.addresses.length - 1; i >= 0; i--) {
      const known = person.addresses[i] as KnownAddress;
      if (known.institution || known.validFrom > day) continue;
      const code = known.address.municipalityCode;
      if (this.#municipalities.isValidOn(code, day)) return known.address;
      const successor = this.#municipalities.successorOn(code, day);
      if (successor) return { ...known.address, municipalityCode: successor };
      break;
    }
    const municipality =
      this.#municipalities.pickOn(day, this.#rng) ??
      this.#municipalities.pickOn(this.#municipalities.earliestDay, this.#rng);
    if (!municipality) throw new Error('simulation error: no municipality for a leave address');
    return randomAddress(municipality, this.#rng);
  }
}
