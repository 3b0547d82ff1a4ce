/**
 * No personal identifier in anything the service or the CLI prints (issue 11,
 * finding 2). The service runs with its own logger at level `trace` into
 * memory, over the demo chain; consultation and Berichtenbox users read
 * persons, a source system delivers batches that fail in every way we know,
 * and the CLI ingests, replays and lists reference data with rejected lines.
 * Every line printed is scanned for every simulated BSN, SKN and surname, and
 * for every identifier the test itself sent.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inspect, promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { createApiToken, SESSION_COOKIE, syncOrganisations } from '../src/access/index.ts';
import { buildApp } from '../src/app.ts';
import { DEMO_OPTIONS, DEMO_PASSWORD, loadDemo } from '../src/cli/demo.ts';
import { completeBsn, sknFromSerial } from '../src/identity/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInNetherlands } from '../src/platform/dates.ts';
import type { DatabaseHandle } from '../src/platform/db.ts';
import { createLogger } from '../src/platform/logger.ts';
import type { App } from '../src/platform/server.ts';
import { defaultReferenceCatalog, type ReferenceCatalog } from '../src/reference/index.ts';
import { type PersonRegistered, type SimEvent, simulate } from '../src/simulation/index.ts';
import { TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY } from './helpers/app.ts';
import { testBackends } from './helpers/db.ts';
import { describeHits, IdentifierScanner } from './helpers/identifiers.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../bin/ketenzicht.js');

/**
 * Surname words that are also words of the shipped reference data (place and
 * street names: Berg, Maas, Dongen, Horst, Wijk, Beek…; offence descriptions).
 * `reference institutions` and `municipalities` print those by design, and a
 * log line naming an institution or municipality is no evidence of a person,
 * so they are not looked for. The list is computed, so it follows the data;
 * the test prints it (12 words for the demo) and fails if it grows past 30. Surnames
 * shorter than four letters (Vos, Mol, Bos…) are skipped by the scanner.
 */
function surnameSkipList(catalog: ReferenceCatalog): Set<string> {
  return new Set(JSON.stringify(catalog.data).match(/\p{L}+/gu) ?? []);
}
const MAX_SKIPPED = 30;

interface Printed {
  phase: string;
  text: string;
}

/** Everything printed, per phase of the test: the service's log lines and any write to stdout or stderr. */
class Capture {
  readonly printed: Printed[] = [];
  phase = 'start';
  readonly #restore: (() => void)[] = [];

  readonly stream = { write: (text: string) => this.printed.push({ phase: this.phase, text }) };

  /**
   * Also records what anything in this process prints (PGlite, Fastify, Node's warnings): console's
   * methods and stderr. Not process.stdout.write itself: the test runner reports through it.
   */
  hookProcessOutput(): void {
    const record = (stream: string, text: string) =>
      this.printed.push({ phase: `${this.phase} (process ${stream})`, text });
    for (const method of ['log', 'info', 'debug', 'trace', 'dir'] as const) {
      const original = console[method] as (...args: unknown[]) => void;
      console[method] = (...args: unknown[]) => {
        record('stdout', args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
        original.apply(console, args);
      };
      this.#restore.push(() => {
        console[method] = original;
      });
    }
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
      record('stderr', typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    this.#restore.push(() => {
      process.stderr.write = original as typeof process.stderr.write;
    });
  }

  restore(): void {
    for (const undo of this.#restore.splice(0)) undo();
  }

  of(phase: string): string {
    return this.printed
      .filter((p) => p.phase.startsWith(phase))
      .map((p) => p.text)
      .join('\n');
  }

  bytes(phase: string): number {
    return this.of(phase).length;
  }
}

/** The demo chain's events, as the service loads them (src/cli/demo.ts). */
function demoEvents(): SimEvent[] {
  const events: SimEvent[] = [];
  for (const batch of simulate(DEMO_OPTIONS, defaultReferenceCatalog()).batches())
    for (const e of batch) events.push({ ...e });
  return events;
}

