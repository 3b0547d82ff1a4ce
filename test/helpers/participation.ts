/**
 * Municipal participation for tests that follow notices into the boxes: the service sends a
 * notice for a municipality that does not take part in its box, or whose box has no active
 * user, to the operators (issue 13), so a story's municipalities take part first.
 */
import { createUser, syncOrganisations } from '../../src/access/index.ts';
import { insertRegistrations } from '../../src/notifications/index.ts';
import type { Db } from '../../src/platform/db.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';

/** Municipalities the shared test stories send notices to (fixtures/events.ts, helpers/berichtenbox.ts). */
export const STORY_MUNICIPALITIES = ['GM0363', 'GM0599', 'GM0344', 'GM0518'] as const;

/**
 * `municipalities` take part in the BIJ and re-integration boxes from `from`; unless the test
 * staffs the boxes itself (`standIns: false`), each box gets one active officer who cannot log
 * in (no password), as the demo's stand-ins.
 */
export async function takePart(
  db: Db,
  municipalities: readonly string[] = STORY_MUNICIPALITIES,
  { from = '2000-01-01', standIns = true }: { from?: string; standIns?: boolean } = {},
): Promise<void> {
  // A bare store (not started as the service) has no organisations yet; for a started one this changes nothing.
  await syncOrganisations(db, defaultReferenceCatalog(), '2026-06-01');
  await insertRegistrations(
    db,
    municipalities.flatMap((code) => [
      { municipalityCode: code, box: 'bij' as const, from },
      {
        municipalityCode: code,
        box: 'reintegration' as const,
        from,
        authorisation: { reference: `MACHTIGING-${code}`, date: from },
      },
    ]),
    { userId: null, username: 'test' },
  );
  if (!standIns) return;
  for (const code of municipalities) {
    for (const [prefix, role] of [
      ['bij', 'bij-officer'],
      ['nazorg', 'reintegration-officer'],
    ] as const) {
      await createUser(db, {
        username: `${prefix}.standin.${code.toLowerCase()}`,
        displayName: `Stand-in ${code}`,
        organisation: code,
        roles: [role],
      });
    }
  }
}
