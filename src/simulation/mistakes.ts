/**
 * The mistakes source systems make when they deliver, at a small rate, each
 * one something a robust ingest must absorb without rejecting a line:
 *
 * - duplicate: the same event delivered twice (same `eventId`), right after
 *   itself; the ingest acknowledges the second and changes nothing;
 * - resent: the same fact sent again under a new `eventId` (a retry after a
 *   timeout), only for facts that may be stated twice without contradicting
 *   state (an address, a planned end date, a plan, a leave, a scheduled
 *   release);
 * - late: an event held back by its source for up to a day and a half, so that
 *   events of other sources that happened later are written before it. It is
 *   always written before the next event of the same person and of the same
 *   source: a late event never breaks the order a person's state needs, and
 *   each source's own stream stays in order.
 *
 * Mistakes draw from their own random stream, so the error rate does not
 * change the simulated facts (only the event ids after the first re-send).
 */
import type { SimEvent, SimEventType, Source } from './model.ts';
import type { Rng } from './rng.ts';

/** Facts that can be stated twice: the state after the second is the state after the first. */
const RESENDABLE: ReadonlySet<SimEventType> = new Set<SimEventType>([
  'address-registered',
  'planned-end-date-changed',
  'dr-plan-shared',
  'leave-granted',
  'leave-authorization',
  'regime-phasing',
  'release-scheduled',
]);

/** Longest hold of a late event, in seconds. */
const MAX_HOLD = 36 * 3600;
const MIN_HOLD = 3600;

export interface MistakeCounts {
  /** Events delivered a second time with the same eventId. */
  duplicates: number;
  /** Facts re-sent under a new eventId. */
  resent: number;
  /** Events held back by their source (written after later events of other sources, when there were any). */
  late: number;
}

interface Held {
  event: SimEvent;
  person: number;
  until: number;
}

export class Deliveries {
  readonly counts: MistakeCounts = { duplicates: 0, resent: 0, late: 0 };
  readonly #rng: Rng;
  readonly #rate: number;
  readonly #newId: (source: Source) => string;
  readonly #held: Held[] = [];
  /** Events to deliver correctly before the next mistake (drawn geometrically: one draw per mistake, not per event). */
  #untilMistake: number;

  constructor(rate: number, rng: Rng, newId: (source: Source) => string) {
    this.#rate = rate;
    this.#rng = rng;
    this.#newId = newId;
    this.#untilMistake = this.#gap();
  }

  /** Correct deliveries before the next mistake: geometric with success probability `rate`. */
  #gap(): number {
    if (this.#rate === 0) return Number.POSITIVE_INFINITY;
    if (this.#rate >= 1) return 0;
    return Math.floor(Math.log(1 - this.#rng.float()) / Math.log(1 - this.#rate));
  }

  /** Delivers one event that happened at `at` (a moment) to person `person`, appending the lines to `out`. */
  deliver(event: SimEvent, at: number, person: number, out: SimEvent[]): void {
    if (this.#held.length > 0) this.#release(event.source, person, at, out);
    if (this.#untilMistake > 0) {
      this.#untilMistake--;
      out.push(event);
      return;
    }
    this.#untilMistake = this.#gap();
    const resendable = RESENDABLE.has(event.type);
    const roll = this.#rng.float() * (resendable ? 3 : 2);
    if (roll < 1) {
      this.counts.duplicates++;
      out.push(event, event);
    } else if (roll < 2) {
      this.counts.late++;
      this.#held.push({ event, person, until: at + this.#rng.int(MIN_HOLD, MAX_HOLD) });
    } else {
      this.counts.resent++;
      out.push(event, { ...event, eventId: this.#newId(event.source) });
    }
  }

  /** Writes every event still held back (end of the run). */
  flush(out: SimEvent[]): void {
    for (const held of this.#held) out.push(held.event);
    this.#held.length = 0;
  }

  /**
   * Writes, in their order, the held events that must come before an event of
   * `source` for `person` at `at`. Held events never share a person or a
   * source with each other (the second would have released the first), so
   * releasing some and keeping others cannot reorder anyone's events.
   */
  #release(source: Source, person: number, at: number, out: SimEvent[]): void {
    const held = this.#held;
    let kept = 0;
    for (const h of held) {
      if (h.person === person || h.event.source === source || h.until <= at) out.push(h.event);
      else held[kept++] = h;
    }
    held.length = kept;
  }
}
