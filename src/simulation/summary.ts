/**
 * A summary of a stream of events in the inbound contract: what happened in
 * the period, how many people were held, which source mistakes the file
 * contains, and an ESTIMATE of the notifications the rules would create.
 *
 * The estimate is a plain count, not the notification rules (those come with
 * the notifications module and will replace it): one re-integration notice
 * per art. 18a event (one more to the RvdK in a JJI), one BIJ notice per
 * leave, regime phasing, leave authorization, release or conditional
 * termination in a BIJ-relevant episode, one 18b notice per prison
 * release-scheduled with `risk18b`, one victim notice per victim registration
 * of the case at leave, release-scheduled, release and escape. It does not
 * route (a person without an address still counts), does not look at consent,
 * and does not deduplicate facts that were re-sent under a new eventId (the
 * platform cannot tell either).
 *
 * Pure: reads the events in file order, as the ingest would, and keeps only
 * the state it needs (open episodes, victim registrations, seen event ids).
 */
import { dayOf } from './calendar.ts';
import { type SimEvent, type SimEventType, type SimTitle, zeroPerType } from './model.ts';
import type { OffenceVersion } from './offences.ts';

type Sector = 'GW' | 'JJI' | 'TBS';

export interface SummaryOptions {
  /** First day of the period, `YYYY-MM-DD`; events before it are the run-in. */
  from: string;
  /** First day after the period. */
  to: string;
  /** Law articles with their category and the period of their numbering (the reference data's `offences`). */
  offences: readonly OffenceVersion[];
}

export interface NotificationEstimate {
  note: string;
  reintegration: {
    total: number;
    municipality: number;
    rvdk: number;
    byType: Record<
      'inschrijving' | 'wijziging-einddatum' | 'overplaatsing' | 'deelbaar-dr-plan' | 'einde-detentie',
      number
    >;
  };
  bij: {
    total: number;
    /** At leave, regime phasing or leave authorization. */
    leave: number;
    /** At release or conditional termination. */
    release: number;
    byType: Record<BijType, number>;
    /** Not in the rules yet: prison releases and leaves for arson with a sentence of a year or more (planned extension). */
    arsonExtension: number;
  };
  risk18b: number;
  victims: {
    total: number;
    byType: Record<
      | 'verlof'
      | 'vrijlating-gepland'
      | 'vrijlating'
      | 'ontvluchting'
      | 'terugkeer'
      | 'voorwaardelijke-beeindiging',
      number
    >;
  };
}

type BijType =
  | 'pi-beeindiging'
  | 'pi-regimefasering'
  | 'pi-verlof'
  | 'tbs-voorwaardelijke-beeindiging'
  | 'tbs-verlof'
  | 'pij-beeindiging'
  | 'pij-verlofmachtiging';

export interface SimulationSummary {
  period: { from: string; to: string };
  lines: number;
  /** Lines repeating a (source, eventId) seen before. */
  duplicateLines: number;
  /** Lines equal to the line before except for the eventId (a fact re-sent). */
  resentLines: number;
  /** Lines dated before a line above them. */
  outOfOrderLines: number;
  runIn: { lines: number; persons: number; heldAtStart: Record<Sector, number> };
  /** In the period, duplicates left out. */
  events: Record<SimEventType, number>;
  persons: number;
  admissions: Record<Sector, number>;
  admissionsByTitle: Record<SimTitle['kind'], number>;
  releases: Record<Sector, number>;
  /** Average over the days of the period of the number of people with an open episode at the end of the day. */
  heldOnAverage: Record<Sector, number>;
  notifications: NotificationEstimate;
}

interface OpenEpisode {
  sector: Sector;
  /** The titles in force, by case number, with the date their case came into the episode (its numbering). */
  titles: Map<string, { title: SimTitle; since: string }>;
  /** Every case the episode held (victims of each count). */
  cases: Set<string>;
  /** The release (or conditional termination) date last announced, if any. */
  announced: string | undefined;
}

const SECTOR_OF_SOURCE: Readonly<Record<string, Sector>> = { 'TULP-GW': 'GW', JVS: 'JJI', MITS: 'TBS' };
const ESTIMATE_NOTE =
  'Estimate: a count of the events the notification rules react to, not the rules themselves (not routed, no consent, no deduplication of re-sent facts).';

function sectors(): Record<Sector, number> {
  return { GW: 0, JJI: 0, TBS: 0 };
}

