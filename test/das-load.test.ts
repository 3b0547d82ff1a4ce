/**
 * das build, its first step: the partners' deliveries are checked against
 * their schemas, and every problem is reported with file, line and column.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { type Duck, literal, openDuck } from '../src/statistics/duck.ts';
import { type LoadReport, loadDeliveries } from '../src/statistics/load.ts';
import { loadReferenceTables } from '../src/statistics/reference-tables.ts';
import { FIXTURE_ROWS, type Row, toCsv, writeDeliveries } from './fixtures/deliveries.ts';

describe('loading the deliveries', () => {
  let duck: Duck;
  const dirs: string[] = [];
  before(async () => {
    duck = await openDuck({ threads: 2 });
    await loadReferenceTables(duck, defaultReferenceCatalog());
  });
  after(() => {
    duck.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  const load = async (change: Parameters<typeof writeDeliveries>[0] = {}): Promise<LoadReport> => {
    const dir = writeDeliveries(change);
    dirs.push(dir);
    return loadDeliveries(duck, dir);
  };
  const withRow = (name: keyof typeof FIXTURE_ROWS, i: number, patch: Row) =>
    FIXTURE_ROWS[name].map((r, k) => (k === i ? { ...r, ...patch } : r));

  it('accepts the clean deliveries and counts their rows', async () => {
    const report = await load();
    assert.deepEqual(report.problems, []);
    assert.deepEqual(
      report.files.map((f) => [f.delivery, f.rows]),
      [
        ['politie-misdrijven', 3],
        ['politie-verdachten', 2],
        ['om-zaken', 2],
        ['rechtspraak-vonnissen', 1],
        ['cjib-executies', 2],
      ],
    );
  });

  it('names a missing delivery', async () => {
    const report = await load({ 'cjib-executies': null });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.rule]),
      [['cjib-executies.csv', 'missing']],
    );
  });

  it('names missing and unknown columns on line 1', async () => {
    const columns = ['registration_id', 'registered_on', 'law_article', 'crime_municipality', 'colour'];
    const report = await load({
      'politie-misdrijven': toCsv('politie-misdrijven', FIXTURE_ROWS['politie-misdrijven'], columns),
    });
    const problems = report.problems.filter((p) => p.file === 'politie-misdrijven.csv');
    assert.deepEqual(
      problems.map((p) => [p.line, p.rule, p.message]),
      [
        [1, 'columns', 'missing columns: committed_on'],
        [1, 'columns', 'unknown columns: colour'],
      ],
    );
  });

  it('reports a line with too many fields as malformed, with its line number', async () => {
    const text = `${toCsv('politie-misdrijven', FIXTURE_ROWS['politie-misdrijven']).trimEnd()}\nPL-4,2023-05-01,,Sr 310,GM0363,extra\n`;
    const report = await load({ 'politie-misdrijven': text });
    const malformed = report.problems.find((p) => p.file === 'politie-misdrijven.csv');
    assert.equal(malformed?.rule, 'malformed');
    assert.equal(malformed?.line, 5);
    assert.equal(report.counts['politie-misdrijven.csv'], 1);
  });

  it('lists the first 50 malformed lines of a file and counts them all', async () => {
    const extra = Array.from({ length: 60 }, (_, i) => `PL-${10 + i},2023-05-01,,Sr 310,GM0363,extra`).join(
      '\n',
    );
    const text = `${toCsv('politie-misdrijven', FIXTURE_ROWS['politie-misdrijven']).trimEnd()}\n${extra}\n`;
    const report = await load({ 'politie-misdrijven': text });
    const listed = report.problems.filter((p) => p.file === 'politie-misdrijven.csv');
    assert.equal(listed.length, 50);
    assert.equal(report.counts['politie-misdrijven.csv'], 60);
  });

  it('reports bad values with file, line and column: type, required, code lists, formats', async () => {
    const report = await load({
      'politie-misdrijven': withRow('politie-misdrijven', 1, {
        registered_on: '2023-02-30',
        law_article: 'Sr 9999',
        crime_municipality: 'GM9999',
      }),
      'om-zaken': withRow('om-zaken', 0, { decision: 'pardon', skn: null, parketnummer: '13-1-23' }),
      'rechtspraak-vonnissen': withRow('rechtspraak-vonnissen', 0, { prison_days: -3, tbs: 'ja' }),
    });
    const seen = report.problems.map((p) => [p.file, p.line, p.column, p.rule]);
    for (const expected of [
      ['politie-misdrijven.csv', 3, 'registered_on', 'date'],
      ['politie-misdrijven.csv', 3, 'law_article', 'unknown-code'],
      ['politie-misdrijven.csv', 3, 'crime_municipality', 'unknown-code'],
      ['om-zaken.csv', 2, 'decision', 'unknown-code'],
      ['om-zaken.csv', 2, 'skn', 'required'],
      ['om-zaken.csv', 2, 'parketnummer', 'format'],
      ['rechtspraak-vonnissen.csv', 2, 'prison_days', 'integer'],
      ['rechtspraak-vonnissen.csv', 2, 'tbs', 'boolean'],
    ])
      assert.ok(
        seen.some((s) => JSON.stringify(s) === JSON.stringify(expected)),
        `expected ${expected.join(' ')} in ${JSON.stringify(seen)}`,
      );
  });

  it('reports duplicate keys and references to rows that are not there', async () => {
    const report = await load({
      'politie-misdrijven': [
        ...FIXTURE_ROWS['politie-misdrijven'],
        FIXTURE_ROWS['politie-misdrijven'][0] as Row,
      ],
      'rechtspraak-vonnissen': withRow('rechtspraak-vonnissen', 0, { parketnummer: '99/999999-23' }),
    });
    const rules = report.problems.map((p) => `${p.file}:${p.line}:${p.rule}`);
    assert.ok(rules.includes('politie-misdrijven.csv:2:duplicate-key'), rules.join(' '));
    assert.ok(rules.includes('politie-misdrijven.csv:5:duplicate-key'), rules.join(' '));
    assert.ok(rules.includes('rechtspraak-vonnissen.csv:2:broken-reference'), rules.join(' '));
    assert.equal(report.counts['rechtspraak-vonnissen.csv'], 1);
  });

  it('reads Parquet deliveries the same way, rows numbered from 1', async () => {
    const dir = writeDeliveries();
    dirs.push(dir);
    const csv = path.join(dir, 'om-zaken.csv');
    const parquet = path.join(dir, 'om-zaken.parquet');
    await duck.run(
      `COPY (SELECT * REPLACE (CASE WHEN decision = 'summons' THEN 'amnesty' ELSE decision END AS decision)
             FROM read_csv(${literal(csv)}, all_varchar = true)) TO ${literal(parquet)} (FORMAT parquet)`,
    );
    fs.rmSync(csv);
    const report = await loadDeliveries(duck, dir);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.column, p.rule]),
      [['om-zaken.parquet', 1, 'decision', 'unknown-code']],
    );
  });
});
