/**
 * `ketenzicht das build`: the partners' deliveries and the detention event
 * log in, a release out. The release has two parts: `secure/<release>`, the
 * linked, pseudonymized microdata (Parquet) that only the environment's
 * analysts see, and `published/<release>`, the information products after
 * disclosure control, which the open-data API serves. Nothing is written
 * until every delivery passed its checks; a release is assembled beside the
 * old one and swapped in, and `published/current.json` then points at it. The
 * same inputs and key give the same files, byte for byte.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReferenceCatalog } from '../reference/index.ts';
import { type Duck, identifier as id, literal, openDuck } from './duck.ts';
import { type LoadReport, loadDeliveries } from './load.ts';
import { type Catalog, statusColumn, type TableMeta, valueColumn } from './published.ts';
import { loadReferenceTables } from './reference-tables.ts';
import { buildMicrodata, MICRODATA, releaseKey } from './secure.ts';
import { buildTables, type PublishedTable } from './tables.ts';

export interface BuildOptions {
  deliveries: string;
  /** A JSONL file of detention events (inbound contract); without it the release has no detention data. */
  events?: string;
  /** The configured key (DAS_PSEUDONYM_KEY); never written anywhere. */
  key: string;
  /** The release's name, e.g. 2026-11: part of its key, so releases cannot be linked. */
  release: string;
  /** The environment's folder (DAS_DIR). */
  out: string;
  catalog: ReferenceCatalog;
  /** The deliveries are the simulation's, not the partners' (the demo): the release says so, and the dashboard too. */
  synthetic?: boolean;
  progress?: (step: string) => void;
  /** DuckDB's threads (DAS_THREADS); default one per core. */
  threads?: number;
  /** DuckDB's memory limit (DAS_MEMORY_LIMIT); default DuckDB's own, 80% of the machine's memory. */
  memoryLimit?: string;
  /** The folder DuckDB spills to (DAS_TEMP_DIR), in a scratch folder of its own; default the system's temporary folder. */
  tempDir?: string;
}

export type BuildResult =
  | { ok: true; release: string; tables: { id: string; rows: number }[]; microdata: Record<string, number> }
  | { ok: false; report: LoadReport };