/** A BSN that fails the eleven-test, made from a valid one by changing its last digit. */
function brokenBsn(valid: string): string {
  const last = Number(valid.at(-1));
  return `${valid.slice(0, 8)}${(last + 1) % 10}`;
}

/** A fresh, empty PostgreSQL database next to the tests' ones (TEST_DATABASE_URL). */
async function createDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL as string;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

describe('the scanner', () => {
  it('finds a watched BSN, SKN and surname, and nothing in look-alikes', () => {
    const scanner = new IdentifierScanner();
    scanner.watch({ bsn: '123456782', skn: '10000004', surname: 'van der Dijkstra' });
    const hits = scanner.scan(
      '{"level":50,"time":1767225600000,"msg":"insert failed","params":["123456782","10000004","Dijkstra"]}',
    );
    assert.deepEqual(
      hits.map((h) => `${h.kind} ${h.value}`),
      ['bsn 123456782', 'skn 10000004', 'surname Dijkstra'],
    );
    assert.deepEqual(
      scanner.scan('1234567820 100000041 Dijkstraat dijkstra van der 2026-01-01T10:00:00.000Z'),
      [],
      'longer digit runs, other words and lowercase are not hits',
    );
  });
});

for (const backend of testBackends()) {
  describe(`everything printed on ${backend.name}`, () => {
    const capture = new Capture();
    const catalog = defaultReferenceCatalog();
    const placeWords = surnameSkipList(catalog);
    const scanner = new IdentifierScanner({ skip: placeWords });
    const skipped = new IdentifierScanner();
    let events: SimEvent[];
    let store: DatabaseHandle;
    let app: App;
    let dataDir: string;

    const expectClean = (phase: string) => {
      const hits = scanner.scan(capture.of(phase));
      assert.equal(hits.length, 0, describeHits(`what was printed during "${phase}"`, hits));
    };

    before(async () => {
      events = demoEvents();
      for (const e of events) {
        scanner.watch(e as unknown as Record<string, unknown>);
        skipped.watch(e as unknown as Record<string, unknown>);
      }
      assert.ok(scanner.bsns.size > 1000 && scanner.skns.size > 1000 && scanner.surnames.size > 50);
      capture.hookProcessOutput();
      capture.phase = 'loading the demo';
      const logger = createLogger({ logLevel: 'trace' }, capture.stream);
      store = await backend.open();
      await syncOrganisations(store.db, catalog, todayInNetherlands());
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-logscan-'));
      await loadDemo(store.db, catalog, dataDir, logger);
      app = await buildApp({
        config: { ...loadConfig({}), pseudonymKey: TEST_PSEUDONYM_KEY, auditKey: TEST_AUDIT_KEY },
        db: store.db,
        catalog,
        logger,
      });
      await app.ready();
    });

    after(async () => {
      capture.restore();
      // To read what was scanned: LOG_SCAN_DUMP=/tmp/printed.txt node --test test/log-scan.test.ts
      if (process.env.LOG_SCAN_DUMP)
        fs.writeFileSync(
          `${process.env.LOG_SCAN_DUMP}.${backend.name}`,
          capture.printed.map((p) => `[${p.phase}] ${p.text}`).join(''),
        );
      await app?.close();
      await store?.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const login = async (username: string) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/sessie',
        payload: { username, password: DEMO_PASSWORD },
      });
      assert.equal(response.statusCode, 200, response.body);
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      assert.ok(cookie, 'a session cookie');
      return {
        cookie: `${SESSION_COOKIE}=${cookie.value}`,
        'x-csrf-token': response.json().csrfToken as string,
      };
    };

    it('looks for all but a few dozen surnames: those that are also place names', (t) => {
      const notLookedFor = [...skipped.surnames].filter((w) => !scanner.surnames.has(w)).sort();
      t.diagnostic(`surnames not looked for (reference data words): ${notLookedFor.join(', ')}`);
      assert.ok(
        notLookedFor.length <= MAX_SKIPPED,
        `${notLookedFor.length} skipped: ${notLookedFor.join(', ')}`,
      );
      assert.ok(
        scanner.surnames.size >= 5 * notLookedFor.length,
        `${scanner.surnames.size} surnames looked for`,
      );
    });

    it('prints no identifier while the demo loads', () => {
      assert.ok(capture.bytes('loading the demo') > 0, 'the demo load logged something');
      expectClean('loading the demo');
    });

    it('prints no identifier while a consultation user searches and opens person views', async () => {
      capture.phase = 'person reads';
      const headers = await login('raadpleger');
      const persons = events.filter(
        (e): e is SimEvent & { skn: string; bsn: string; surname: string; birthDate: string } =>
          e.type === 'person-registered' && typeof e.bsn === 'string',
      );
      let views = 0;
      for (const p of persons.filter((_, i) => i % 100 === 0)) {
        const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers, payload });
        assert.equal((await post('/api/v1/personen/zoeken', { skn: p.skn })).statusCode, 200);
        assert.equal((await post('/api/v1/personen/zoeken', { bsn: p.bsn })).statusCode, 200);
        const byName = await post('/api/v1/personen/zoeken', { surname: p.surname, birthDate: p.birthDate });
        assert.ok([200, 422].includes(byName.statusCode), byName.body);
        const view = await post('/api/v1/personen/raadplegen', { skn: p.skn });
        assert.equal(view.statusCode, 200, view.body);
        views++;
      }
      assert.ok(views >= 20, `${views} person views`);
      // Reads that fail: a BSN failing the eleven-test, an unknown SKN, and an old client's GET with the SKN in the path.
      const some = persons[1] as (typeof persons)[number];
      const bad = brokenBsn(some.bsn);
      const unknown = sknFromSerial(9_999_000);
      scanner.watch({ bsn: bad, skn: unknown });
      const inject = (method: 'GET' | 'POST', url: string, payload?: object) =>
        app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      assert.equal((await inject('POST', '/api/v1/personen/zoeken', { bsn: bad })).statusCode, 422);
      assert.equal((await inject('POST', '/api/v1/personen/raadplegen', { skn: unknown })).statusCode, 404);
      assert.equal((await inject('GET', `/api/v1/personen/${some.skn}`)).statusCode, 404);
      assert.equal(
        (await inject('GET', `/api/v1/personen/zoeken?bsn=${some.bsn}&surname=${some.surname}`)).statusCode,
        404,
      );
      assert.ok(capture.bytes('person reads') > 0, 'the reads were logged');
      expectClean('person reads');
    });

    it('prints no identifier while the Berichtenbox users list and open their notices', async () => {
      capture.phase = 'notice reads';
      let opened = 0;
      for (const [username, box] of [
        ['bij.amsterdam', 'bij'],
        ['nazorg.rotterdam', 'reintegration'],
        ['slachtofferloket', 'victims'],
      ] as const) {
        const headers = await login(username);
        const list = await app.inject({
          method: 'GET',
          url: `/api/v1/berichtenbox/${box}?limit=10`,
          headers,
        });
        assert.equal(list.statusCode, 200, list.body);
        for (const notice of list.json().notices as { id: number }[]) {
          const open = await app.inject({
            method: 'GET',
            url: `/api/v1/berichtenbox/${box}/${notice.id}`,
            headers,
          });
          assert.equal(open.statusCode, 200, open.body);
          opened++;
        }
      }
      assert.ok(opened >= 10, `${opened} notices opened`);
      const operator = await login('operator');
      for (const url of ['/api/v1/operaties/bij-controle', '/api/v1/operaties/wachtrij'])
        assert.equal((await app.inject({ method: 'GET', url, headers: operator })).statusCode, 200);
      expectClean('notice reads');
    });

    it('prints no identifier when a source delivers batches the store or the contract refuses', async () => {
      capture.phase = 'failing ingests';
      const authorization = `Bearer ${(await createApiToken(store.db, 'SKDB', 'log-scan')).token}`;
      const deliver = (payload: unknown) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: { authorization, 'content-type': 'application/json' },
          payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        });
      // 999 new, valid persons with the demo's names, and one whose occurredAt is year 0: one 479 kB log line before.
      const names = events.filter((e): e is PersonRegistered => e.type === 'person-registered');
      const batch = Array.from({ length: 1000 }, (_, i) => {
        const like = names[i % names.length] as PersonRegistered;
        const person = {
          eventId: `log-scan-${i}`,
          source: 'SKDB',
          type: 'person-registered',
          occurredAt: i === 999 ? '0000-01-01T00:00:00Z' : '2026-01-05T09:00:00+01:00',
          skn: sknFromSerial(8_000_000 + i),
          bsn: completeBsn(String(70_000_000 + i * 13)) ?? completeBsn(String(70_000_000 + i * 13 + 1)),
          surname: like.surname,
          givenNames: like.givenNames,
          birthDate: like.birthDate,
          gender: like.gender,
        };
        scanner.watch(person);
        return person;
      });
      const refused = await deliver(batch);
      assert.ok(refused.statusCode >= 400, `the batch with a year-0 event is refused: ${refused.statusCode}`);
      // The same 999 valid persons against a store that fails while writing them: the contract now stops
      // year 0 before the store, but any database error (a full disk, a constraint, a bug) takes this path,
      // and its error carries the statement's parameters. A trigger stands in for that error.
      await sql`CREATE FUNCTION log_scan_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the log-scan test'; END $$`.execute(store.db);
      await sql`CREATE TRIGGER log_scan_refuse BEFORE INSERT ON persons
        FOR EACH ROW EXECUTE FUNCTION log_scan_refuse()`.execute(store.db);
      try {
        const failed = await deliver(batch.slice(0, 999));
        assert.equal(failed.statusCode, 500, failed.body);
      } finally {
        await sql`DROP TRIGGER log_scan_refuse ON persons`.execute(store.db);
        await sql`DROP FUNCTION log_scan_refuse()`.execute(store.db);
      }
      const [first] = batch as [(typeof batch)[number]];
      const invalidBsn = { ...first, eventId: 'log-scan-bsn', bsn: brokenBsn(first.bsn as string) };
      scanner.watch(invalidBsn);
      assert.equal((await deliver(invalidBsn)).statusCode, 422);
      const badDate = { ...first, eventId: 'log-scan-date', birthDate: '1990-02-30' };
      assert.ok((await deliver(badDate)).statusCode >= 400);
      const unknownType = { ...first, eventId: 'log-scan-type', type: first.surname };
      assert.ok((await deliver(unknownType)).statusCode >= 400);
      // JSON.parse quotes the text around a syntax error: here the BSN and the surname.
      const broken = `{"skn":"${first.skn}","bsn":"${first.bsn}","surname":"${first.surname}" "givenNames":`;
      assert.equal((await deliver(broken)).statusCode, 400);
      const identity = await app.inject({
        method: 'POST',
        url: '/api/v1/identiteit/personen',
        headers: { authorization },
        payload: {
          ...badDate,
          eventId: undefined,
          source: undefined,
          type: undefined,
          occurredAt: undefined,
          skn: undefined,
        },
      });
      assert.ok(identity.statusCode >= 400, identity.body);
      assert.ok(capture.bytes('failing ingests') > 0);
      expectClean('failing ingests');
    });

    it('prints no identifier from the CLI: ingest with rejected lines, replay, reference', async () => {
      capture.phase = 'CLI';
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-logscan-cli-'));
      // On PostgreSQL the CLI gets a database of its own, which it migrates itself.
      const database =
        backend.name === 'postgres' ? await createDatabase(`kz_logscan_cli_${process.pid}`) : undefined;
      try {
        const env = {
          ...process.env,
          KETENZICHT_DATA_DIR: dir,
          DATABASE_URL: database?.url ?? '',
          LOG_LEVEL: 'trace',
        };
        const ketenzicht = async (...args: string[]) => {
          try {
            const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
              env,
              maxBuffer: 64 << 20,
            });
            return { code: 0, stdout, stderr };
          } catch (error) {
            const e = error as { code: number; stdout: string; stderr: string };
            return { code: e.code, stdout: e.stdout, stderr: e.stderr };
          }
        };
        const good = events.slice(0, 1000);
        const person = good.find(
          (e): e is PersonRegistered => e.type === 'person-registered' && Boolean(e.bsn),
        ) as PersonRegistered;
        const rejected = [
          { ...person, eventId: 'cli-bsn', bsn: brokenBsn(person.bsn as string) },
          { ...person, eventId: 'cli-date', occurredAt: '0000-01-01T00:00:00Z' },
          { ...person, eventId: 'cli-birth', birthDate: '1990-02-30' },
          { ...person, eventId: 'cli-skn', skn: `${person.skn}9` },
          { ...person, eventId: 'cli-type', type: person.surname },
        ];
        for (const r of rejected) scanner.watch(r as Record<string, unknown>);
        const lines = [
          ...good.map((e) => JSON.stringify(e)),
          ...rejected.map((e) => JSON.stringify(e)),
          `{"skn":"${person.skn}","bsn":"${person.bsn}","surname":"${person.surname}" oops`,
        ];
        const file = path.join(dir, 'events.jsonl');
        fs.writeFileSync(file, `${lines.join('\n')}\n`);

        const outputs: { command: string; text: string }[] = [];
        const record = (command: string, result: { stdout: string; stderr: string }) => {
          outputs.push({ command: `${command} (stdout)`, text: result.stdout });
          outputs.push({ command: `${command} (stderr)`, text: result.stderr });
        };
        const ingest = await ketenzicht('ingest', file);
        assert.equal(ingest.code, 0, ingest.stderr);
        assert.ok(JSON.parse(ingest.stdout).rejected >= rejected.length, ingest.stdout);
        record('ingest', ingest);

        for (const args of [
          ['replay', file],
          ['replay', '--explain', file],
        ]) {
          const replay = await ketenzicht(...args);
          assert.equal(replay.code, 0, replay.stderr);
          // Replay's standard output is the notices themselves, `skn` included by contract
          // (../shared/contracts/replay.md): data asked for, like a person view. Nothing else in it may identify.
          const withoutSkn = replay.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => {
              const { skn: _, ...rest } = JSON.parse(line) as Record<string, unknown>;
              return JSON.stringify(rest);
            })
            .join('\n');
          record(args.join(' '), { stdout: withoutSkn, stderr: replay.stderr });
        }
        for (const sub of ['institutions', 'municipalities', 'offences', 'titles', 'sources']) {
          const reference = await ketenzicht('reference', sub);
          assert.equal(reference.code, 0, reference.stderr);
          record(`reference ${sub}`, reference);
        }
        const resolve = await ketenzicht('reference', 'resolve', 'GM0457', '--date', '2022-03-24');
        assert.equal(resolve.code, 0, resolve.stderr);
        record('reference resolve', resolve);

        const hits = outputs.flatMap((o) =>
          scanner.scan(o.text).map((h) => ({ ...h, excerpt: `[${o.command}] ${h.excerpt}` })),
        );
        assert.equal(hits.length, 0, describeHits('what the CLI printed', hits));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        await database?.drop();
      }
      expectClean('CLI');
    });

    it('prints no identifier anywhere in the run', () => {
      capture.phase = 'done';
      const all = capture.printed.map((p) => p.text).join('\n');
      assert.ok(all.length > 0);
      const hits = scanner.scan(all);
      assert.equal(hits.length, 0, describeHits('everything the service printed', hits));
    });
  });
}
