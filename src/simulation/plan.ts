/**
 * A person's plan: the items (events to write) of their detention episodes,
 * each with its day and its order within the day, which the engine plays out
 * in time order; and what a plan is made with (the random stream, offences,
 * case numbers).
 */

import type { OffenceCategory } from '../reference/index.ts';
import type { RiskDomain, Sector, SimAddress, SimTitle } from './model.ts';
import type { OffencePicker } from './offences.ts';
import type { Rng } from './rng.ts';

export type ItemKind =
  | 'person'
  | 'address'
  | 'institution-address'
  | 'admission'
  | 'planned-end-date-changed'
  | 'transfer'
  | 'dr-plan-shared'
  | 'leave-granted'
  | 'leave-authorization'
  | 'regime-phasing'
  | 'conditional-termination'
  | 'release-scheduled'
  | 'release'
  | 'escape'
  | 'returned'
  | 'title-added'
  | 'title-changed'
  | 'title-ended'
  | 'sector-transfer'
  | 'victim-registered';

/** Order within a day: registration first, then admission, the rest, release last. */
export const RANK = { registration: 0, admission: 1, during: 5, release: 8, after: 9 } as const;

export interface Episode {
  sector: Sector;
  /** The title of the admission (a TBS part after prison: the TBS title). */
  title: SimTitle;
  /** The episode this one continues after a transfer to another sector (prison → TBS clinic). */
  continues?: Episode;
  plannedEnd: number | undefined;
  /** Category of the main offence. */
  category: OffenceCategory;
}

/** One planned event of a person. Day fields are day numbers; -1 means absent. */
export interface Item {
  day: number;
  /** Order within the day: rank × 4096 + insertion order (see RANK). */
  order: number;
  /** Moment, set when the plan is final. */
  at: number;
  kind: ItemKind;
  episode: Episode | undefined;
  /** validFrom, plannedEndDate, leaveFrom, phaseFrom, terminationDate or releaseDate. */
  date: number;
  /** leaveUntil. */
  until: number;
  /** The address of an `address` item; the risk domains of a `release-scheduled` with art. 18b risk. */
  extra: SimAddress | RiskDomain[] | undefined;
  /**
   * The title of a title item (the new version; for `title-ended` the case
   * that ends) and the case of a victim registration; else the episode's.
   */
  title: SimTitle | undefined;
}

/** Collects a person's items; the engine sorts them by (day, order). */
export class Plan {
  readonly items: Item[] = [];

  add(
    day: number,
    rank: number,
    kind: ItemKind,
    episode?: Episode,
    date = -1,
    until = -1,
    extra?: RiskDomain[],
  ): Item {
    const item: Item = {
      day,
      order: rank * 4096 + this.items.length,
      at: 0,
      kind,
      episode,
      date,
      until,
      extra,
      title: undefined,
    };
    this.items.push(item);
    return item;
  }

  /** A title event (or a victim registration) about `title`'s case. */
  addTitle(day: number, kind: ItemKind, episode: Episode, title: SimTitle): Item {
    const item = this.add(day, RANK.during, kind, episode);
    item.title = title;
    return item;
  }

  /** A BRP address valid from `validFrom`, delivered on `day`. */
  addAddress(day: number, rank: number, validFrom: number, address: SimAddress): void {
    const item = this.add(day, rank, 'address', undefined, validFrom);
    item.extra = address;
  }
}

export interface CaseNumbers {
  /** A new parketnummer for a case opened in `year`: `13/123456-25`. */
  next(year: number, rng: Rng): string;
}

export interface PlanContext {
  rng: Rng;
  offences: OffencePicker;
  cases: CaseNumbers;
  escapeChance: number;
}

/** What the engine needs back from a plan. */
export interface PlannedEpisode {
  episode: Episode;
  admissionDay: number;
  releaseDay: number;
}