export class Summarizer {
  readonly #from: string;
  readonly #to: string;
  readonly #fromDay: number;
  readonly #toDay: number;
  readonly #category: OffenceCategories;
  readonly #seen = new Set<string>();
  readonly #open = new Map<string, OpenEpisode>();
  /** Victim registrations per `skn caseNumber`. */
  readonly #victims = new Map<string, number>();
  readonly #openCount = sectors();
  readonly #heldDays = sectors();
  #heldAtStart = sectors();
  #day: number;
  #latest = Number.NEGATIVE_INFINITY;
  #previous: SimEvent | undefined;
  readonly #s: SimulationSummary;

  constructor(options: SummaryOptions) {
    this.#from = options.from;
    this.#to = options.to;
    this.#fromDay = dayOf(options.from);
    this.#toDay = dayOf(options.to);
    this.#day = Number.NEGATIVE_INFINITY;
    this.#category = new OffenceCategories(options.offences);
    this.#s = {
      period: { from: options.from, to: options.to },
      lines: 0,
      duplicateLines: 0,
      resentLines: 0,
      outOfOrderLines: 0,
      runIn: { lines: 0, persons: 0, heldAtStart: sectors() },
      events: zeroPerType(),
      persons: 0,
      admissions: sectors(),
      admissionsByTitle: {
        'pre-trial': 0,
        'prison-sentence': 0,
        'substitute-detention': 0,
        'tbs-dwangverpleging': 0,
        pij: 0,
      },
      releases: sectors(),
      heldOnAverage: sectors(),
      notifications: {
        note: ESTIMATE_NOTE,
        reintegration: {
          total: 0,
          municipality: 0,
          rvdk: 0,
          byType: {
            inschrijving: 0,
            'wijziging-einddatum': 0,
            overplaatsing: 0,
            'deelbaar-dr-plan': 0,
            'einde-detentie': 0,
          },
        },
        bij: {
          total: 0,
          leave: 0,
          release: 0,
          byType: {
            'pi-beeindiging': 0,
            'pi-regimefasering': 0,
            'pi-verlof': 0,
            'tbs-voorwaardelijke-beeindiging': 0,
            'tbs-verlof': 0,
            'pij-beeindiging': 0,
            'pij-verlofmachtiging': 0,
          },
          arsonExtension: 0,
        },
        risk18b: 0,
        victims: {
          total: 0,
          byType: {
            verlof: 0,
            'vrijlating-gepland': 0,
            vrijlating: 0,
            ontvluchting: 0,
            terugkeer: 0,
            'voorwaardelijke-beeindiging': 0,
          },
        },
      },
    };
  }

  add(event: SimEvent): void {
    const s = this.#s;
    s.lines++;
    const key = `${event.source} ${event.eventId}`;
    if (this.#seen.has(key)) {
      s.duplicateLines++;
      return;
    }
    this.#seen.add(key);
    const previous = this.#previous;
    this.#previous = event;
    if (previous && isResent(previous, event)) s.resentLines++;
    const moment = Date.parse(event.occurredAt);
    if (moment < this.#latest) s.outOfOrderLines++;
    else this.#latest = moment;

    const date = event.occurredAt.slice(0, 10);
    const day = dayOf(date);
    if (day > this.#day) this.#advanceTo(day);
    const inPeriod = date >= this.#from && date < this.#to;
    if (!inPeriod) {
      if (date < this.#from) {
        s.runIn.lines++;
        if (event.type === 'person-registered') s.runIn.persons++;
      }
      this.#apply(event, false);
      return;
    }
    s.events[event.type]++;
    if (event.type === 'person-registered') s.persons++;
    this.#apply(event, true);
  }

  result(): SimulationSummary {
    this.#advanceTo(this.#toDay);
    const s = this.#s;
    const days = Math.max(1, this.#toDay - this.#fromDay);
    for (const sector of ['GW', 'JJI', 'TBS'] as const) {
      s.heldOnAverage[sector] = Math.round(this.#heldDays[sector] / days);
    }
    s.runIn.heldAtStart = { ...this.#heldAtStart };
    const n = s.notifications;
    n.reintegration.total = n.reintegration.municipality + n.reintegration.rvdk;
    n.bij.total = n.bij.leave + n.bij.release;
    return structuredClone(s);
  }

  /** Adds the open episodes at the end of every day before `day` that lies in the period. */
  #advanceTo(day: number): void {
    if (this.#day === Number.NEGATIVE_INFINITY) {
      this.#day = day;
      return;
    }
    for (let d = this.#day; d < day; d++) {
      if (d === this.#fromDay - 1) this.#heldAtStart = { ...this.#openCount };
      if (d >= this.#fromDay && d < this.#toDay) {
        this.#heldDays.GW += this.#openCount.GW;
        this.#heldDays.JJI += this.#openCount.JJI;
        this.#heldDays.TBS += this.#openCount.TBS;
      } else if (d >= this.#toDay) {
        break;
      }
    }
    this.#day = day;
  }

  #apply(event: SimEvent, count: boolean): void {
    const date = event.occurredAt.slice(0, 10);
    const s = this.#s;
    const n = s.notifications;
    if (event.type === 'victim-registered') {
      const key = `${event.skn} ${event.caseNumber}`;
      this.#victims.set(key, (this.#victims.get(key) ?? 0) + 1);
      return;
    }
    if (event.type === 'person-registered' || event.type === 'address-registered') return;
    const sector = SECTOR_OF_SOURCE[event.source] as Sector;
    if (event.type === 'admission') {
      const title = event.title;
      this.#open.set(event.skn, {
        sector,
        titles: new Map([[title.caseNumber, { title, since: date }]]),
        cases: new Set([title.caseNumber]),
        announced: undefined,
      });
      this.#openCount[sector]++;
      if (count) {
        s.admissions[sector]++;
        s.admissionsByTitle[title.kind]++;
      }
    }
    const episode = this.#open.get(event.skn);
    if (episode && episode.sector !== sector) {
      // The receiving sector writes after a transfer across sectors (prison → TBS clinic).
      this.#openCount[episode.sector]--;
      this.#openCount[sector]++;
      episode.sector = sector;
    }
    if (episode && (event.type === 'title-added' || event.type === 'title-changed')) {
      const since = episode.titles.get(event.title.caseNumber)?.since ?? date;
      episode.titles.set(event.title.caseNumber, { title: event.title, since });
      episode.cases.add(event.title.caseNumber);
    } else if (episode && event.type === 'title-ended') {
      episode.titles.delete(event.caseNumber);
    }
    if (event.type === 'release') {
      if (episode) {
        this.#open.delete(event.skn);
        this.#openCount[episode.sector]--;
      }
      if (count) s.releases[sector]++;
    }
    if (!episode) return;
    const told = episode.announced;
    if (event.type === 'release-scheduled') episode.announced = event.releaseDate;
    if (event.type === 'conditional-termination') episode.announced = event.terminationDate;
    if (!count) return;

    const reintegration = REINTEGRATION[event.type];
    if (reintegration) {
      n.reintegration.byType[reintegration]++;
      n.reintegration.municipality++;
      if (sector === 'JJI') n.reintegration.rvdk++;
    }
    // A release nobody was told of in advance, or a told date that moved: the end notices
    // that should have gone ahead (late), or a correction.
    const unannounced = event.type === 'release' && told === undefined;
    const moved =
      event.type === 'planned-end-date-changed' &&
      told !== undefined &&
      told !== event.plannedEndDate &&
      sector !== 'TBS';
    const bij = unannounced || moved ? BIJ_END[sector] : BIJ[sector][event.type];
    if (bij) {
      const titles = [...episode.titles.values()];
      if (titles.some((title) => this.#bijRelevant(sector, title))) {
        n.bij.byType[bij]++;
        if (BIJ_RELEASE.has(bij)) n.bij.release++;
        else n.bij.leave++;
      } else if (sector === 'GW' && titles.some((title) => this.#arsonExtension(title))) {
        n.bij.arsonExtension++;
      }
    }
    if (event.type === 'release-scheduled' && sector === 'GW' && event.risk18b) n.risk18b++;
    const victim = VICTIM[event.type];
    if (unannounced || moved) this.#victimNotices(episode, event.skn, 'vrijlating-gepland');
    if (victim) this.#victimNotices(episode, event.skn, victim);
  }

  #victimNotices(
    episode: OpenEpisode,
    skn: string,
    victim: keyof NotificationEstimate['victims']['byType'],
  ): void {
    const n = this.#s.notifications;
    {
      let registrations = 0;
      for (const caseNumber of episode.cases) registrations += this.#victims.get(`${skn} ${caseNumber}`) ?? 0;
      n.victims.byType[victim] += registrations;
      n.victims.total += registrations;
    }
  }

  /** A title of BIJ (art. 11a BJSG) in `sector`: the titles in force decide, on the date of the trigger. */
  #bijRelevant(sector: Sector, { title, since }: { title: SimTitle; since: string }): boolean {
    if (sector === 'TBS') return title.kind === 'tbs-dwangverpleging';
    if (sector === 'JJI') return title.kind === 'pij';
    return (
      title.kind === 'prison-sentence' &&
      title.irrevocable &&
      title.offences.some((code) => {
        const category = this.#category.of(code, since);
        return category === 'sexual' || category === 'serious-violent';
      })
    );
  }

  /** Not in the rules yet: arson with an irrevocable prison sentence of a year or more (planned extension). */
  #arsonExtension({ title, since }: { title: SimTitle; since: string }): boolean {
    return (
      title.kind === 'prison-sentence' &&
      title.irrevocable &&
      (title.sentenceDays ?? 0) >= 365 &&
      title.offences.some((code) => this.#category.of(code, since) === 'arson')
    );
  }
}

const REINTEGRATION: Partial<Record<SimEventType, keyof NotificationEstimate['reintegration']['byType']>> = {
  admission: 'inschrijving',
  'planned-end-date-changed': 'wijziging-einddatum',
  transfer: 'overplaatsing',
  'dr-plan-shared': 'deelbaar-dr-plan',
  release: 'einde-detentie',
};

/** What the rules react to (seed 002's table): the end is announced by release-scheduled (GW, JJI) or the conditional termination (TBS). */
const BIJ: Readonly<Record<Sector, Partial<Record<SimEventType, BijType>>>> = {
  GW: {
    'release-scheduled': 'pi-beeindiging',
    'regime-phasing': 'pi-regimefasering',
    'leave-granted': 'pi-verlof',
  },
  TBS: { 'conditional-termination': 'tbs-voorwaardelijke-beeindiging', 'leave-granted': 'tbs-verlof' },
  JJI: { 'release-scheduled': 'pij-beeindiging', 'leave-authorization': 'pij-verlofmachtiging' },
};
const BIJ_END: Readonly<Record<Sector, BijType>> = {
  GW: 'pi-beeindiging',
  TBS: 'tbs-voorwaardelijke-beeindiging',
  JJI: 'pij-beeindiging',
};
const BIJ_RELEASE: ReadonlySet<BijType> = new Set<BijType>([
  'pi-beeindiging',
  'tbs-voorwaardelijke-beeindiging',
  'pij-beeindiging',
]);

const VICTIM: Partial<Record<SimEventType, keyof NotificationEstimate['victims']['byType']>> = {
  'leave-granted': 'verlof',
  'leave-authorization': 'verlof',
  'release-scheduled': 'vrijlating-gepland',
  release: 'vrijlating',
  escape: 'ontvluchting',
  returned: 'terugkeer',
  'conditional-termination': 'voorwaardelijke-beeindiging',
};

/** The category of a law article in the numbering in force on a date. */
export class OffenceCategories {
  readonly #versions = new Map<string, OffenceVersion[]>();

  constructor(offences: readonly OffenceVersion[]) {
    for (const o of offences) {
      const list = this.#versions.get(o.code) ?? [];
      list.push(o);
      this.#versions.set(o.code, list);
    }
  }

  of(code: string, date: string): string | undefined {
    const versions = this.#versions.get(code);
    if (!versions) return undefined;
    const inForce = versions.find(
      (o) => (!o.validFrom || o.validFrom <= date) && (!o.validUntil || date < o.validUntil),
    );
    return (inForce ?? versions[versions.length - 1])?.category;
  }
}

function isResent(previous: SimEvent, event: SimEvent): boolean {
  if (
    previous.source !== event.source ||
    previous.type !== event.type ||
    previous.skn !== event.skn ||
    previous.occurredAt !== event.occurredAt ||
    previous.eventId === event.eventId
  ) {
    return false;
  }
  return JSON.stringify({ ...previous, eventId: '' }) === JSON.stringify({ ...event, eventId: '' });
}

/** Summarizes a whole stream of events (see `Summarizer`). */
export function summarize(events: Iterable<SimEvent>, options: SummaryOptions): SimulationSummary {
  const summarizer = new Summarizer(options);
  for (const event of events) summarizer.add(event);
  return summarizer.result();
}
