/**
 * Loading the partners' deliveries into the build's DuckDB and checking them
 * against their schemas (deliveries.ts): the columns, each value's type and
 * code, keys and the references between deliveries. Every problem is reported
 * with its file, line and column; one problem rejects the whole build, so the
 * published tables stay as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Column, DELIVERIES, DELIVERY_NAMES, type Delivery, type DeliveryName } from './deliveries.ts';
import { type Duck, identifier as id, literal } from './duck.ts';

export interface DeliveryProblem {
  file: string;
  /** The line in a CSV file (the header is line 1), or the row in a Parquet file (the first is 1); undefined for the file as a whole. */
  line?: number;
  column?: string;
  rule: string;
  message: string;
}

export interface LoadReport {
  files: { delivery: DeliveryName; file: string; rows: number }[];
  problems: DeliveryProblem[];
  /** Problems per file, all of them (`problems` holds at most `limit` per file). */
  counts: Record<string, number>;
}

/** How many problems per file are listed in full. */
export const PROBLEMS_LISTED = 50;

const PATTERNS: Record<string, string> = {
  skn: '[0-9A-Za-z-]{1,20}',
  parketnummer: '[0-9]{2}/[0-9]{6}-[0-9]{2}',
  date: '[0-9]{4}-[0-9]{2}-[0-9]{2}',
  integer: '[0-9]{1,12}',
};

const raw = (name: DeliveryName) => id(`raw_${name}`);

/** The delivery's file in `dir`: exactly one of <name>.csv and <name>.parquet. */
function findFile(dir: string, name: DeliveryName): { file?: string; problem?: DeliveryProblem } {
  const found = ['csv', 'parquet']
    .map((ext) => `${name}.${ext}`)
    .filter((f) => fs.existsSync(path.join(dir, f)));
  if (found.length === 1) return { file: found[0] };
  return {
    problem: {
      file: `${name}.csv`,
      rule: found.length === 0 ? 'missing' : 'ambiguous',
      message:
        found.length === 0
          ? `the delivery ${name} is missing: expected ${name}.csv or ${name}.parquet`
          : `both ${name}.csv and ${name}.parquet are present: deliver one`,
    },
  };
}

/** The header of a CSV file, read without loading the file. */
function csvHeader(file: string): string[] {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const line = text.split(/\r?\n/, 1)[0] ?? '';
    return line === '' ? [] : line.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
  } finally {
    fs.closeSync(fd);
  }
}

function columnProblems(delivery: Delivery, file: string, present: string[]): DeliveryProblem[] {
  const expected = delivery.columns.map((c) => c.name);
  const missing = expected.filter((c) => !present.includes(c));
  const extra = present.filter((c) => !expected.includes(c));
  const duplicate = present.filter((c, i) => present.indexOf(c) !== i);
  const problems: DeliveryProblem[] = [];
  if (missing.length > 0)
    problems.push({ file, line: 1, rule: 'columns', message: `missing columns: ${missing.join(', ')}` });
  if (extra.length > 0)
    problems.push({ file, line: 1, rule: 'columns', message: `unknown columns: ${extra.join(', ')}` });
  if (duplicate.length > 0)
    problems.push({ file, line: 1, rule: 'columns', message: `columns twice: ${duplicate.join(', ')}` });
  return problems;
}

/**
 * Loads one delivery as text columns with its line numbers into raw_<name>;
 * structural problems stop it there (the first PROBLEMS_LISTED listed, all counted).
 */