export const RELEASE_NAME = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Writes one published table as Parquet (dimensions, then per measure value and status) and its metadata. */
async function writeTable(
  duck: Duck,
  table: PublishedTable,
  release: string,
  dir: string,
): Promise<TableMeta> {
  const { meta, rows } = table;
  const dims = meta.dimensions.map((d) => d.id);
  const measures = meta.measures.map((m) => m.id);
  const name = id(`pub_${meta.id}`);
  await duck.run(
    `CREATE OR REPLACE TEMP TABLE ${name} (${[
      ...dims.map((d) => `${id(d)} VARCHAR`),
      ...measures.flatMap((m) => [`${id(valueColumn(m))} DOUBLE`, `${id(statusColumn(m))} VARCHAR`]),
    ].join(', ')})`,
  );
  const appender = await duck.connection.createAppender(`pub_${meta.id}`);
  for (const row of rows) {
    for (const d of dims) appender.appendVarchar(row.codes[d] ?? '');
    for (const m of measures) {
      const v = row.values[m];
      if (v?.value === null || v?.value === undefined) appender.appendNull();
      else appender.appendDouble(v.value);
      appender.appendVarchar(v?.status ?? 'not-applicable');
    }
    appender.endRow();
  }
  appender.closeSync();
  await duck.run(
    `COPY (SELECT * FROM ${name} ORDER BY ${dims.map(id).join(', ')})
     TO ${literal(path.join(dir, `${meta.id}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await duck.run(`DROP TABLE ${name}`);
  const full: TableMeta = { ...meta, release, rows: rows.length };
  fs.writeFileSync(path.join(dir, `${meta.id}.json`), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

function manifest(dir: string, extra: object): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f !== 'manifest.json')
    .sort()
    .map((file) => ({
      file,
      sha256: sha256File(path.join(dir, file)),
      bytes: fs.statSync(path.join(dir, file)).size,
    }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ ...extra, files }, null, 2)}\n`);
}

/** Puts `built` in the place of `target`, whatever was there, without a moment of neither. */
function swapIn(built: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(built, target);
  fs.rmSync(old, { recursive: true, force: true });
}

/** Points published/current.json at `release` (written beside it, then renamed over it). */
function pointAt(out: string, release: string): void {
  const file = path.join(out, 'published', 'current.json');
  const next = `${file}.${process.pid}`;
  fs.writeFileSync(next, `${JSON.stringify({ release }, null, 2)}\n`);
  fs.renameSync(next, file);
}

/** The folder of the release the API serves, or undefined when nothing has been published. */
export function currentRelease(out: string): string | undefined {
  try {
    const { release } = JSON.parse(fs.readFileSync(path.join(out, 'published', 'current.json'), 'utf8')) as {
      release?: string;
    };
    if (!release || !RELEASE_NAME.test(release)) return undefined;
    const dir = path.join(out, 'published', release);
    return fs.existsSync(path.join(dir, 'catalog.json')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

export async function buildRelease(options: BuildOptions): Promise<BuildResult> {
  if (!RELEASE_NAME.test(options.release)) throw new Error(`not a release name: ${options.release}`);
  const progress = options.progress ?? (() => {});
  const scratch = fs.mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), 'ketenzicht-das-'));
  const duck = await openDuck({
    tempDirectory: path.join(scratch, 'spill'),
    threads: options.threads ?? os.availableParallelism(),
    memoryLimit: options.memoryLimit,
  });
  try {
    // Read back, not echoed: what DuckDB took is what bounds the build (bench/RESULTS.md, docs/operations.md).
    const [engine] = await duck.rows<{ memory: string; threads: string | bigint }>(
      "SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads",
    );
    progress(`DuckDB: memory_limit ${engine?.memory}, threads ${engine?.threads}`);
    progress('reference data');
    await loadReferenceTables(duck, options.catalog);
    progress('checking the deliveries');
    const report = await loadDeliveries(duck, options.deliveries);
    if (report.problems.length > 0) return { ok: false, report };

    progress('pseudonymizing and linking');
    await buildMicrodata(duck, { key: releaseKey(options.key, options.release), eventsFile: options.events });

    const building = path.join(options.out, `.building-${options.release}-${process.pid}`);
    fs.rmSync(building, { recursive: true, force: true });
    const secure = path.join(building, 'secure');
    const published = path.join(building, 'published');
    fs.mkdirSync(secure, { recursive: true });
    fs.mkdirSync(published, { recursive: true });

    progress('writing the microdata');
    const microdata: Record<string, number> = {};
    for (const t of MICRODATA) {
      await duck.run(
        `COPY m_${t} TO ${literal(path.join(secure, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`,
      );
      const [row] = await duck.rows<{ n: bigint }>(`SELECT count(*) AS n FROM m_${t}`);
      microdata[t] = Number(row?.n ?? 0);
    }
    const inputs = Object.fromEntries(
      [
        ...report.files.map((f) => path.join(options.deliveries, f.file)),
        ...(options.events ? [options.events] : []),
      ].map((file) => [path.basename(file), sha256File(file)]),
    );
    manifest(secure, { release: options.release, inputs, rows: microdata });

    progress('computing the information products');
    const tables = await buildTables(duck);
    progress('disclosure control and publication');
    const metas: TableMeta[] = [];
    for (const table of tables) metas.push(await writeTable(duck, table, options.release, published));
    const catalog: Catalog = {
      release: options.release,
      builtFrom: Object.keys(inputs).sort().join(', '),
      ...(options.synthetic ? { synthetic: true } : {}),
      tables: metas.map((m) => ({
        id: m.id,
        title: m.title,
        theme: m.theme,
        summary: m.summary,
        rows: m.rows,
      })),
    };
    fs.writeFileSync(path.join(published, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
    manifest(published, { release: options.release, inputs });

    fs.mkdirSync(path.join(options.out, 'secure'), { recursive: true });
    fs.mkdirSync(path.join(options.out, 'published'), { recursive: true });
    swapIn(secure, path.join(options.out, 'secure', options.release));
    swapIn(published, path.join(options.out, 'published', options.release));
    fs.rmSync(building, { recursive: true, force: true });
    pointAt(options.out, options.release);
    return {
      ok: true,
      release: options.release,
      tables: metas.map((m) => ({ id: m.id, rows: m.rows })),
      microdata,
    };
  } finally {
    duck.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
