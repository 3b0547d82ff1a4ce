/** SQL for victim registrations and notices. */
import type { Db } from '../platform/db.ts';
import type { Notice } from './model.ts';
import type { VictimRegistration } from './rules.ts';

export async function loadVictimRegistrations(
  db: Db,
  skns: readonly string[],
): Promise<Map<string, VictimRegistration[]>> {
  const out = new Map<string, VictimRegistration[]>();
  if (skns.length === 0) return out;
  const rows = await db
    .selectFrom('victim_registrations')
    .select(['skn', 'case_number', 'victim_reference'])
    .where('skn', 'in', [...new Set(skns)])
    .orderBy('event_log_id')
    .execute();
  for (const r of rows)
    out.set(r.skn, [
      ...(out.get(r.skn) ?? []),
      { caseNumber: r.case_number, victimReference: r.victim_reference },
    ]);
  return out;
}

export async function insertVictimRegistrations(
  db: Db,
  rows: readonly (VictimRegistration & { skn: string; logId: number; at: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('victim_registrations')
    .values(
      rows.map((r) => ({
        event_log_id: r.logId,
        skn: r.skn,
        case_number: r.caseNumber,
        victim_reference: r.victimReference,
        registered_at: r.at,
      })),
    )
    .onConflict((oc) => oc.columns(['case_number', 'victim_reference']).doNothing())
    .execute();
}

/** Stores notices; one already made for the same (event, type, recipient, registration) is not made again. */
export async function insertNotices(db: Db, notices: readonly (Notice & { logId: number })[]): Promise<void> {
  if (notices.length === 0) return;
  await db
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        event_log_id: n.logId,
        skn: n.skn,
        box: n.box,
        type: n.type,
        recipient: n.recipient,
        routing_exception: n.exception ?? null,
        victim_reference: n.victimReference ?? null,
        legal_basis: n.legalBasis,
        rule_set: n.ruleSet,
      })),
    )
    .onConflict((oc) => oc.constraint('notices_once').doNothing())
    .execute();
}