async function loadRaw(
  duck: Duck,
  dir: string,
  delivery: Delivery,
  file: string,
): Promise<{ problems: DeliveryProblem[]; total: number }> {
  const full = path.join(dir, file);
  const wanted = delivery.columns.map((c) => id(c.name)).join(', ');
  if (file.endsWith('.csv')) {
    const header = csvHeader(full);
    const problems = columnProblems(delivery, file, header);
    if (problems.length > 0) return { problems, total: problems.length };
    const columns = `{${header.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ')}}`;
    const suffix = delivery.name.replaceAll('-', '_');
    const rejects = id(`rejects_${suffix}`);
    // DuckDB adds to reject tables that exist: start each load with none.
    await duck.run(`DROP TABLE IF EXISTS ${rejects}; DROP TABLE IF EXISTS ${id(`rejects_scan_${suffix}`)}`);
    await duck.run(
      `CREATE OR REPLACE TABLE ${raw(delivery.name)} AS
       SELECT row_number() OVER () + 1 AS __line, ${wanted}
       FROM read_csv(${literal(full)}, header = true, delim = ',', quote = '"', escape = '"',
                     auto_detect = false, columns = ${columns}, store_rejects = true,
                     rejects_table = ${literal(`rejects_${suffix}`)}, rejects_scan = ${literal(`rejects_scan_${suffix}`)})`,
    );
    const rejected = await duck.rows<{ line: bigint | number; message: string; total: bigint | number }>(
      `SELECT line, error_message AS message, count(*) OVER () AS total
       FROM ${rejects} ORDER BY line LIMIT ${PROBLEMS_LISTED}`,
    );
    return {
      problems: rejected.map((r) => ({ file, line: Number(r.line), rule: 'malformed', message: r.message })),
      total: Number(rejected[0]?.total ?? 0),
    };
  }
  const described = await duck.rows<{ column_name: string }>(
    `DESCRIBE SELECT * FROM read_parquet(${literal(full)})`,
  );
  const problems = columnProblems(
    delivery,
    file,
    described.map((d) => d.column_name),
  );
  if (problems.length > 0) return { problems, total: problems.length };
  await duck.run(
    `CREATE OR REPLACE TABLE ${raw(delivery.name)} AS
     SELECT file_row_number + 1 AS __line,
            ${delivery.columns.map((c) => `CAST(${id(c.name)} AS VARCHAR) AS ${id(c.name)}`).join(', ')}
     FROM read_parquet(${literal(full)}, file_row_number = true)`,
  );
  return { problems: [], total: 0 };
}

/** SQL selecting (line, column, rule, message) for every bad value of a column. */
function valueChecks(delivery: Delivery, column: Column): string[] {
  const c = id(column.name);
  const from = `FROM ${raw(delivery.name)}`;
  const bad = (rule: string, message: string, where: string) =>
    `SELECT __line, ${literal(column.name)}, ${literal(rule)}, ${message} ${from} WHERE ${where}`;
  const quoted = (m: string) => `${literal(m)} || ' (' || ${c} || ')'`;
  const checks: string[] = [];
  if (!column.nullable) checks.push(bad('required', literal(`${column.name} is empty`), `${c} IS NULL`));
  const present = `${c} IS NOT NULL`;
  switch (column.type) {
    case 'date':
      checks.push(
        bad(
          'date',
          quoted(`${column.name} is not a date YYYY-MM-DD`),
          `${present} AND (NOT regexp_full_match(${c}, '${PATTERNS.date}') OR TRY_CAST(${c} AS DATE) IS NULL)`,
        ),
      );
      break;
    case 'integer':
      checks.push(
        bad(
          'integer',
          quoted(`${column.name} is not a whole number of 0 or more`),
          `${present} AND NOT regexp_full_match(${c}, '${PATTERNS.integer}')`,
        ),
      );
      break;
    case 'boolean':
      checks.push(
        bad(
          'boolean',
          quoted(`${column.name} is not true or false`),
          `${present} AND lower(${c}) NOT IN ('true', 'false')`,
        ),
      );
      break;
    case 'text':
      break;
  }
  const check = column.check;
  if (check) {
    switch (check.kind) {
      case 'offence':
        checks.push(
          bad(
            'unknown-code',
            quoted(`unknown law article in ${column.name}`),
            `${present} AND ${c} NOT IN (SELECT code FROM ref_offences)`,
          ),
        );
        break;
      case 'municipality':
        checks.push(
          bad(
            'unknown-code',
            quoted(`unknown municipality code in ${column.name}`),
            `${present} AND ${c} NOT IN (SELECT code FROM ref_municipalities)`,
          ),
        );
        break;
      case 'skn':
      case 'parketnummer':
        checks.push(
          bad(
            'format',
            quoted(`${column.name} is not a valid ${check.kind}`),
            `${present} AND NOT regexp_full_match(${c}, '${PATTERNS[check.kind]}')`,
          ),
        );
        break;
      case 'one-of':
        checks.push(
          bad(
            'unknown-code',
            quoted(`${column.name} must be one of ${check.values.join(', ')}`),
            `${present} AND ${c} NOT IN (${check.values.map(literal).join(', ')})`,
          ),
        );
        break;
    }
  }
  return checks;
}

