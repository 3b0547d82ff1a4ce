/**
 * Migration 0013 on a store that holds version 1 data: the single title of each episode
 * becomes the first version of its title history, nothing else changes, and the rules read
 * it as before. On PGlite and, when TEST_DATABASE_URL is set, on a real PostgreSQL.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrateToLatest, SqlFileMigrationProvider } from '../src/platform/migrate.ts';
import { openEmptyDatabase } from './helpers/db.ts';

const BEFORE = '0012_unknown_offence';

const backends: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

for (const backend of backends) {
  describe(`migration 0013 (titles over time) on ${backend}`, () => {
    it('turns the version 1 title into the first version of the history', async () => {
      const handle = await openEmptyDatabase(backend);
      try {
        const migrator = new Migrator({ db: handle.db, provider: new SqlFileMigrationProvider() });
        const { error } = await migrator.migrateTo(BEFORE);
        assert.equal(error, undefined);
        await sql`
          INSERT INTO detention_episodes (id, skn, sector, admitted_on, title_kind, title_irrevocable,
            title_offences, title_sentence_days, title_case_number, planned_end_date, institution, status,
            release_scheduled_on, risk18b, conditional_termination_on, dr_plan_shared, released_on, last_event_log_id)
          VALUES (7, '10000017', 'GW', '2025-01-10', 'prison-sentence', true, '["Sr 242"]'::jsonb, 900, '13/1-25',
            '2027-06-01', 'PI-VUGHT', 'detained', NULL, NULL, NULL, false, NULL, 9),
                 (8, '10000025', 'JJI', '2024-03-01', 'pij', false, '[]'::jsonb, NULL, NULL,
            NULL, 'JJI-DE-HUNNERBERG', 'released', NULL, NULL, NULL, true, '2025-01-01', 12)`.execute(
          handle.db,
        );
        await sql`
          INSERT INTO notices (event_log_id, skn, box, type, recipient, legal_basis, rule_set, status)
          VALUES (9, '10000017', 'bij', 'pi-verlof', 'GM0363', 'art. 11a', 'bij-18b-2023', 'delivered')`.execute(
          handle.db,
        );

        assert.ok((await migrateToLatest(handle.db)).includes('0013_titles_over_time'));

        const rows = await handle.db
          .selectFrom('detention_episodes')
          .select(['id', 'titles', 'status', 'institution'])
          .orderBy('id')
          .execute();
        assert.deepEqual(
          rows.map((r) => ({ ...r, id: Number(r.id) })),
          [
            {
              id: 7,
              status: 'detained',
              institution: 'PI-VUGHT',
              titles: [
                {
                  kind: 'prison-sentence',
                  irrevocable: true,
                  offences: ['Sr 242'],
                  sentenceDays: 900,
                  caseNumber: '13/1-25',
                  from: '2025-01-10',
                  until: null,
                  logId: 7,
                },
              ],
            },
            {
              id: 8,
              status: 'released',
              institution: 'JJI-DE-HUNNERBERG',
              titles: [
                {
                  kind: 'pij',
                  irrevocable: false,
                  offences: [],
                  sentenceDays: null,
                  caseNumber: null,
                  from: '2024-03-01',
                  until: null,
                  logId: 8,
                },
              ],
            },
          ],
        );
        const notice = await handle.db
          .selectFrom('notices')
          .select(['late', 'supersedes'])
          .executeTakeFirstOrThrow();
        assert.deepEqual(
          notice,
          { late: false, supersedes: null },
          'a notice made before is neither late nor a correction',
        );
        await assert.rejects(
          sql`INSERT INTO notices (event_log_id, skn, box, type, recipient, routing_exception, legal_basis, rule_set, status)
              VALUES (10, '10000017', 'bij', 'pi-verlof', NULL, 'no-such-reason', 'x', 'y', 'awaiting-review')`.execute(
            handle.db,
          ),
          /routing_exception_check/,
        );
      } finally {
        await handle.close();
      }
    });
  });
}
