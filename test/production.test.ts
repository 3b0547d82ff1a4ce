/**
 * Issue 11, finding 7: a production mode that fails closed, and files only
 * the service's own user can read. Run as an operator runs the command.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { restrictToOwner } from '../src/platform/secrets.ts';
import { BIN, runCli } from './helpers/cli.ts';

/** Every file and folder under `dir` that group or others may read, write or enter. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (target: string) => {
    const stat = fs.lstatSync(target);
    if ((stat.mode & 0o077) !== 0) found.push(`${target} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
  };
  visit(dir);
  return found;
}

describe('production mode and file permissions', () => {
  let dir: string;
  let previousUmask: number;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-prod-'));
    // What a shell usually has, and what left 970 of 1,135 store files world-readable.
    previousUmask = process.umask(0o022);
  });
  after(() => {
    process.umask(previousUmask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ketenzicht = (env: Record<string, string>, ...args: string[]) =>
    runCli(args, { DATABASE_URL: '', KETENZICHT_ENV: '', NODE_ENV: '', ...env });

  it('refuses to serve in production without a database, keys, anchors and a login policy, listing each', async () => {
    const data = path.join(dir, 'refused');
    const { code, stderr } = await ketenzicht(
      { KETENZICHT_ENV: 'production', KETENZICHT_DATA_DIR: data, COOKIE_SECURE: 'false' },
      'serve',
      '--no-portal',
    );
    assert.equal(code, 2, stderr);
    for (const expected of [
      /DATABASE_URL is required/,
      /KETENZICHT_PSEUDONYM_KEY is required/,
      /KETENZICHT_AUDIT_KEY is required/,
      /KETENZICHT_CHECKPOINT_DIR is required/,
      /COOKIE_SECURE=false is not allowed/,
      /login policy is required/,
    ])
      assert.match(stderr, expected);
    assert.equal(fs.existsSync(path.join(data, 'pseudonym.key')), false, 'no key file made on the fly');
  });

  it('refuses a key of 32 identical characters', async () => {
    const { code, stderr } = await ketenzicht(
      { KETENZICHT_PSEUDONYM_KEY: 'k'.repeat(32), KETENZICHT_DATA_DIR: path.join(dir, 'weak') },
      'migrate',
    );
    assert.equal(code, 2);
    assert.match(stderr, /KETENZICHT_PSEUDONYM_KEY is too predictable/);
  });

  it('writes the embedded store and a simulation readable by its own user only, whatever the umask', async () => {
    const data = path.join(dir, 'store');
    const migrated = await ketenzicht({ KETENZICHT_DATA_DIR: data }, 'migrate');
    assert.equal(migrated.code, 0, migrated.stderr);
    const out = path.join(dir, 'sim', 'events.jsonl');
    fs.mkdirSync(path.dirname(out), { mode: 0o700 });
    const simulated = await ketenzicht(
      { KETENZICHT_DATA_DIR: data },
      'simulate',
      '--persons',
      '20',
      '--years',
      '1',
      '--out',
      out,
    );
    assert.equal(simulated.code, 0, simulated.stderr);
    assert.ok(fs.statSync(out).size > 0);
    assert.deepEqual(openToOthers(data), []);
    assert.deepEqual(openToOthers(path.dirname(out)), []);
  });

  it('takes group and other rights away from what an older version left in the data folder', () => {
    const legacy = path.join(dir, 'legacy');
    fs.mkdirSync(path.join(legacy, 'pglite', 'base'), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(legacy, 'pglite', 'base', '1'), 'rows', { mode: 0o644 });
    fs.writeFileSync(path.join(legacy, 'pseudonym.key'), 'k', { mode: 0o666 });
    assert.ok(openToOthers(legacy).length >= 4);
    assert.ok(restrictToOwner(legacy) >= 4);
    assert.deepEqual(openToOthers(legacy), []);
    assert.equal(restrictToOwner(legacy), 0, 'idempotent');
  });

  it('warns at start when cookies are not secure and the service listens beyond this machine', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--no-portal'], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        KETENZICHT_ENV: '',
        NODE_ENV: '',
        KETENZICHT_DATA_DIR: path.join(dir, 'cookies'),
        HOST: '0.0.0.0',
        PORT: '0',
        COOKIE_SECURE: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const started = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ketenzicht is running')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    try {
      await started;
    } finally {
      // Wait for its shutdown (the last checkpoint, the store closed) before the folder is removed.
      const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve();
      child.kill('SIGTERM');
      await exited;
    }
    assert.match(output, /COOKIE_SECURE=false while listening beyond this machine/);
  });
});
