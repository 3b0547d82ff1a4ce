/**
 * Writes the engine's events: a person's planned item becomes its event
 * (person and address registrations from the SKDB, victims from the CJIB, the
 * detention events from the sector's source), numbered per source, shown to
 * the observer, and handed to the deliveries (which may add source mistakes)
 * into `out`.
 */
import { sknFromSerial } from '../identity/index.ts';
import type { Institution } from '../reference/index.ts';
import { isoDate, occurredAt, yearOf } from './calendar.ts';
import type { EventObserver, KnownAddress, Person, SimulationStats } from './engine-model.ts';
import type { Deliveries } from './mistakes.ts';
import {
  type Admission,
  type ReleaseScheduled,
  type RiskDomain,
  SECTOR_SOURCE,
  type Sector,
  type SimAddress,
  type SimEvent,
  type SimTitle,
  type Source,
} from './model.ts';
import { bsnForSerial, type Identity } from './people.ts';
import { institutionAddress, type Municipalities, randomAddress } from './places.ts';
import type { Episode, Item } from './plan.ts';
import type { Rng, WeightedPicker } from './rng.ts';

/** Share of shareable D&R plans that name the municipality where the person intends to settle. */
const INTENDED_MUNICIPALITY_SHARE = 0.2;

const SOURCE_ID_PREFIX: Readonly<Record<Source, string>> = {
  SKDB: 'skdb',
  'TULP-GW': 'tulp',
  JVS: 'jvs',
  MITS: 'mits',
  CJIB: 'cjib',
};

export class EventWriter {
  /** The engine's random stream: institutions and leave addresses are drawn from it, in event order. */
  readonly #rng: Rng;
  readonly #municipalities: Municipalities;
  readonly #institutions: Record<Sector, WeightedPicker<Institution>>;
  readonly #deliveries: Deliveries;
  readonly #observer: EventObserver | undefined;
  readonly #stats: SimulationStats;
  readonly #fromMoment: number;
  readonly #eventCounters: Record<Source, number> = { SKDB: 0, 'TULP-GW': 0, JVS: 0, MITS: 0, CJIB: 0 };
  readonly #victimCounters = new Map<number, number>();
  #nextSerial = 1_000_000;
  /** Events ready to be passed on, in order (the deliveries may hold some back). */
  readonly out: SimEvent[] = [];

  constructor(parts: {
    rng: Rng;
    municipalities: Municipalities;
    institutions: Record<Sector, WeightedPicker<Institution>>;
    deliveries: Deliveries;
    observer: EventObserver | undefined;
    stats: SimulationStats;
    fromMoment: number;
  }) {
    this.#rng = parts.rng;
    this.#municipalities = parts.municipalities;
    this.#institutions = parts.institutions;
    this.#deliveries = parts.deliveries;
    this.#observer = parts.observer;
    this.#stats = parts.stats;
    this.#fromMoment = parts.fromMoment;
  }

  /** The next event id of a source, `<prefix>-<n>`. */
  eventId(source: Source): string {
    this.#eventCounters[source]++;
    return `${SOURCE_ID_PREFIX[source]}-${this.#eventCounters[source]}`;
  }

