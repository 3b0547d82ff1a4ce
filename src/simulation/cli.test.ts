import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { simulateCommand } from '../cli/simulate.ts';
import { simulate } from './index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ketenzicht-simulate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = ['--preset', 'demo', '--years', '1', '--persons', '300', '--seed', '9'];
const expected = `${[...simulate({ preset: 'demo', years: 1, persons: 300, seed: 9 })].map((e) => JSON.stringify(e)).join('\n')}\n`;
const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'ketenzicht.js');

describe('ketenzicht simulate', () => {
  test('writes to --out exactly what the library makes', async (t) => {
    t.mock.method(console, 'error', () => {});
    const out = path.join(dir, 'direct.jsonl');
    await simulateCommand()
      .exitOverride()
      .parseAsync(['node', 'simulate', ...ARGS, '--out', out]);
    assert.equal(readFileSync(out, 'utf8'), expected);
  });

  test('refuses an error rate above one half', async () => {
    const command = simulateCommand()
      .exitOverride()
      .configureOutput({ writeErr: () => {} });
    await assert.rejects(command.parseAsync(['node', 'simulate', '--error-rate', '0.9']), /error-rate/);
  });

  test('runs as a command of bin/ketenzicht.js, to a file and to standard output', () => {
    const node = process.execPath;
    const out = path.join(dir, 'bin.jsonl');
    assert.ok(existsSync(bin), `${bin} is missing`);
    const toFile = spawnSync(node, [bin, 'simulate', ...ARGS, '--out', out], { cwd: root, encoding: 'utf8' });
    // A missing registration is the regression this test names: it fails, never skips.
    assert.doesNotMatch(toFile.stderr, /unknown command/, 'simulate is not registered in bin/ketenzicht.js');
    assert.equal(toFile.status, 0, toFile.stderr);
    assert.equal(readFileSync(out, 'utf8'), expected);
    const toStdout = spawnSync(node, [bin, 'simulate', ...ARGS], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    assert.equal(toStdout.status, 0, toStdout.stderr);
    assert.equal(toStdout.stdout, expected);
  });
});
