/**
 * Applies the SKDB events to the identity registry, inside the ingest
 * transaction: the event log row and its effect are stored together or not
 * at all.
 */
import type { Db } from '../platform/db.ts';
import { findDuplicateCandidates } from './matching.ts';
import type { BrpAddress, IdentityDetermination, Person } from './model.ts';
import {
  addAddress,
  addIdentityDetermination,
  findLookalikes,
  recordDuplicateCandidates,
  upsertPerson,
} from './store.ts';

/** What applying an event reports back: warnings for the sender, never personal data beyond SKNs. */
export interface ApplyResult {
  warnings: string[];
}

export async function applyPersonRegistered(
  db: Db,
  person: Person,
  occurredAt: string,
  eventLogId: number,
): Promise<ApplyResult> {
  const isNew = await upsertPerson(db, person, occurredAt, eventLogId);
  if (!isNew) return { warnings: [] };
  const candidates = findDuplicateCandidates(person, await findLookalikes(db, person));
  await recordDuplicateCandidates(db, candidates);
  return {
    warnings: candidates.map((c) =>
      c.reason === 'same-bsn'
        ? `possible duplicate of SKN ${c.candidateSkn}: same BSN`
        : `possible duplicate of SKN ${c.candidateSkn}: same birth date, similar name (${c.score.toFixed(2)})`,
    ),
  };
}

export async function applyAddressRegistered(
  db: Db,
  skn: string,
  address: BrpAddress,
  eventLogId: number,
): Promise<ApplyResult> {
  await addAddress(db, skn, { ...address, postalCode: normalizePostalCode(address.postalCode) }, eventLogId);
  return { warnings: [] };
}

export async function applyIdentityDetermined(
  db: Db,
  skn: string,
  determination: IdentityDetermination,
  eventLogId: number,
): Promise<ApplyResult> {
  await addIdentityDetermination(db, skn, determination, eventLogId);
  return { warnings: [] };
}

/** "1012 lg" → "1012LG": one spelling, so the same address compares equal. */
export function normalizePostalCode(postalCode: string): string {
  return postalCode.replace(/\s+/g, '').toUpperCase();
}
