/**
 * `rebuildProjections` on every storage backend: the projections built anew
 * from the event log equal what ingest wrote, people's decisions survive,
 * damage is repaired, and events logged during the rebuild are not lost.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { factHash } from '../src/events/index.ts';
import { OLD_SCHEMA, REBUILD_LOCK_KEY, replayLog, SIDE_SCHEMA, swapIn } from '../src/ingest/index.ts';
import {
  ingestAtomically,
  ingestBatch,
  ingestStream,
  PROJECTION_TABLES,
  prepareRebuild,
  rebuildProjections,
} from '../src/pipeline.ts';
import type { DatabaseHandle, Db } from '../src/platform/db.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import {
  addressRegistered,
  admission,
  bsn,
  institutionOf,
  oneOfEachType,
  personRegistered,
  skn,
} from './fixtures/events.ts';
import { countRows, testBackends } from './helpers/db.ts';

const catalog = defaultReferenceCatalog();
const ctx = { catalog };

/** Each table's key, to compare whole tables in one order. */
const KEYS: Record<(typeof PROJECTION_TABLES)[number] | 'event_log', string[]> = {
  persons: ['skn'],
  addresses: ['event_log_id'],
  identity_determinations: ['event_log_id'],
  duplicate_candidates: ['skn', 'candidate_skn'],
  detention_episodes: ['id'],
  detention_stays: ['id'],
  detention_timeline: ['id'],
  victim_registrations: ['event_log_id'],
  event_log: ['id'],
};

async function rowsOf(db: Db, table: keyof typeof KEYS): Promise<unknown[]> {
  const order = sql.join(KEYS[table].map((k) => sql.ref(k)));
  const { rows } = await sql`SELECT * FROM ${sql.table(`public.${table}`)} ORDER BY ${order}`.execute(db);
  return rows;
}

/** Every projection table, whole. */
async function projections(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of PROJECTION_TABLES) out[table] = await rowsOf(db, table);
  return out;
}

async function schemasLeft(db: Db): Promise<string[]> {
  const { rows } = await sql<{ nspname: string }>`
    SELECT nspname FROM pg_namespace WHERE nspname IN (${SIDE_SCHEMA}, ${OLD_SCHEMA})`.execute(db);
  return rows.map((r) => r.nspname);
}

const DUPLICATE = { a: skn(203), b: skn(204) };

/**
 * A history with something in every projection table: persons with an
 * address history and an identity determination, one person's prison
 * episode with a transfer and release, a PIJ and TBS, then a re-admission;
 * a fact re-sent under a new eventId; and two persons with one BSN whose
 * duplicate candidacy an operator has judged.
 */
async function ingestHistory(db: Db): Promise<void> {
  const jansen = skn(201);
  const address = addressRegistered({ skn: jansen, validFrom: '2019-06-01' });
  await ingestAtomically(
    db,
    [
      personRegistered({ skn: jansen, bsn: bsn(201) }),
      address,
      addressRegistered({
        skn: jansen,
        validFrom: '2023-02-01',
        municipalityCode: 'GM0599',
        street: 'Coolsingel',
        houseNumber: '40',
        postalCode: '3011 ad',
        city: 'Rotterdam',
      }),
      {
        eventId: 'id-201',
        source: 'SKDB',
        type: 'identity-determined',
        occurredAt: '2026-01-06T09:00:00+01:00',
        skn: jansen,
        method: 'fingerprints',
        organisation: 'Politie',
        determinedAt: '2026-01-06T08:30:00+01:00',
      },
      { ...address, eventId: 'a-resent' },
    ],
    ctx,
  );
  // A file, in small batches, so that the history spans several transactions.
  const history = oneOfEachType(skn(202));
  history.push(
    admission({
      skn: skn(202),
      occurredAt: '2026-03-02T10:00:00+01:00',
      institution: institutionOf('GW', 2),
    }),
  );
  const summary = await ingestStream(db, Readable.from(history.map((e) => `${JSON.stringify(e)}\n`)), ctx, {
    batchSize: 4,
  });
  assert.equal(summary.accepted, history.length, 'the fixture history is accepted whole');
  await ingestAtomically(
    db,
    [
      personRegistered({ skn: DUPLICATE.a, bsn: bsn(203), surname: 'Bakker', givenNames: 'Anna' }),
      personRegistered({ skn: DUPLICATE.b, bsn: bsn(203), surname: 'Visser', givenNames: 'Kees' }),
    ],
    ctx,
  );
  const judged = await sql`
    UPDATE duplicate_candidates SET status = 'different-persons'
    WHERE skn = ${DUPLICATE.b} AND candidate_skn = ${DUPLICATE.a}`.execute(db);
  assert.equal(Number(judged.numAffectedRows), 1, 'the history has the duplicate candidate to judge');
}

