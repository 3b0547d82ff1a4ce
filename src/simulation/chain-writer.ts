/**
 * Writing the chain extracts: one file per delivery in a folder, CSV as
 * deliveries.ts describes it (UTF-8, header row, comma, ISO dates, empty field
 * = null, `true`/`false`), written as the rows come (buffered, synchronous
 * writes, so memory holds a buffer per file and no more). Parquet is made from
 * the CSV afterwards with DuckDB, with the column types of deliveries.ts; the
 * CSV is removed then. A file of the other format left in the folder by an
 * earlier run is removed, so the folder holds one file per delivery.
 *
 * ```ts
 * const run = simulate({ preset: 'demo' });
 * const chain = openChain(run, { dir: 'deliveries', format: 'parquet' });
 * await writeSimulation(run, events, chain.observer);
 * const summary = await chain.finish();
 * ```
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultReferenceCatalog } from '../reference/index.ts';
import {
  type ColumnType,
  DELIVERIES,
  DELIVERY_FORMATS,
  DELIVERY_NAMES,
  type DeliveryFormat,
  type DeliveryName,
} from '../statistics/index.ts';
import { type ChainCalibration, ChainGenerator, type ChainSink, type ChainSummary } from './chain/index.ts';
import type { EventObserver } from './engine-model.ts';
import type { SimulationCatalog } from './places.ts';
import type { ResolvedOptions } from './presets.ts';

/** Bytes gathered per file before one write. */
const CHUNK = 1 << 20;
/** Characters of lines gathered before they go into the buffer. */
const PENDING = 2048;
/** Room for the gathered lines, UTF-8 (at most 3 bytes a character, and a line's worth over PENDING). */
const LINE_ROOM = 3 * 2 * PENDING;

/**
 * Writes each delivery to `<dir>/<name><suffix>` as CSV with its header row (unless `header` is false):
 * the lines go into a byte buffer per file, written out when it is full.
 */
export class CsvDeliveryWriter implements ChainSink {
  readonly files: Readonly<Record<DeliveryName, string>>;
  readonly #fds: Record<DeliveryName, number>;
  readonly #buffers: Record<DeliveryName, Buffer>;
  readonly #used: Record<DeliveryName, number>;
  /** Lines not yet in the buffer: joined to one string first, which costs less than a write per line. */
  readonly #pending: Record<DeliveryName, string>;
  #closed = false;

  constructor(dir: string, suffix = '.csv', header = true) {
    fs.mkdirSync(dir, { recursive: true });
    const files = {} as Record<DeliveryName, string>;
    const fds = {} as Record<DeliveryName, number>;
    const buffers = {} as Record<DeliveryName, Buffer>;
    const used = {} as Record<DeliveryName, number>;
    try {
      for (const name of DELIVERY_NAMES) {
        files[name] = path.join(dir, `${name}${suffix}`);
        buffers[name] = Buffer.allocUnsafe(CHUNK + LINE_ROOM);
        used[name] = header
          ? buffers[name].write(`${DELIVERIES[name].columns.map((c) => c.name).join(',')}\n`)
          : 0;
        fds[name] = fs.openSync(files[name], 'w');
      }
    } catch (error) {
      for (const fd of Object.values(fds)) fs.closeSync(fd);
      throw error;
    }
    this.files = files;
    this.#fds = fds;
    this.#buffers = buffers;
    this.#used = used;
    this.#pending = Object.fromEntries(DELIVERY_NAMES.map((name) => [name, ''])) as Record<
      DeliveryName,
      string
    >;
  }

