/**
 * `serve --workers N` (platform/cluster.ts): the embedded store refuses more
 * than one process; on PostgreSQL N workers answer on one port, the job loops
 * run once (in the primary), a worker that dies is replaced, and SIGTERM
 * stops them all.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { workerCount } from '../src/platform/cluster.ts';
import { BIN, runCli } from './helpers/cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kz-serve-workers-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('how many workers serve runs', () => {
  const PG = 'postgresql://k@127.0.0.1/db';
  const rows: { asked: number | undefined; databaseUrl: string | undefined; expected: number | 'refused' }[] =
    [
      { asked: undefined, databaseUrl: undefined, expected: 1 },
      { asked: 1, databaseUrl: undefined, expected: 1 },
      { asked: 2, databaseUrl: undefined, expected: 'refused' },
      { asked: undefined, databaseUrl: PG, expected: 4 },
      { asked: 2, databaseUrl: PG, expected: 2 },
      { asked: 1, databaseUrl: PG, expected: 1 },
    ];
  for (const { asked, databaseUrl, expected } of rows)
    it(`asked ${asked ?? 'nothing'} on ${databaseUrl ? 'PostgreSQL' : 'the embedded store'} (4 cores): ${expected}`, () => {
      if (expected === 'refused') assert.throws(() => workerCount(asked, databaseUrl, 4), /needs PostgreSQL/);
      else assert.equal(workerCount(asked, databaseUrl, 4), expected);
    });

  it('serve --workers 2 on the embedded store refuses to start, saying why', async () => {
    const result = await runCli(['serve', '--no-portal', '--workers', '2'], {
      DATABASE_URL: '',
      KETENZICHT_DATA_DIR: path.join(dir, 'embedded'),
      PORT: '0',
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--workers 2 needs PostgreSQL \(DATABASE_URL\)/);
  });

  it('refuses a number of workers that is not a positive whole number', async () => {
    const result = await runCli(['serve', '--no-portal', '--workers', '0'], { DATABASE_URL: '' });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /not a positive whole number: 0/);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe('serve --workers 2 on PostgreSQL', { skip: adminUrl ? false : 'needs TEST_DATABASE_URL' }, () => {
  const name = `kz_serve_workers_${process.pid}`;
  let child: ChildProcess | undefined;
  let output = '';

  after(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const waitFor = (pattern: RegExp, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} ×${count} within 60 s:\n${output}`)),
        60_000,
      );
      const check = () => {
        if ((output.match(new RegExp(pattern, 'g')) ?? []).length >= count) {
          clearTimeout(timer);
          child?.stderr?.off('data', check);
          child?.stdout?.off('data', check);
          resolve();
        }
      };
      child?.stderr?.on('data', check);
      child?.stdout?.on('data', check);
      check();
    });

  it('answers on one port from two workers, runs the loops once, replaces a dead worker and stops on SIGTERM', async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl as string);
    url.pathname = `/${name}`;
    const checkpoints = path.join(dir, 'pg', 'checkpoints');
    child = spawn(process.execPath, [BIN, 'serve', '--no-portal', '--workers', '2'], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        KETENZICHT_DATA_DIR: path.join(dir, 'pg'),
        KETENZICHT_CHECKPOINT_DIR: checkpoints,
        PORT: '0',
        LOG_LEVEL: 'info',
        SMTP_URL: '',
        KETENZICHT_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
        KETENZICHT_AUDIT_KEY: randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await waitFor(/is running at/);
    // The log lines go through pino's buffered stream, the banner straight to stderr: wait for both.
    await waitFor(/"msg":"worker listening"/, 2);
    const port = /is running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    assert.ok(port, output);
    const pids = [...output.matchAll(/"pid":(\d+)[^\n]*"msg":"worker listening"/g)].map((m) => Number(m[1]));
    assert.equal(new Set(pids).size, 2, `two workers listening:\n${output}`);
    assert.match(output, /2 processes on one port/);

    // New connections go to the workers in turn: each of several requests is answered.
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { headers: { connection: 'close' } });
      assert.equal(response.status, 200);
    }
    // The job loops ran once: one SMTP warning (from the loops), not one per worker.
    assert.equal((output.match(/SMTP_URL is not set/g) ?? []).length, 1, output);

    // A worker that dies is replaced, and the service keeps answering.
    process.kill(pids[0] as number, 'SIGKILL');
    await waitFor(/worker died; starting a new one/);
    await waitFor(/"msg":"worker listening"/, 3);
    const response = await fetch(`http://127.0.0.1:${port}/health`, { headers: { connection: 'close' } });
    assert.equal(response.status, 200);
    assert.equal((output.match(/SMTP_URL is not set/g) ?? []).length, 1, 'a new worker starts no loops');

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, output);
    const alive = pids.slice(1).filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    assert.deepEqual(alive, [], 'no worker outlives the primary');
    // The final checkpoint is the primary's, after the workers stopped.
    assert.ok(fs.readdirSync(checkpoints).length > 0);
  });
});
