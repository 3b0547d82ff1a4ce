/**
 * Issue 11, finding 4: under 200 connections on the person view, the
 * embedded store (PGlite, synchronous WebAssembly) held the HTTP thread, and
 * every `/health` and `/ready` probe failed. The service now runs it in a
 * worker thread. This runs `ketenzicht serve` as an operator does, on a
 * store in a folder, puts that load on it, and probes as Kubernetes does.
 * The figures over longer runs, with the old in-thread store beside them:
 * bench/health.ts and bench/RESULTS.md.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import autocannon from 'autocannon';
import { createUser, hashPassword, syncOrganisations } from '../src/access/index.ts';
import { ingestIndependently } from '../src/pipeline.ts';
import { openDatabase } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { simulate } from '../src/simulation/index.ts';
import { startProbes } from './helpers/probes.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/ketenzicht.js');
const PASSWORD = 'health-load-password';
const CONNECTIONS = 200;
const LOAD_SECONDS = 5;

/** A store in a folder with a few hundred simulated persons and a consultation user; their SKNs. */
async function prepareStore(dir: string): Promise<string[]> {
  const handle = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
  try {
    const catalog = defaultReferenceCatalog();
    await migrateToLatest(handle.db);
    await syncOrganisations(handle.db, catalog, '2026-06-01');
    await createUser(handle.db, {
      username: 'load',
      displayName: 'Load',
      organisation: '3RO',
      roles: ['consultation'],
      passwordHash: await hashPassword(PASSWORD),
    });
    for (const batch of simulate({ preset: 'demo', years: 1, persons: 300, seed: 9 }, catalog).batches())
      await ingestIndependently(handle.db, batch, { catalog });
    const rows = await handle.db.selectFrom('detention_episodes').select('skn').distinct().execute();
    return rows.map((r) => r.skn);
  } finally {
    await handle.close();
  }
}

function serve(dir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-portal'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      KETENZICHT_DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      KETENZICHT_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
      KETENZICHT_AUDIT_KEY: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
      const port = /is running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) resolve({ child, baseUrl: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code}): ${output}`)));
  });
}

async function login(baseUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'load', password: PASSWORD }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

describe('health probes under load on the embedded store', { timeout: 90_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kz-health-load-'));
  let skns: string[];
  let service: { child: ChildProcess; baseUrl: string } | undefined;

  before(async () => {
    skns = await prepareStore(dir);
    service = await serve(dir);
  });

  after(async () => {
    if (service?.child.exitCode === null) service.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers every /health and /ready probe within its timeout while 200 connections read person views', async () => {
    assert.ok(service && skns.length >= 50, `only ${skns.length} persons`);
    const { baseUrl } = service;
    const headers = await login(baseUrl);
    const probes = startProbes({ baseUrl, paths: ['/health', '/ready'], intervalMs: 250, timeoutMs: 1000 });
    let i = 0;
    const load = await autocannon({
      url: baseUrl,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      timeout: 10,
      headers,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            method: 'POST',
            path: '/api/v1/personen/raadplegen',
            body: JSON.stringify({ skn: skns[i++ % skns.length] }),
          }),
        },
      ],
    });
    const stats = await probes.stop();

    // The load was real: person views were read throughout, none refused.
    assert.ok(load['2xx'] >= 50, `only ${load['2xx']} person views answered`);
    assert.equal(load.non2xx, 0);
    for (const probe of stats) {
      const figures = JSON.stringify(probe);
      assert.ok(
        probe.sent >= (LOAD_SECONDS * 1000) / 250 - 2,
        `${probe.path} sent too few probes: ${figures}`,
      );
      assert.equal(probe.failed, 0, `${probe.path} probes failed: ${figures}`);
      // Answered within the probe's timeout, as Kubernetes asks; how fast is bench/health.ts's to
      // measure, not a test's to assert on a machine that may be running other tests beside it.
      assert.ok(probe.max < 1000, `${probe.path}: ${figures}`);
    }
  });

  it('stops cleanly on SIGTERM: the worker closes the store and the lock is released', async () => {
    assert.ok(service);
    const exited = new Promise<number | null>((resolve) => service?.child.once('exit', resolve));
    service.child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(fs.existsSync(path.join(dir, 'pglite.lock')), false);
  });
});