function keyCheck(delivery: Delivery): string {
  const key = delivery.key.map(id).join(', ');
  return `SELECT __line, ${literal(delivery.key.join('+'))}, 'duplicate-key',
            ${literal(`the same ${delivery.key.join(' and ')} appears on more than one line`)}
          FROM (SELECT __line, count(*) OVER (PARTITION BY ${key}) AS n FROM ${raw(delivery.name)}) WHERE n > 1`;
}

function referenceChecks(delivery: Delivery, loaded: ReadonlySet<DeliveryName>): string[] {
  return delivery.references
    .filter((r) => loaded.has(r.delivery))
    .map((r) => {
      const c = id(r.column);
      return `SELECT __line, ${literal(r.column)}, 'broken-reference',
                ${literal(`${r.column} not found in ${r.delivery}`)} || ' (' || ${c} || ')'
              FROM ${raw(delivery.name)}
              WHERE ${c} IS NOT NULL AND ${c} NOT IN (SELECT ${id(r.to)} FROM ${raw(r.delivery)} WHERE ${id(r.to)} IS NOT NULL)`;
    });
}

/**
 * Loads every delivery of `dir` into raw_<name> tables and checks them. The
 * report lists the problems; the caller publishes nothing when there are any.
 */
export async function loadDeliveries(duck: Duck, dir: string): Promise<LoadReport> {
  const report: LoadReport = { files: [], problems: [], counts: {} };
  const loaded = new Set<DeliveryName>();
  const fileOf = new Map<DeliveryName, string>();
  for (const name of DELIVERY_NAMES) {
    const { file, problem } = findFile(dir, name);
    if (!file) {
      if (problem) report.problems.push(problem);
      continue;
    }
    fileOf.set(name, file);
    const structural = await loadRaw(duck, dir, DELIVERIES[name], file);
    if (structural.total > 0) report.counts[file] = structural.total;
    if (structural.total > 0) {
      report.problems.push(...structural.problems);
      continue;
    }
    loaded.add(name);
  }
  await duck.run(
    'CREATE OR REPLACE TABLE load_problems (file VARCHAR, line BIGINT, col VARCHAR, rule VARCHAR, message VARCHAR)',
  );
  for (const name of loaded) {
    const delivery = DELIVERIES[name];
    const file = fileOf.get(name) as string;
    const checks = [
      ...delivery.columns.flatMap((column) => valueChecks(delivery, column)),
      keyCheck(delivery),
      ...referenceChecks(delivery, loaded),
    ];
    await duck.run(
      `INSERT INTO load_problems SELECT ${literal(file)}, * FROM (${checks.join('\nUNION ALL\n')})`,
    );
    const [count] = await duck.rows<{ n: bigint | number }>(`SELECT count(*) AS n FROM ${raw(name)}`);
    report.files.push({ delivery: name, file, rows: Number(count?.n ?? 0) });
  }
  // A missing file is one problem; wrong columns and malformed lines were counted where they were found.
  for (const p of report.problems.filter((p) => p.rule === 'missing' || p.rule === 'ambiguous'))
    report.counts[p.file] = (report.counts[p.file] ?? 0) + 1;
  const totals = await duck.rows<{ file: string; n: bigint | number }>(
    'SELECT file, count(*) AS n FROM load_problems GROUP BY file',
  );
  for (const t of totals) report.counts[t.file] = (report.counts[t.file] ?? 0) + Number(t.n);
  const listed = await duck.rows<{
    file: string;
    line: bigint | number;
    col: string;
    rule: string;
    message: string;
  }>(
    `SELECT file, line, col, rule, message FROM (
       SELECT *, row_number() OVER (PARTITION BY file ORDER BY line, col, rule) AS k FROM load_problems)
     WHERE k <= ${PROBLEMS_LISTED} ORDER BY file, line, col, rule`,
  );
  report.problems.push(
    ...listed.map((p) => ({
      file: p.file,
      line: Number(p.line),
      column: p.col,
      rule: p.rule,
      message: p.message,
    })),
  );
  return report;
}