for (const backend of testBackends()) {
  describe(`rebuildProjections on ${backend.name}`, () => {
    let store: DatabaseHandle;
    let db: Db;
    beforeEach(async () => {
      store = await backend.open();
      db = store.db;
      await ingestHistory(db);
    });
    afterEach(() => store.close());

    it('gives exactly the rows ingest wrote, in every projection table, and leaves the log as it was', async () => {
      for (const table of PROJECTION_TABLES) {
        assert.ok((await rowsOf(db, table)).length > 0, `the history fills ${table}`);
      }
      const before = await projections(db);
      const log = await rowsOf(db, 'event_log');
      const summary = await rebuildProjections(db, catalog, { batchSize: 5 });
      assert.deepEqual(await projections(db), before);
      assert.deepEqual(await rowsOf(db, 'event_log'), log);
      assert.deepEqual(summary, {
        events: log.length,
        applied: log.length - 1,
        refused: 0,
        knownFacts: 1,
        loggedMeanwhile: 0,
      });
    });

    it("keeps an operator's decision on a duplicate candidate", async () => {
      await rebuildProjections(db, catalog);
      const { rows } = await sql<{ status: string }>`
        SELECT status FROM duplicate_candidates WHERE skn = ${DUPLICATE.b}`.execute(db);
      assert.deepEqual(rows, [{ status: 'different-persons' }]);
    });

    it('restores projection rows someone changed or deleted by hand', async () => {
      const before = await projections(db);
      await sql`UPDATE detention_episodes SET institution = 'X'`.execute(db);
      await sql`DELETE FROM addresses WHERE postal_code = '3011AD'`.execute(db);
      await sql`INSERT INTO detention_stays (id, episode_id, skn, institution, from_date)
        VALUES (999999, 999999, ${skn(201)}, 'X', '2026-01-01')`.execute(db);
      await rebuildProjections(db, catalog);
      assert.deepEqual(await projections(db), before);
    });

    it('is idempotent: a second rebuild gives the same rows again', async () => {
      await rebuildProjections(db, catalog);
      const once = await projections(db);
      await rebuildProjections(db, catalog, { batchSize: 3 });
      assert.deepEqual(await projections(db), once);
    });

    it('leaves no side schema behind, also after a failed run', async () => {
      await sql`CREATE SCHEMA ${sql.id(SIDE_SCHEMA)}`.execute(db);
      await sql`CREATE TABLE ${sql.id(SIDE_SCHEMA, 'persons')} (skn text)`.execute(db);
      await rebuildProjections(db, catalog);
      assert.deepEqual(await schemasLeft(db), []);
    });

    it('keeps the index names, table comments and grants of the migrations', async () => {
      await sql`GRANT SELECT ON persons, detention_episodes TO PUBLIC`.execute(db);
      const properties = async () =>
        (
          await sql`
            SELECT c.relname, obj_description(c.oid, 'pg_class') AS comment, c.relacl::text AS acl,
              array(SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                    WHERE x.indrelid = c.oid ORDER BY 1)::text AS indexes
            FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
            ORDER BY 1`.execute(db)
        ).rows;
      const before = await properties();
      await rebuildProjections(db, catalog);
      assert.deepEqual(await properties(), before);
    });

    it('reports an event the rules now refuse; it stays in the log and has no effect', async () => {
      // Logged as ingest never would: a release of someone who was never admitted.
      const release = {
        eventId: 'forged-1',
        source: 'TULP-GW',
        type: 'release',
        occurredAt: '2026-04-01T10:00:00+02:00',
        skn: skn(201),
        institution: institutionOf('GW'),
        releaseDate: '2026-04-01',
      };
      const { id } = await db
        .insertInto('event_log')
        .values({
          source: release.source,
          event_id: release.eventId,
          type: release.type,
          skn: release.skn,
          occurred_at: release.occurredAt,
          payload: JSON.stringify(release),
          fact_hash: factHash(release as never),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const before = await projections(db);
      const refused: { logId: number; rules: string[] }[] = [];
      const summary = await rebuildProjections(db, catalog, {
        onRefused: (logId, errors) => refused.push({ logId, rules: errors.map((e) => e.rule) }),
      });
      assert.equal(summary.refused, 1);
      assert.equal(refused.length, 1);
      assert.equal(refused[0]?.logId, id);
      assert.ok((refused[0]?.rules.length ?? 0) > 0, 'the refusal names its rule');
      assert.deepEqual(await projections(db), before);
      const logged = await db.selectFrom('event_log').select('id').where('id', '=', id).execute();
      assert.equal(logged.length, 1);
    });

    it('applies events logged between the replay and the swap', async () => {
      const run = await prepareRebuild(db, catalog, { batchSize: 4 });
      await replayLog(run);
      const newcomer = skn(205);
      await ingestAtomically(db, [personRegistered({ skn: newcomer }), admission({ skn: newcomer })], ctx);
      const live = await projections(db);
      const summary = await swapIn(run);
      assert.equal(summary.loggedMeanwhile, 2);
      assert.deepEqual(await projections(db), live);
      const episodes = await db
        .selectFrom('detention_episodes')
        .select('id')
        .where('skn', '=', newcomer)
        .execute();
      assert.equal(episodes.length, 1);
      assert.deepEqual(await schemasLeft(db), []);
    });

    it('keeps a decision on a duplicate candidate taken during the rebuild', async () => {
      const run = await prepareRebuild(db, catalog);
      await replayLog(run);
      await sql`UPDATE duplicate_candidates SET status = 'same-person' WHERE skn = ${DUPLICATE.b}`.execute(
        db,
      );
      await swapIn(run);
      const { rows } = await sql<{ status: string }>`
        SELECT status FROM duplicate_candidates WHERE skn = ${DUPLICATE.b}`.execute(db);
      assert.deepEqual(rows, [{ status: 'same-person' }]);
    });

    it('refuses to start when a view reads a projection table, and changes nothing', async () => {
      await sql`CREATE VIEW detained AS SELECT skn FROM detention_episodes WHERE status = 'detained'`.execute(
        db,
      );
      const before = await projections(db);
      await assert.rejects(rebuildProjections(db, catalog), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'REBUILD_WOULD_LOSE');
        assert.match(error.message, /view detained/);
        return true;
      });
      assert.deepEqual(await projections(db), before);
      assert.deepEqual(await schemasLeft(db), []);
    });

    if (backend.name === 'postgres') {
      it('applies an event committed late with a log id below one already replayed', async () => {
        // Ingest reserves log ids before it commits: the late one holds id n, the early one n + 1.
        const late = await db.startTransaction().execute();
        const [reserved] = await ingestBatch(
          late,
          [personRegistered({ skn: skn(206), bsn: bsn(206), surname: 'Smit' })],
          ctx,
        );
        assert.equal(reserved?.status, 'accepted');
        await ingestAtomically(
          db,
          [personRegistered({ skn: skn(207), bsn: bsn(207), surname: 'De Vries', birthDate: '1971-01-01' })],
          ctx,
        );
        const run = await prepareRebuild(db, catalog);
        await replayLog(run);
        await late.commit().execute();
        const live = await projections(db);
        const summary = await swapIn(run);
        assert.equal(summary.loggedMeanwhile, 1);
        assert.deepEqual(await projections(db), live);
      });

      it('lets go of its locks while a reader holds a table, and swaps once the reader is done', async () => {
        const before = await projections(db);
        const run = await prepareRebuild(db, catalog);
        await replayLog(run);
        const reader = await db.startTransaction().execute();
        await reader.selectFrom('detention_stays').select('id').execute();
        const swapped = swapIn(run);
        await delay(1500);
        await reader.commit().execute();
        await swapped;
        assert.deepEqual(await projections(db), before);
        assert.deepEqual(await schemasLeft(db), []);
      });

      it('refuses to run beside another rebuild', async () => {
        await db.connection().execute(async (conn) => {
          await sql`SELECT pg_advisory_lock(${REBUILD_LOCK_KEY})`.execute(conn);
          try {
            await assert.rejects(rebuildProjections(db, catalog), { code: 'REBUILD_RUNNING' });
          } finally {
            await sql`SELECT pg_advisory_unlock(${REBUILD_LOCK_KEY})`.execute(conn);
          }
        });
      });

      it('lets the live tables be read while it replays', async () => {
        const persons = await countRows(db, 'persons');
        const reads: Promise<number>[] = [];
        await rebuildProjections(db, catalog, {
          batchSize: 5,
          onProgress: () => {
            reads.push(countRows(db, 'persons'));
          },
        });
        const counts = await Promise.all(reads);
        assert.ok(counts.length > 1);
        assert.deepEqual(new Set(counts), new Set([persons]));
      });
    }
  });
}
