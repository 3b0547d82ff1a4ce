/**
 * DuckDB's limits in `das build` come from the configuration: DAS_MEMORY_LIMIT
 * and DAS_THREADS reach the engine (read back from DuckDB itself, not echoed);
 * without them DuckDB keeps its own memory default and a thread per core.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../src/platform/config.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { buildRelease } from '../src/statistics/build.ts';
import { openDuck } from '../src/statistics/duck.ts';
import { writeDeliveries } from './fixtures/deliveries.ts';
import { cliIn } from './helpers/cli.ts';

const KEY = 'settings-test-key-0123456789abcdef012345';

/** What DuckDB says it runs with. */
async function engineSettings(options: Parameters<typeof openDuck>[0]) {
  const duck = await openDuck(options);
  try {
    const [row] = await duck.rows<{ memory: string; threads: bigint | number }>(
      "SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads",
    );
    return { memory: row?.memory, threads: Number(row?.threads) };
  } finally {
    duck.close();
  }
}

describe('DuckDB settings of das build', () => {
  const temp: string[] = [];
  let deliveries: string;
  let events: string;
  before(() => {
    deliveries = writeDeliveries();
    temp.push(deliveries);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-settings-'));
    temp.push(dir);
    events = path.join(dir, 'events.jsonl');
    fs.writeFileSync(events, '');
  });
  after(() => {
    for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  });

  // DuckDB shows sizes in binary units: 512 MB is 488.2 MiB.
  const rows: [env: Record<string, string>, memory: string | undefined, threads: number][] = [
    // undefined: DuckDB's own default, whatever this machine's memory makes it.
    [{}, undefined, os.availableParallelism()],
    [{ DAS_MEMORY_LIMIT: '512MB', DAS_THREADS: '1' }, '488.2 MiB', 1],
    [{ DAS_MEMORY_LIMIT: '2GiB', DAS_THREADS: '3' }, '2.0 GiB', 3],
  ];
  for (const [env, memory, threads] of rows)
    it(`${JSON.stringify(env)} gives DuckDB ${memory ?? 'its default memory'} and ${threads} threads`, async () => {
      const config = loadConfig(env);
      const expected = { memory: memory ?? (await engineSettings({})).memory, threads };
      assert.deepEqual(
        await engineSettings({ memoryLimit: config.dasMemoryLimit, threads: config.dasThreads }),
        expected,
      );
    });

  it('a build says the limits DuckDB took, read back from DuckDB', async () => {
    const steps: string[] = [];
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-settings-out-'));
    temp.push(out);
    const result = await buildRelease({
      deliveries,
      events,
      key: KEY,
      release: 'r1',
      out,
      catalog: defaultReferenceCatalog(),
      memoryLimit: '1GB',
      threads: 1,
      progress: (step) => steps.push(step),
    });
    assert.ok(result.ok);
    assert.ok(steps.includes('DuckDB: memory_limit 953.6 MiB, threads 1'), steps.join('\n'));
  });

  it('ketenzicht das build takes DAS_MEMORY_LIMIT, DAS_THREADS and DAS_TEMP_DIR from the environment', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-settings-cli-'));
    temp.push(dir);
    const spill = path.join(dir, 'spill');
    fs.mkdirSync(spill);
    const result = await cliIn(dir, {
      DAS_PSEUDONYM_KEY: KEY,
      DAS_DIR: path.join(dir, 'das'),
      DAS_MEMORY_LIMIT: '512MB',
      DAS_THREADS: '1',
      DAS_TEMP_DIR: spill,
    })('das', 'build', '--deliveries', deliveries, '--events', events, '--release', 'r1');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /DuckDB: memory_limit 488\.2 MiB, threads 1\n/);
    assert.deepEqual(fs.readdirSync(spill), [], 'the scratch folder is cleared');
    // A spill folder that is not there fails the build, naming it, rather than spilling elsewhere.
    const missing = path.join(dir, 'no-such-folder');
    const refused = await cliIn(dir, {
      DAS_PSEUDONYM_KEY: KEY,
      DAS_DIR: path.join(dir, 'das'),
      DAS_TEMP_DIR: missing,
    })('das', 'build', '--deliveries', deliveries, '--events', events, '--release', 'r2');
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /no-such-folder/);
  });
});