  /** Writes the event of a person's planned item (or none, when it does not apply after all). */
  emit(person: Person, item: Item): void {
    const at = item.at;
    const occurred = occurredAt(at);
    switch (item.kind) {
      case 'person': {
        const serial = this.#nextSerial++;
        const identity = person.identity as Identity;
        person.identity = undefined;
        person.skn = sknFromSerial(serial);
        const bsn = person.withBsn ? bsnForSerial(serial) : undefined;
        this.#stats.persons++;
        if (at < this.#fromMoment) this.#stats.runInPersons++;
        const eventId = this.eventId('SKDB');
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
          eventId: this.eventId('SKDB'),
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
          eventId: this.eventId('CJIB'),
          source: 'CJIB',
          type: 'victim-registered',
          occurredAt: occurred,
          skn: person.skn,
          caseNumber: (item.title ?? episode.title).caseNumber,
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
    if (item.kind === 'sector-transfer') {
      this.#emitSectorTransfer(person, item, occurred);
      return;
    }
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
    const eventId = this.eventId(source);
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
      case 'dr-plan-shared': {
        const intended = this.#rng.chance(INTENDED_MUNICIPALITY_SHARE)
          ? this.#intendedMunicipality(person, item.day)
          : undefined;
        event =
          intended === undefined
            ? { eventId, source, type: 'dr-plan-shared', occurredAt: occurred, skn, institution }
            : {
                eventId,
                source,
                type: 'dr-plan-shared',
                occurredAt: occurred,
                skn,
                institution,
                intendedMunicipalityCode: intended,
              };
        break;
      }
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
      case 'returned':
        event = { eventId, source, type: 'returned', occurredAt: occurred, skn, institution };
        break;
      case 'title-added':
        event = {
          eventId,
          source,
          type: 'title-added',
          occurredAt: occurred,
          skn,
          institution,
          title: item.title as SimTitle,
        };
        break;
      case 'title-changed': {
        const title = item.title as SimTitle;
        event = {
          eventId,
          source,
          type: 'title-changed',
          occurredAt: occurred,
          skn,
          institution,
          caseNumber: title.caseNumber,
          title,
        };
        break;
      }
      case 'title-ended':
        event = {
          eventId,
          source,
          type: 'title-ended',
          occurredAt: occurred,
          skn,
          institution,
          caseNumber: (item.title as SimTitle).caseNumber,
        };
        break;
      default:
        throw new Error(`simulation error: ${item.kind} is not a detention event`);
    }
    this.#deliver(person, item.at, event);
  }

  /**
   * A transfer to an institution of another sector (prison → TBS clinic): the
   * sending institution's source writes it, the receiving sector's source
   * writes what follows, in the same episode.
   */
  #emitSectorTransfer(person: Person, item: Item, occurred: string): void {
    const episode = item.episode as Episode;
    const from = person.episode;
    if (from === undefined || episode.continues !== from || person.institution === undefined) {
      throw new Error('simulation error: a sector transfer outside the episode it continues');
    }
    const to = this.#institutions[episode.sector].pick(this.#rng);
    const source = SECTOR_SOURCE[from.sector];
    const event: SimEvent = {
      eventId: this.eventId(source),
      source,
      type: 'transfer',
      occurredAt: occurred,
      skn: person.skn,
      institution: person.institution.code,
      toInstitution: to.code,
    };
    person.episode = episode;
    person.lastSector = episode.sector;
    person.institution = to;
    this.#deliver(person, item.at, event);
  }

  /**
   * Where the D&R plan says the person intends to settle: mostly the
   * municipality of their address, else another.
   */
  #intendedMunicipality(person: Person, day: number): string | undefined {
    const home = this.#homeAddress(person, day);
    if (home && this.#rng.chance(0.7)) return home.municipalityCode;
    return this.#municipalities.pickOn(day, this.#rng)?.code;
  }

  #deliver(person: Person, at: number, event: SimEvent): void {
    this.#observer?.event(event, at);
    this.#deliveries.deliver(event, at, person.id, this.out);
  }

  /** The last BRP address that is not an institution, under its code valid on `day`. */
  #homeAddress(person: Person, day: number): SimAddress | undefined {
    for (let i = person.addresses.length - 1; i >= 0; i--) {
      const known = person.addresses[i] as KnownAddress;
      if (known.institution || known.validFrom > day) continue;
      const code = known.address.municipalityCode;
      if (this.#municipalities.isValidOn(code, day)) return known.address;
      const successor = this.#municipalities.successorOn(code, day);
      if (successor) return { ...known.address, municipalityCode: successor };
      return undefined;
    }
    return undefined;
  }

  /**
   * Where the person goes on leave: their last BRP address that is not an
   * institution (under its current municipality code after a merger), else
   * family or friends somewhere in the country.
   */
  #leaveAddress(person: Person, day: number): SimAddress {
    const home = this.#homeAddress(person, day);
    if (home) return home;
    const municipality =
      this.#municipalities.pickOn(day, this.#rng) ??
      this.#municipalities.pickOn(this.#municipalities.earliestDay, this.#rng);
    if (!municipality) throw new Error('simulation error: no municipality for a leave address');
    return randomAddress(municipality, this.#rng);
  }
}
