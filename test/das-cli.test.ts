/** `ketenzicht das build`, run as an operator runs it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURE_ROWS, writeDeliveries } from './fixtures/deliveries.ts';
import { cliIn } from './helpers/cli.ts';

const KEY = 'cli-test-key-0123456789abcdef0123456789ab';

describe('ketenzicht das build', () => {
  let dir: string;
  const made: string[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-cli-'));
    fs.writeFileSync(path.join(dir, 'events.jsonl'), '');
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  });

  const das = (env: Record<string, string>, ...args: string[]) =>
    cliIn(dir, { DAS_PSEUDONYM_KEY: '', ...env })('das', 'build', ...args);
  const deliveries = (change: Parameters<typeof writeDeliveries>[0] = {}) => {
    const d = writeDeliveries(change);
    made.push(d);
    return d;
  };
  const events = () => path.join(dir, 'events.jsonl');

  it('publishes a release into DAS_DIR, telling its progress, and lists the tables', async () => {
    const out = path.join(dir, 'das');
    const result = await das(
      { DAS_PSEUDONYM_KEY: KEY, DAS_DIR: out },
      '--deliveries',
      deliveries(),
      '--events',
      events(),
      '--release',
      'r1',
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /checking the deliveries/);
    assert.match(result.stderr, /published release r1/);
    assert.match(result.stdout, /table ketenstroom: \d+ rows/);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(out, 'published', 'current.json'), 'utf8')), {
      release: 'r1',
    });
  });

  it('reports a rejected delivery per file and line, exits 1, and publishes nothing', async () => {
    const out = path.join(dir, 'das-rejected');
    const bad = deliveries({
      'rechtspraak-vonnissen': FIXTURE_ROWS['rechtspraak-vonnissen'].map((r) => ({
        ...r,
        verdict_on: '2023-13-01',
      })),
    });
    const result = await das(
      { DAS_PSEUDONYM_KEY: KEY, DAS_DIR: out },
      '--deliveries',
      bad,
      '--events',
      events(),
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /rejected; the published tables stay as they were/);
    assert.match(result.stderr, /rechtspraak-vonnissen\.csv, line 2, verdict_on: verdict_on is not a date/);
    assert.equal(fs.existsSync(path.join(out, 'published')), false);
  });

  it('refuses to run without DAS_PSEUDONYM_KEY, and with a key that is too short', async () => {
    const missing = await das({}, '--deliveries', deliveries(), '--events', events());
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /DAS_PSEUDONYM_KEY is required/);
    const short = await das(
      { DAS_PSEUDONYM_KEY: 'short' },
      '--deliveries',
      deliveries(),
      '--events',
      events(),
    );
    assert.notEqual(short.code, 0);
    assert.match(short.stderr, /DAS_PSEUDONYM_KEY must be at least 32 characters/);
  });

  it('refuses a release name that could leave the folder, and a deliveries folder that is not there', async () => {
    const name = await das({ DAS_PSEUDONYM_KEY: KEY }, '--deliveries', deliveries(), '--release', '../x');
    assert.notEqual(name.code, 0);
    assert.match(name.stderr, /letters, digits/);
    const folder = await das({ DAS_PSEUDONYM_KEY: KEY }, '--deliveries', path.join(dir, 'nowhere'));
    assert.notEqual(folder.code, 0);
    assert.match(folder.stderr, /no such folder/);
  });
});
