/** The `ketenzicht` command, run as a user runs it, on a PGlite store in a temporary folder. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addressRegistered, personRegistered, skn } from './fixtures/events.ts';
import { cliIn, runCli } from './helpers/cli.ts';
import { logRead } from './helpers/processing-log.ts';

describe('ketenzicht CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const ketenzicht = (...args: string[]) => cliIn(dir)(...args);

  it('lists the institutions as JSON with sector, place and municipality, and the address as far as known', async () => {
    const { code, stdout } = await ketenzicht('reference', 'institutions', '--json');
    assert.equal(code, 0);
    const institutions = JSON.parse(stdout) as Record<string, unknown>[];
    assert.ok(institutions.length > 40);
    assert.deepEqual(new Set(institutions.map((i) => i.sector)), new Set(['GW', 'JJI', 'TBS']));
    for (const i of institutions) {
      for (const field of ['code', 'name', 'sector', 'city', 'municipalityCode', 'municipalityName']) {
        assert.ok(i[field], `${String(i.code)} has ${field}`);
      }
      if (i.street === null || i.houseNumber === null || i.postalCode === null) {
        assert.match(
          String(i.note),
          /address incomplete/i,
          `${String(i.code)} says its address is incomplete`,
        );
      }
    }
  });

  it('migrates an empty store and then finds it up to date', async () => {
    const first = await ketenzicht('migrate');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /applied 0001_/);
    const second = await ketenzicht('migrate');
    assert.match(second.stdout, /up to date/);
  });

  it('ingests a file with good, duplicate and bad lines and prints the counts', async () => {
    const file = path.join(dir, 'events.jsonl');
    const person = personRegistered({ skn: skn(1) });
    const lines = [
      JSON.stringify(person),
      JSON.stringify(addressRegistered({ skn: skn(1) })),
      JSON.stringify(person),
      'not json',
      JSON.stringify(personRegistered({ skn: skn(2), occurredAt: 'yesterday' })),
    ];
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const { code, stdout, stderr } = await ketenzicht('ingest', file);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), { lines: 5, accepted: 2, duplicate: 1, rejected: 2, blank: 0 });
    assert.match(stderr, /line 4: rejected: not valid JSON/);
    assert.match(stderr, /line 5: rejected: occurredAt must match format/);
    assert.doesNotMatch(stderr, /111222333/, 'no BSN in the output');
    const strict = await ketenzicht('ingest', '--fail-on-reject', file);
    assert.equal(strict.code, 1);
    assert.deepEqual(JSON.parse(strict.stdout), {
      lines: 5,
      accepted: 0,
      duplicate: 3,
      rejected: 2,
      blank: 0,
    });
  });

  it('fails clearly on a file that does not exist', async () => {
    const { code, stderr } = await ketenzicht('ingest', path.join(dir, 'missing.jsonl'));
    assert.equal(code, 1);
    assert.match(stderr, /ENOENT|no such file/);
  });

  it('creates a token for a known source only', async () => {
    const ok = await ketenzicht('tokens', 'create', '--source', 'TULP-GW', '--name', 'test');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout.trim(), /^kz_[A-Za-z0-9_-]{43}$/);
    const listed = await ketenzicht('tokens', 'list');
    assert.match(listed.stdout, /TULP-GW\ttest/);
    assert.doesNotMatch(listed.stdout, /kz_/);
    const bad = await ketenzicht('tokens', 'create', '--source', 'POLITIE');
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /Allowed choices are SKDB, TULP-GW, JVS, MITS, CJIB/);
  });

  it('adds a user with the password from standard input, and refuses a short one', async () => {
    const add = (password: string, ...args: string[]) =>
      runCli(['users', 'add', ...args], { KETENZICHT_DATA_DIR: dir, DATABASE_URL: '' }, `${password}\n`);
    const ok = await add(
      'a long enough password',
      '--username',
      'jan.cli',
      '--organisation',
      'DJI',
      '--roles',
      'consultation',
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /user jan.cli \(\d+\) created in DJI with consultation/);
    const short = await add(
      'short',
      '--username',
      'piet.cli',
      '--organisation',
      'DJI',
      '--roles',
      'consultation',
    );
    assert.notEqual(short.code, 0);
    assert.match(short.stderr, /at least 12 characters/);
    const badRole = await add(
      'a long enough password',
      '--username',
      'klaas.cli',
      '--organisation',
      'GM0363',
      '--roles',
      'consultation',
    );
    assert.notEqual(badRole.code, 0);
    assert.match(badRole.stderr, /cannot have the role consultation/);
    const listed = await ketenzicht('users', 'list');
    assert.match(listed.stdout, /DJI\tjan.cli\tconsultation/);
  });

  it('verifies the processing log and exits 1 when a row was tampered with', async () => {
    const clean = await ketenzicht('audit', 'verify');
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, /processing_log: \d+ rows, chain intact/);
    const { openDatabase } = await import('../src/platform/db.ts');
    const { sql } = await import('kysely');
    const handle = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
    // The key file the first `audit verify` made, as the service would use it.
    const auditKey = fs.readFileSync(path.join(dir, 'audit.key'), 'utf8').trim();
    for (const subject of ['10000002', '10000010']) {
      await logRead(handle.db, [subject], auditKey);
    }
    const busy = await ketenzicht('audit', 'verify');
    assert.equal(busy.code, 1);
    assert.match(
      busy.stderr,
      /is in use by process \d+/,
      'a second process is refused while the store is open',
    );
    await sql`ALTER TABLE processing_log DISABLE TRIGGER processing_log_append_only`.execute(handle.db);
    await sql`DELETE FROM processing_log WHERE id = (SELECT min(id) FROM processing_log)`.execute(handle.db);
    await handle.close();
    const tampered = await ketenzicht('audit', 'verify');
    assert.equal(tampered.code, 1);
    assert.match(
      tampered.stdout,
      /processing_log: BROKEN at row \d+: the link to the row before does not match/,
    );
    assert.match(tampered.stdout, /audit_log: \d+ rows, chain intact/);
  });

  it('rejects a bad date for municipalities', async () => {
    const { code, stderr } = await ketenzicht('reference', 'municipalities', '--date', '2022-13-01');
    assert.notEqual(code, 0);
    assert.match(stderr, /not a date/);
  });
});

describe('ketenzicht audit verify against the checkpoints', () => {
  const auditKey = 'cli-audit-key-0123456789abcdef0123456789abcdef';
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-cli-audit-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const verify = (key = auditKey) =>
    cliIn(dir, { KETENZICHT_AUDIT_KEY: key, KETENZICHT_CHECKPOINT_DIR: path.join(dir, 'anchors') })(
      'audit',
      'verify',
    );

  /** Opens the store in this process (the command needs it closed again). */
  const withDb = async (fn: (db: import('../src/platform/db.ts').Db) => Promise<void>) => {
    const { openDatabase } = await import('../src/platform/db.ts');
    const { migrateToLatest } = await import('../src/platform/migrate.ts');
    const handle = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
    try {
      await migrateToLatest(handle.db);
      await fn(handle.db);
    } finally {
      await handle.close();
    }
  };

  it('exits 0 on an untouched log and 1, naming the cut, after the owner removed its newest rows', async () => {
    const { writeCheckpoint } = await import('../src/access/index.ts');
    const { sql } = await import('kysely');
    await withDb(async (db) => {
      for (const subject of ['10000002', '10000010', '10000029']) await logRead(db, [subject], auditKey);
      await writeCheckpoint(db, { dir: path.join(dir, 'anchors'), auditKey });
    });
    const clean = await verify();
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /^processing_log: 3 rows, chain intact$/m);
    assert.match(clean.stdout, /^processing_log: matches checkpoint #1 .*; 0 rows written since/m);

    const wrongKey = await verify('wrong-audit-key-0123456789abcdef0123456789ab');
    assert.equal(wrongKey.code, 1);
    assert.match(wrongKey.stdout, /checkpoint #1 has a bad signature/);

    await withDb(async (db) => {
      await db.connection().execute(async (conn) => {
        await sql`SET session_replication_role = replica`.execute(conn);
        await sql`DELETE FROM processing_log WHERE id = (SELECT max(id) FROM processing_log)`.execute(conn);
        await sql`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`.execute(conn);
      });
    });
    const cut = await verify();
    assert.equal(cut.code, 1);
    assert.match(cut.stdout, /^processing_log: 2 rows, chain intact$/m, 'the chain alone still holds');
    assert.match(
      cut.stdout,
      /^processing_log: CUT: checkpoint #1 .* recorded 3 rows up to row 3; the log now ends at row 2 with 2 rows$/m,
    );
    assert.match(cut.stdout, /^audit_log: CUT: /m);
    assert.match(cut.stderr, /audit verify: 2 problems found/);

    fs.rmSync(path.join(dir, 'anchors'), { recursive: true });
    const noAnchors = await verify();
    assert.equal(noAnchors.code, 1);
    assert.match(noAnchors.stdout, /^checkpoints: none in .*, yet the logs hold 4 rows/m);
  });
});
