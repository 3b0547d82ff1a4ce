/**
 * Migration 0017 on a store that holds decisions made before migration 0015: the English
 * reason of each becomes its codes again, so the portal shows it in Dutch; a reason in words
 * no code has stays as it was. On PGlite and, when TEST_DATABASE_URL is set, on a real PostgreSQL.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { englishReason, type SkipReason } from '../src/notifications/reasons.ts';
import { migrateToLatest, SqlFileMigrationProvider } from '../src/platform/migrate.ts';
import { openEmptyDatabase } from './helpers/db.ts';

const BEFORE = '0016_user_administration';

/**
 * One row per reason the rules give, with every parameter its English words hold: the
 * decision as the rules stored it before 0015 (`type: reason`), and the codes it must become.
 */
const DECISIONS: [type: string, reasons: SkipReason[]][] = [
  [
    'pi-beeindiging',
    [{ code: 'title-kind', params: { kind: 'pre-trial', sector: 'GW', expected: 'prison-sentence' } }],
  ],
  [
    'pi-verlof',
    [
      {
        code: 'title-kind',
        params: { kind: 'pij', sector: 'GW', expected: 'prison-sentence', caseNumber: '13/123456-25' },
      },
    ],
  ],
  [
    'tbs-verlof',
    [{ code: 'not-irrevocable', params: { kind: 'tbs-dwangverpleging', caseNumber: '13/1-25' } }],
  ],
  [
    'pi-regimefasering',
    [
      {
        code: 'short-sentence',
        params: { categories: 'serious-violent/sexual', minDays: '365', caseNumber: 'A' },
      },
      {
        code: 'no-qualifying-offence',
        params: { categories: 'serious-violent or sexual', offences: 'Sr 310, Sr 311', caseNumber: 'B' },
      },
    ],
  ],
  ['pi-beeindiging', [{ code: 'no-qualifying-offence', params: { categories: 'arson', offences: '' } }]],
  ['pij-beeindiging', [{ code: 'no-title-in-force', params: { date: '2025-06-01' } }]],
  ['18b-melding', [{ code: 'risk18b-prison-only', params: {} }]],
  ['18b-melding', [{ code: 'risk18b-not-in-rule-set', params: { ruleSet: 'bij-2019' } }]],
  ['verlof', [{ code: 'no-case-number', params: {} }]],
  ['vrijlating', [{ code: 'no-victim-registration', params: { cases: '13/1-25 or 13/2-25' } }]],
];

const backends: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

for (const backend of backends) {
  describe(`migration 0017 (decision reasons as codes) on ${backend}`, () => {
    it('reads every English reason stored before 0015 back into its codes and its notice type', async () => {
      const handle = await openEmptyDatabase(backend);
      try {
        const migrator = new Migrator({ db: handle.db, provider: new SqlFileMigrationProvider() });
        const { error } = await migrator.migrateTo(BEFORE);
        assert.equal(error, undefined);
        const old = DECISIONS.map(([type, reasons], i) => ({
          event_log_id: i + 1,
          box: type === 'verlof' || type === 'vrijlating' ? 'victims' : 'bij',
          reason: `${type}: ${reasons.map(englishReason).join('; ')}`,
          rule_set: 'bij-2019',
        }));
        const unknown = {
          event_log_id: 99,
          box: 'bij',
          reason: 'pi-verlof: a reason in older words',
          rule_set: 'x',
        };
        const bare = {
          event_log_id: 98,
          box: 'bij',
          reason: 'no title in force on 2020-01-01',
          rule_set: 'x',
        };
        const coded = {
          event_log_id: 97,
          box: 'bij',
          reason: '18b-melding: art. 18b Pbw applies to the prison system (GW) only',
          rule_set: 'x',
          notice_type: 'kept',
          reasons: JSON.stringify([{ code: 'kept', params: {} }]),
        };
        await handle.db
          .insertInto('notice_decisions')
          .values([...old, unknown, bare, coded])
          .execute();

        assert.ok((await migrateToLatest(handle.db)).includes('0017_decision_reasons_backfill'));

        const rows = await handle.db
          .selectFrom('notice_decisions')
          .select(['event_log_id', 'reason', 'notice_type', 'reasons'])
          .orderBy('event_log_id')
          .execute();
        const byId = new Map(rows.map((r) => [Number(r.event_log_id), r]));
        DECISIONS.forEach(([type, reasons], i) => {
          const row = byId.get(i + 1);
          assert.equal(row?.reason, old[i]?.reason, 'the English reason is kept as it was');
          assert.equal(row?.notice_type, type, row?.reason);
          assert.deepEqual(row?.reasons, reasons, row?.reason);
        });
        assert.deepEqual(
          [99, 98].map((id) => ({ type: byId.get(id)?.notice_type, reasons: byId.get(id)?.reasons })),
          [
            { type: null, reasons: null },
            { type: null, reasons: null },
          ],
          'words no code has, and a reason without its notice type, stay as they were',
        );
        assert.equal(byId.get(97)?.notice_type, 'kept', 'a decision with codes is not touched');
        const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notice_decisions`.execute(
          handle.db,
        );
        assert.equal(count.rows[0]?.n, DECISIONS.length + 3);
      } finally {
        await handle.close();
      }
    });
  });
}
