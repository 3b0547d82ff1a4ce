/**
 * The detention part's view of the run: it watches the engine's events as
 * they happen (before source mistakes), keeps each open detention case
 * (admission → release) and writes its whole history when it closes; a prison
 * case that TBS follows goes on in the clinic (a transfer across sectors, the
 * clinic's source writing from then on) until the release. Released persons are
 * forgotten once they cannot come back, and day by day the detention persons'
 * later offences are made.
 */
import { dayOf, dayOfMoment } from '../calendar.ts';
import { SECTOR_SOURCE, type Sector, type SimEvent, type SimTitle, type Source } from '../model.ts';
import { KEEP_RELEASED_DAYS } from './calibration.ts';
import { offendAgain } from './cases.ts';
import type { ChainContext } from './context.ts';
import { writeDetentionCase } from './detention-cases.ts';
import { FIRST_BACKGROUND_SERIAL, FIRST_CHAIN_CASE } from './numbers.ts';
import { caseYear, type Person, type Released, type Residence } from './records.ts';

/** The sector whose source system delivered an event: SECTOR_SOURCE read backwards. */
const SECTOR_OF: Readonly<Partial<Record<Source, Sector>>> = Object.fromEntries(
  Object.entries(SECTOR_SOURCE).map(([sector, source]) => [source, sector]),
);

export class DetentionTracker {
  readonly #ctx: ChainContext;
  /** Detention persons by SKN, while they may still act. */
  readonly #persons = new Map<string, Person>();
  /** Releases, oldest first: a person is forgotten KEEP_RELEASED_DAYS after their last event. */
  #released: Released[] = [];
  #releasedHead = 0;
  #detentionPersons = 0;
  /** Prison titles that TBS will follow, as the engine plans them. */
  readonly #tbsTitles = new WeakSet<SimTitle>();

  constructor(ctx: ChainContext) {
    this.#ctx = ctx;
  }

  /** The engine plans TBS after this prison title. */
  tbsFollows(title: SimTitle): void {
    this.#tbsTitles.add(title);
  }

  observe(event: SimEvent, at: number): void {
    const ctx = this.#ctx;
    if (ctx.part !== 'detention') throw new Error('simulation error: events for the background part');
    const day = dayOfMoment(at);
    if (day > ctx.day) this.#advanceTo(day);
    const state = this.#persons.get(event.skn)?.detention;
    if (state) state.lastSeen = day;
    const open = state?.open;
    if (open && open.tbsAdmission < 0 && event.source === 'MITS' && open.sector === 'GW') {
      // Moved from the prison to a TBS clinic in the same episode: the prison part ended here.
      open.release = day;
      open.tbsAdmission = day;
    }
    switch (event.type) {
      case 'person-registered': {
        const serial = Number(event.skn.slice(0, -1));
        if (serial >= FIRST_BACKGROUND_SERIAL) {
          throw new RangeError(
            `the detention persons' SKN serials reach ${FIRST_BACKGROUND_SERIAL}, where the chain's background starts: simulate fewer persons`,
          );
        }
        this.#persons.set(event.skn, {
          skn: event.skn,
          bsn: event.bsn ?? null,
          surname: event.surname,
          birthDate: event.birthDate,
          sex: event.gender,
          addresses: [],
          detention: { open: undefined, lastRelease: -1, lastSeen: day },
        });
        this.#detentionPersons++;
        return;
      }
      case 'address-registered': {
        const person = this.#persons.get(event.skn);
        if (!person) return;
        // Kept in order of validFrom (an address may be delivered after a later one), the last four.
        const addresses = person.addresses;
        const address = {
          from: dayOf(event.validFrom),
          municipality: event.municipalityCode,
          postalCode: event.postalCode,
        };
        let i = addresses.length;
        while (i > 0 && (addresses[i - 1] as Residence).from > address.from) i--;
        addresses.splice(i, 0, address);
        if (addresses.length > 4) addresses.shift();
        return;
      }
      case 'admission': {
        const person = this.#persons.get(event.skn);
        const state = person?.detention;
        if (!person || !state) throw new Error(`simulation error: admission of unknown person ${event.skn}`);
        const sector = SECTOR_OF[event.source] as Sector;
        if (Number(event.title.caseNumber.slice(3, 9)) >= FIRST_CHAIN_CASE) {
          throw new RangeError(
            'the detention cases reach the parketnummers of the chain: simulate fewer persons',
          );
        }
        state.open = {
          person,
          title: event.title,
          parketnummer: event.title.caseNumber,
          caseYear: caseYear(event.title.caseNumber, day),
          sector,
          admission: day,
          judgment: -1,
          plannedEnd: -1,
          release: -1,
          tbsFollows: this.#tbsTitles.has(event.title),
          tbsAdmission: -1,
          tbsRelease: -1,
        };
        return;
      }
      case 'planned-end-date-changed': {
        const open = this.#persons.get(event.skn)?.detention?.open;
        if (open && open.title.kind === 'pre-trial' && open.judgment < 0) {
          open.judgment = day;
          open.plannedEnd = dayOf(event.plannedEndDate);
        }
        return;
      }
      case 'release': {
        const person = this.#persons.get(event.skn);
        const state = person?.detention;
        const open = state?.open;
        if (!person || !state || !open) return;
        state.open = undefined;
        state.lastRelease = day;
        this.#released.push({ until: day + KEEP_RELEASED_DAYS, release: day, person });
        if (open.tbsAdmission >= 0) {
          open.tbsRelease = day;
        } else {
          open.release = day;
        }
        writeDetentionCase(ctx, open);
        return;
      }
      default:
        return;
    }
  }

  /** Does everything of the days before `day` not done yet: forgetting, waiting cases, the background. */
  #advanceTo(day: number): void {
    const ctx = this.#ctx;
    if (day <= ctx.day) return;
    // Released persons not seen again: forgotten (a career keeps its own reference).
    const released = this.#released;
    while (this.#releasedHead < released.length) {
      const entry = released[this.#releasedHead] as Released;
      if (entry.until >= day) break;
      this.#releasedHead++;
      const state = entry.person.detention;
      // Admitted or released again since: a later entry decides.
      if (!state || state.open !== undefined || state.lastRelease !== entry.release) continue;
      if (state.lastSeen + KEEP_RELEASED_DAYS >= day) {
        released.push({
          until: state.lastSeen + KEEP_RELEASED_DAYS,
          release: entry.release,
          person: entry.person,
        });
      } else {
        this.#persons.delete(entry.person.skn);
      }
    }
    if (this.#releasedHead > 4096 && this.#releasedHead * 2 > released.length) {
      this.#released = released.slice(this.#releasedHead);
      this.#releasedHead = 0;
    }
    const first = Math.max(ctx.day, ctx.backgroundFrom);
    const last = Math.min(day, ctx.toDay);
    for (let d = first; d < last; d++) offendAgain(ctx, d);
    ctx.day = day;
  }

  /** Writes what is still open at the end (later offences up to the end, cases in progress); returns the persons seen. */
  finish(): number {
    const ctx = this.#ctx;
    this.#advanceTo(ctx.toDay);
    for (const person of this.#persons.values()) {
      const open = person.detention?.open;
      if (open) writeDetentionCase(ctx, open);
    }
    this.#persons.clear();
    return this.#detentionPersons;
  }
}
