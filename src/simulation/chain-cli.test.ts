/** `ketenzicht simulate --chain`: the deliveries as CSV or Parquet beside unchanged events. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { simulateCommand } from '../cli/simulate.ts';
import { DELIVERIES, DELIVERY_NAMES, type DeliveryName } from '../statistics/index.ts';
import { digest, root } from './chain.fixtures.ts';
import { DUCKDB_TYPES } from './chain-writer.ts';
import { simulate } from './index.ts';

describe('ketenzicht simulate --chain', () => {
  const ARGS = ['--preset', 'demo', '--years', '1', '--persons', '300', '--seed', '9'];

  test('writes the five deliveries as CSV beside unchanged events', async (t) => {
    t.mock.method(console, 'error', () => {});
    const dir = path.join(root, 'cli-csv');
    const out = path.join(root, 'cli.jsonl');
    await simulateCommand()
      .exitOverride()
      .parseAsync(['node', 'simulate', ...ARGS, '--out', out, '--chain', dir]);
    assert.deepEqual(readdirSync(dir).sort(), DELIVERY_NAMES.map((d) => `${d}.csv`).sort());
    const expected = `${[...simulate({ preset: 'demo', years: 1, persons: 300, seed: 9 })].map((e) => JSON.stringify(e)).join('\n')}\n`;
    assert.equal(readFileSync(out, 'utf8'), expected);
  });

  test('writes Parquet with --chain-format parquet, with the types of deliveries.ts, the same rows as the CSV', async (t) => {
    t.mock.method(console, 'error', () => {});
    const dir = path.join(root, 'cli-parquet');
    await simulateCommand()
      .exitOverride()
      .parseAsync([
        'node',
        'simulate',
        ...ARGS,
        '--out',
        path.join(root, 'cli2.jsonl'),
        '--chain',
        dir,
        '--chain-format',
        'parquet',
      ]);
    assert.deepEqual(readdirSync(dir).sort(), DELIVERY_NAMES.map((d) => `${d}.parquet`).sort());
    const csv = (d: DeliveryName) => {
      const columns = DELIVERIES[d].columns.map((c) => `'${c.name}': '${DUCKDB_TYPES[c.type]}'`).join(', ');
      return `read_csv('${path.join(root, 'cli-csv', `${d}.csv`)}', header = true, auto_detect = false, columns = {${columns}})`;
    };
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const types = { text: 'VARCHAR', date: 'DATE', integer: 'INTEGER', boolean: 'BOOLEAN' } as const;
      for (const d of DELIVERY_NAMES) {
        const file = path.join(dir, `${d}.parquet`);
        const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
        assert.deepEqual(
          described.getRowObjectsJson().map((r) => [r.column_name, r.column_type]),
          DELIVERIES[d].columns.map((c) => [c.name, types[c.type]]),
          d,
        );
        const difference = await connection.runAndReadAll(
          `SELECT count(*) AS n FROM (
             (SELECT * FROM read_parquet('${file}') EXCEPT ALL SELECT * FROM ${csv(d)})
             UNION ALL
             (SELECT * FROM ${csv(d)} EXCEPT ALL SELECT * FROM read_parquet('${file}')))`,
        );
        assert.equal(Number(difference.getRowObjects()[0]?.n), 0, d);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  test('the same seed and options give byte-identical Parquet files', async (t) => {
    t.mock.method(console, 'error', () => {});
    const dir = path.join(root, 'cli-parquet-again');
    await simulateCommand()
      .exitOverride()
      .parseAsync([
        'node',
        'simulate',
        ...ARGS,
        '--out',
        path.join(root, 'cli3.jsonl'),
        '--chain',
        dir,
        '--chain-format',
        'parquet',
      ]);
    for (const d of DELIVERY_NAMES) {
      const file = `${d}.parquet`;
      assert.equal(
        digest(readFileSync(path.join(dir, file)).toString('base64')),
        digest(readFileSync(path.join(root, 'cli-parquet', file)).toString('base64')),
        d,
      );
    }
  });

  test('refuses an unknown chain format', async () => {
    const command = simulateCommand()
      .exitOverride()
      .configureOutput({ writeErr: () => {} });
    await assert.rejects(
      command.parseAsync(['node', 'simulate', '--chain', root, '--chain-format', 'xml']),
      /chain-format/,
    );
  });
});