  line(delivery: DeliveryName, text: string): void {
    if (this.#closed) throw new Error('simulation error: a line after the files were closed');
    const pending = `${this.#pending[delivery]}${text}\n`;
    if (pending.length < PENDING) {
      this.#pending[delivery] = pending;
      return;
    }
    this.#pending[delivery] = '';
    this.#put(delivery, pending);
  }

  #put(delivery: DeliveryName, text: string): void {
    const buffer = this.#buffers[delivery];
    let used = this.#used[delivery];
    if (used + text.length * 3 > buffer.length) {
      fs.writeSync(this.#fds[delivery], buffer, 0, used);
      used = 0;
    }
    used += buffer.write(text, used);
    this.#used[delivery] = used;
  }

  /** Writes what is buffered and closes the files. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const name of DELIVERY_NAMES) {
      const fd = this.#fds[name];
      try {
        if (this.#pending[name].length > 0) this.#put(name, this.#pending[name]);
        if (this.#used[name] > 0) fs.writeSync(fd, this.#buffers[name], 0, this.#used[name]);
      } finally {
        fs.closeSync(fd);
      }
      this.#used[name] = 0;
    }
  }
}

/** DuckDB types of the deliveries' column types, in CSV reading and in Parquet. */
export const DUCKDB_TYPES: Readonly<Record<ColumnType, string>> = {
  text: 'VARCHAR',
  date: 'DATE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
};

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Converts `<name>.csv` files made by CsvDeliveryWriter into Parquet files
 * with the column types of deliveries.ts, in file order, with one DuckDB
 * thread, so the same CSV gives the same Parquet, byte for byte.
 */
export async function convertToParquet(
  conversions: readonly { delivery: DeliveryName; csv: string; parquet: string }[],
): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', memory_limit: '256MB' });
  try {
    const connection = await instance.connect();
    try {
      for (const { delivery, csv, parquet } of conversions) {
        const columns = DELIVERIES[delivery].columns
          .map((c) => `${sqlString(c.name)}: ${sqlString(DUCKDB_TYPES[c.type])}`)
          .join(', ');
        await connection.run(
          `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"',
                 auto_detect = false, dateformat = '%Y-%m-%d', buffer_size = 1048576,
                 columns = {${columns}}))
           TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
        );
      }
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

export interface ChainOptions {
  dir: string;
  /** `csv` (default) or `parquet`. */
  format?: DeliveryFormat;
  calibration?: ChainCalibration;
  /**
   * Make the background part in a worker thread, alongside the run's pass
   * (default: when the run uses the default reference catalog, which a worker
   * can load itself). The rows are the same either way.
   */
  thread?: boolean;
}

export interface ChainRun {
  /** Give to the run's pass: `writeSimulation(run, out, chain.observer)`. */
  readonly observer: EventObserver;
  /** The files written (or to be written, for Parquet) by delivery. */
  readonly files: Readonly<Record<DeliveryName, string>>;
  /** After the pass: writes the rest, closes the files, converts to Parquet if asked; resolves with the counts. */
  finish(): Promise<ChainSummary>;
  /** Closes the files and stops the background without finishing (after a failed pass). */
  abort(): void;
}

/** What the background worker (chain-worker.ts) is given. */
export interface BackgroundJob {
  options: ResolvedOptions;
  calibration: ChainCalibration | undefined;
  dir: string;
  suffix: string;
}

/** Makes the background part into `<dir>/<name><suffix>` files, with their headers. */
export function writeBackground(job: BackgroundJob, catalog: SimulationCatalog): ChainSummary {
  const writer = new CsvDeliveryWriter(job.dir, job.suffix);
  try {
    return new ChainGenerator(job.options, catalog, writer, 'background', job.calibration).finish();
  } finally {
    writer.close();
  }
}

function backgroundInWorker(job: BackgroundJob): { summary: Promise<ChainSummary>; stop: () => void } {
  // A young generation smaller than V8's default keeps the two heaps together under 1 GB for a decade.
  const worker = new Worker(new URL('./chain-worker.ts', import.meta.url), {
    workerData: job,
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  const summary = new Promise<ChainSummary>((resolve, reject) => {
    let result: ChainSummary | undefined;
    worker.once('message', (message: ChainSummary) => {
      result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result !== undefined) resolve(result);
      else reject(new Error(`the chain's background worker stopped (exit code ${code})`));
    });
  });
  // The caller may never ask (a failed pass): no unhandled rejection then.
  summary.catch(() => {});
  return { summary, stop: () => void worker.terminate() };
}

/** Appends `part` to `file` and removes it. */
function appendPart(file: string, part: string): void {
  const buffer = Buffer.allocUnsafe(1 << 22);
  const from = fs.openSync(part, 'r');
  try {
    const to = fs.openSync(file, 'a');
    try {
      for (;;) {
        const n = fs.readSync(from, buffer, 0, buffer.length, null);
        if (n === 0) break;
        fs.writeSync(to, buffer, 0, n);
      }
    } finally {
      fs.closeSync(to);
    }
  } finally {
    fs.closeSync(from);
  }
  fs.rmSync(part);
}

function addCounts<T>(into: T, from: T): void {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from as Record<string, unknown>)) {
    if (typeof value === 'number') target[key] = ((target[key] as number | undefined) ?? 0) + value;
    else if (value !== null && typeof value === 'object') {
      target[key] ??= {};
      addCounts(target[key], value);
    }
  }
}

