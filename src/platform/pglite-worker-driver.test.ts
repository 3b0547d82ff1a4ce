import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAbortedTransactionError, Kysely, sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from './db.ts';
import {
  EmbeddedStoreStoppedError,
  PgliteWorkerClient,
  PgliteWorkerDialect,
} from './pglite-worker-driver.ts';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL on scratch tables, no schema.
type AnyDb = Kysely<any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function caught(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

describe('the embedded store in a worker thread', () => {
  let client: PgliteWorkerClient;
  let db: AnyDb;
  let inline: DatabaseHandle;

  before(async () => {
    client = await PgliteWorkerClient.start({});
    db = new Kysely({ dialect: new PgliteWorkerDialect(client) });
    inline = await openDatabase({ pgliteMode: 'inline' });
    for (const store of [db, inline.db])
      await sql`CREATE TABLE t (id int PRIMARY KEY, note text NOT NULL, n int8 NOT NULL DEFAULT 0)`.execute(
        store,
      );
  });

  after(async () => {
    await db.destroy();
    await client.close();
    await inline.close();
  });

  it('gives the same values as the store in this thread: int8 and numeric as numbers, dates as strings, timestamps as Dates', async () => {
    const query = sql`SELECT 9007199254740991::int8 AS big, 12.5::numeric AS amount, DATE '2024-02-29' AS day,
      TIMESTAMPTZ '2024-02-29 12:00:00+01' AS at, '{"a":[1,"x"]}'::jsonb AS doc, '\\x00ff'::bytea AS bytes,
      NULL::text AS nothing, ARRAY[1,2]::int[] AS list`;
    const [viaWorker, here] = await Promise.all([query.execute(db), query.execute(inline.db)]);
    assert.deepEqual(viaWorker.rows, here.rows);
    const row = viaWorker.rows[0] as Record<string, unknown>;
    assert.equal(row.big, 9007199254740991);
    assert.equal(row.day, '2024-02-29');
    assert.ok(row.at instanceof Date);
    assert.equal((row.at as Date).toISOString(), '2024-02-29T11:00:00.000Z');
  });

  it('takes parameters of every kind the code sends: strings, numbers, Dates, bytes, null, arrays', async () => {
    const when = new Date('2025-06-01T08:30:00Z');
    const { rows } = await sql<{ s: string; n: number; at: Date; b: Uint8Array; z: null; a: number[] }>`
      SELECT ${"a'b"}::text AS s, ${42}::int8 AS n, ${when}::timestamptz AS at,
        ${Buffer.from([1, 2])}::bytea AS b, ${null}::text AS z, ${[3, 4]}::int[] AS a`.execute(db);
    assert.deepEqual(rows[0], { s: "a'b", n: 42, at: when, b: new Uint8Array([1, 2]), z: null, a: [3, 4] });
  });

  it('counts the rows a statement changed', async () => {
    const result = await db
      .insertInto('t')
      .values([
        { id: 100, note: 'a' },
        { id: 101, note: 'b' },
      ])
      .executeTakeFirst();
    assert.equal(result.numInsertedOrUpdatedRows, 2n);
    const deleted = await db.deleteFrom('t').where('id', '>=', 100).executeTakeFirst();
    assert.equal(deleted.numDeletedRows, 2n);
  });

  it("raises the store's errors with PostgreSQL's fields, as the store in this thread does, but not the query's parameters", async () => {
    const insertTwice = (store: AnyDb) =>
      store
        .insertInto('t')
        .values([
          { id: 1, note: 'secret-999999990' },
          { id: 1, note: 'again' },
        ])
        .execute();
    const [viaWorker, here] = await Promise.all([caught(insertTwice(db)), caught(insertTwice(inline.db))]);
    assert.ok(viaWorker instanceof Error);
    for (const field of ['code', 'constraint', 'message', 'severity', 'table', 'detail'])
      assert.equal(viaWorker[field], here[field], field);
    assert.equal(viaWorker.code, '23505');
    assert.equal(viaWorker.constraint, 't_pkey');
    assert.equal('params' in viaWorker, false);
    assert.doesNotMatch(JSON.stringify(viaWorker), /secret-999999990/);
    assert.match(
      String(viaWorker.stack),
      /pglite-worker-driver\.test\.ts/,
      'the stack shows where the query came from',
    );
  });

  it('runs transactions of concurrent callers one after another, never interleaved', async () => {
    await db.insertInto('t').values({ id: 2, note: 'counter', n: 0 }).execute();
    await Promise.all(
      Array.from({ length: 12 }, () =>
        db.transaction().execute(async (trx) => {
          const { n } = await trx.selectFrom('t').select('n').where('id', '=', 2).executeTakeFirstOrThrow();
          await sleep(2);
          await trx
            .updateTable('t')
            .set({ n: n + 1 })
            .where('id', '=', 2)
            .execute();
        }),
      ),
    );
    const { n } = await db.selectFrom('t').select('n').where('id', '=', 2).executeTakeFirstOrThrow();
    assert.equal(n, 12);
  });

  it('keeps transactions apart when a caller runs one inside db.connection() and goes on with its own statements', async () => {
    await db.insertInto('t').values({ id: 5, note: 'counter', n: 0 }).execute();
    const increment = async (store: AnyDb) => {
      const { n } = await store.selectFrom('t').select('n').where('id', '=', 5).executeTakeFirstOrThrow();
      await sleep(1);
      await store
        .updateTable('t')
        .set({ n: n + 1 })
        .where('id', '=', 5)
        .execute();
    };
    await Promise.all([
      ...Array.from({ length: 6 }, () =>
        db.connection().execute(async (conn) => {
          await conn.transaction().execute(increment);
          await sql`SELECT 1`.execute(conn);
          await conn.transaction().execute(increment);
        }),
      ),
      ...Array.from({ length: 6 }, () => db.transaction().execute(increment)),
    ]);
    const { n } = await db.selectFrom('t').select('n').where('id', '=', 5).executeTakeFirstOrThrow();
    assert.equal(n, 18);
  });

  it('reports a COMMIT that fails on a deferred constraint as the store in this thread does, and goes on', async () => {
    for (const store of [db, inline.db])
      await sql`CREATE TABLE d (k int UNIQUE DEFERRABLE INITIALLY DEFERRED)`.execute(store);
    const twice = (store: AnyDb) =>
      store.transaction().execute(async (trx) => {
        await sql`INSERT INTO d VALUES (1), (1)`.execute(trx);
      });
    const [viaWorker, here] = await Promise.all([caught(twice(db)), caught(twice(inline.db))]);
    assert.equal(viaWorker.code, '23505');
    assert.equal(viaWorker.code, here.code);
    assert.equal(viaWorker.constraint, here.constraint);
    assert.deepEqual((await sql`SELECT count(*)::int AS n FROM d`.execute(db)).rows, [{ n: 0 }]);
    await db.transaction().execute((trx) => sql`INSERT INTO d VALUES (2)`.execute(trx));
    assert.deepEqual((await sql`SELECT k FROM d`.execute(db)).rows, [{ k: 2 }]);
  });

  it('rolls a failed transaction back, and refuses to commit one whose statement failed', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 3, note: 'gone' }).execute();
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    assert.equal(await db.selectFrom('t').select('id').where('id', '=', 3).executeTakeFirst(), undefined);

    const aborted = await caught(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 4, note: 'gone too' }).execute();
        await trx
          .insertInto('t')
          .values({ id: 4, note: 'clash' })
          .execute()
          .catch(() => undefined);
      }),
    );
    assert.ok(isAbortedTransactionError(aborted));
    assert.equal(await db.selectFrom('t').select('id').where('id', '=', 4).executeTakeFirst(), undefined);
    assert.deepEqual((await sql`SELECT 1 AS one`.execute(db)).rows, [{ one: 1 }], 'the store goes on');
  });

  it('fails a query whose parameter cannot be sent to the worker, and goes on', async () => {
    await assert.rejects(sql`SELECT ${{ f: () => 1 }}::text AS f`.execute(db), /could not be cloned/);
    assert.deepEqual((await sql`SELECT 2 AS two`.execute(db)).rows, [{ two: 2 }]);
  });

  it('is ready at once when idle, and not ready while one statement holds it past the timeout', async () => {
    await client.checkReady({ recentMs: 0, timeoutMs: 1000 });
    const long = sql`SELECT pg_sleep(0.6)`.execute(db);
    await sleep(50);
    await assert.rejects(client.checkReady({ recentMs: 0, timeoutMs: 150 }), /did not answer within 150 ms/);
    await long;
    await client.checkReady({ recentMs: 0, timeoutMs: 1000 });
  });

  it('answers a ping after the transaction in progress, not inside it, even when that transaction has failed', async () => {
    let ping: Promise<void> | undefined;
    await caught(
      db.transaction().execute(async (trx) => {
        await sql`SELECT 1 / 0`.execute(trx).catch(() => undefined);
        // The session is now in an aborted transaction: a ping inside it would fail.
        ping = client.checkReady({ recentMs: 0, timeoutMs: 5000 });
        await sleep(20);
      }),
    );
    await ping;
  });
});

