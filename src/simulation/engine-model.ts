/**
 * The engine's records and what it shows of itself: the actors in its agenda
 * (persons, arrival streams), the observer that sees the run as it happens,
 * the counts kept while it goes, and the parketnummer offices.
 */
import type { Institution } from '../reference/index.ts';
import type { MistakeCounts } from './mistakes.ts';
import type { Sector, SimAddress, SimEvent, SimEventType, SimTitle } from './model.ts';
import type { Identity } from './people.ts';
import type { Episode, Item } from './plan.ts';
import type { Scheduled } from './queue.ts';

export interface KnownAddress {
  address: SimAddress;
  validFrom: number;
  institution: boolean;
}

export interface Person extends Scheduled {
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

export type StreamKind = 'prison' | 'juvenile' | 'tbs' | 'prison-then-tbs';

export interface Stream extends Scheduled {
  actor: 'stream';
  kind: StreamKind;
  /** Mean days between arrivals. */
  meanGap: number;
  /** Time of the next arrival in (fractional) days. */
  nextDay: number;
}

export type Actor = Person | Stream;

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

/** Public prosecutor's office codes of the arrondissementsparketten, for case numbers. */
export const PARKET_CODES = ['01', '02', '03', '05', '07', '08', '09', '10', '13', '15', '16', '18'];