/** The counts of the two parts together. */
export function mergeSummaries(a: ChainSummary, b: ChainSummary): ChainSummary {
  const merged: ChainSummary = structuredClone(a);
  addCounts(merged.rows, b.rows);
  addCounts(merged.persons, b.persons);
  addCounts(merged.years, b.years);
  merged.years = Object.fromEntries(Object.entries(merged.years).sort(([x], [y]) => x.localeCompare(y)));
  return merged;
}

/**
 * Opens the chain extracts of a simulation run in `dir`. The background part
 * starts at once (in a worker thread, see ChainOptions.thread); the detention
 * part is made by the run's pass once it is given `observer`. Each delivery
 * file holds the background's rows, then the detention part's.
 */
export function openChain(
  run: { options: ResolvedOptions; catalog: SimulationCatalog },
  options: ChainOptions,
): ChainRun {
  const format = options.format ?? 'csv';
  const dir = options.dir;
  fs.mkdirSync(dir, { recursive: true });
  // A folder holds one file per delivery: one left from a run in the other format goes.
  for (const name of DELIVERY_NAMES) {
    for (const other of DELIVERY_FORMATS) {
      if (other !== format) fs.rmSync(path.join(dir, `${name}.${other}`), { force: true });
    }
  }
  // For Parquet the CSV is an intermediate, named so that it is never taken for a delivery.
  const suffix = format === 'csv' ? '.csv' : '.csv.part';
  const job: BackgroundJob = { options: run.options, calibration: options.calibration, dir, suffix };
  const threaded = options.thread ?? run.catalog === defaultReferenceCatalog();
  const worker = threaded ? backgroundInWorker(job) : undefined;
  const detentionWriter = new CsvDeliveryWriter(dir, `${suffix}.detention`, false);
  const detention = new ChainGenerator(
    run.options,
    run.catalog,
    detentionWriter,
    'detention',
    options.calibration,
  );
  const files = Object.fromEntries(
    DELIVERY_NAMES.map((name) => [name, path.join(dir, `${name}.${format}`)]),
  ) as Record<DeliveryName, string>;
  return {
    observer: detention.observer,
    files,
    async finish() {
      let detentionSummary: ChainSummary;
      try {
        detentionSummary = detention.finish();
      } finally {
        detentionWriter.close();
      }
      const backgroundSummary = worker ? await worker.summary : writeBackground(job, run.catalog);
      const csv = Object.fromEntries(
        DELIVERY_NAMES.map((name) => [name, path.join(dir, `${name}${suffix}`)]),
      ) as Record<DeliveryName, string>;
      for (const name of DELIVERY_NAMES) appendPart(csv[name], detentionWriter.files[name]);
      if (format === 'parquet') {
        const conversions = DELIVERY_NAMES.map((delivery) => ({
          delivery,
          csv: csv[delivery],
          parquet: files[delivery],
        }));
        try {
          await convertToParquet(conversions);
        } finally {
          for (const c of conversions) fs.rmSync(c.csv, { force: true });
        }
      }
      return mergeSummaries(backgroundSummary, detentionSummary);
    },
    abort() {
      worker?.stop();
      detentionWriter.close();
    },
  };
}