describe('the embedded store worker when it dies or closes', () => {
  it('rejects the query in flight and every later one with a clear error, instead of hanging', async () => {
    const client = await PgliteWorkerClient.start(
      {},
      new URL('../../test/fixtures/dying-pglite-worker.ts', import.meta.url),
    );
    const db: AnyDb = new Kysely({ dialect: new PgliteWorkerDialect(client) });
    const error = await caught(sql`SELECT 1`.execute(db));
    assert.ok(error instanceof EmbeddedStoreStoppedError);
    assert.match(String(error.message), /worker stopped \(exit code 3\)/);
    await assert.rejects(sql`SELECT 1`.execute(db), EmbeddedStoreStoppedError);
    await assert.rejects(client.checkReady(), EmbeddedStoreStoppedError);
    await client.close();
  });

  it('closes PGlite, ends the thread and frees the folder; later queries are refused', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kz-worker-')), 'pglite');
    const handle = await openDatabase({ pgliteDir: dir });
    assert.equal(handle.pglite, undefined, 'a store in a folder runs in the worker');
    await sql`CREATE TABLE kept (x int)`.execute(handle.db);
    await sql`INSERT INTO kept VALUES (7)`.execute(handle.db);
    await handle.close();
    assert.equal(fs.existsSync(`${dir}.lock`), false);
    await assert.rejects(sql`SELECT 1`.execute(handle.db));
    const again = await openDatabase({ pgliteDir: dir });
    assert.deepEqual((await sql`SELECT x FROM kept`.execute(again.db)).rows, [{ x: 7 }]);
    await again.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});
