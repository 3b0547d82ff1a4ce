/**
 * `ketenzicht das build`: the Data Alliantie Strafrechtketen's statistics
 * environment (src/statistics): checks the partners' deliveries, links and
 * pseudonymizes them with the detention event log, computes the information
 * products, applies disclosure control and publishes a release.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError } from 'commander';
import { readEventLog } from '../events/index.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { buildRelease, type LoadReport, RELEASE_NAME } from '../statistics/index.ts';
import { withStore } from './context.ts';

function releaseName(value: string): string {
  if (!RELEASE_NAME.test(value)) throw new InvalidArgumentError(`letters, digits, . _ and - only: ${value}`);
  return value;
}

/** Writes the store's event log as JSONL, the form `das build` reads. */
async function exportEventLog(file: string): Promise<number> {
  return withStore(async (store) => {
    const out = fs.createWriteStream(file);
    let count = 0;
    for await (const page of readEventLog(store.db)) {
      const ok = out.write(`${page.map((e) => JSON.stringify(e)).join('\n')}\n`);
      count += page.length;
      if (!ok) await once(out, 'drain');
    }
    out.end();
    await finished(out);
    return count;
  });
}

export function printReport(report: LoadReport, write: (line: string) => void): void {
  write('The deliveries were rejected; the published tables stay as they were.');
  for (const [file, n] of Object.entries(report.counts).sort())
    write(`  ${file}: ${n} problem${n === 1 ? '' : 's'}`);
  for (const p of report.problems) {
    const where = [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.column]
      .filter(Boolean)
      .join(', ');
    write(`  ${where}: ${p.message} [${p.rule}]`);
  }
}

export function dasCommand(): Command {
  const das = new Command('das').description(
    'the statistics environment of the Data Alliantie Strafrechtketen',
  );
  das
    .command('build')
    .description('check the deliveries, link and pseudonymize, compute the products, publish a release')
    .requiredOption(
      '--deliveries <dir>',
      'folder with the partners’ deliveries (<name>.csv or <name>.parquet)',
    )
    .option('--events <file>', 'detention events as JSONL (default: the event log of the configured store)')
    .option(
      '--release <name>',
      'the release name (part of its pseudonym key)',
      releaseName,
      new Date().toISOString().slice(0, 7),
    )
    .option('--out <dir>', 'the environment’s folder (default: DAS_DIR, or <data>/das)')
    .action(async (options: { deliveries: string; events?: string; release: string; out?: string }) => {
      const config = loadConfig();
      if (!config.dasPseudonymKey)
        throw new ConfigError(
          'DAS_PSEUDONYM_KEY is required for das build (32 characters or more; keep it apart from the data)',
        );
      if (!fs.existsSync(options.deliveries)) throw new Error(`no such folder: ${options.deliveries}`);
      const started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1).padStart(6);
      const step = (line: string) => process.stderr.write(`${seconds()} s  ${line}\n`);
      let events = options.events;
      let exported: string | undefined;
      if (!events) {
        exported = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-events-')), 'events.jsonl');
        step('exporting the event log');
        step(`  ${await exportEventLog(exported)} events`);
        events = exported;
      }
      try {
        const result = await buildRelease({
          deliveries: options.deliveries,
          events,
          key: config.dasPseudonymKey,
          release: options.release,
          out: options.out ? path.resolve(options.out) : config.dasDir,
          catalog: defaultReferenceCatalog(),
          progress: step,
          memoryLimit: config.dasMemoryLimit,
          threads: config.dasThreads,
          tempDir: config.dasTempDir,
        });
        if (!result.ok) {
          printReport(result.report, (line) => process.stderr.write(`${line}\n`));
          process.exitCode = 1;
          return;
        }
        step(`published release ${result.release}`);
        for (const t of result.tables) process.stdout.write(`  table ${t.id}: ${t.rows} rows\n`);
        for (const [t, n] of Object.entries(result.microdata))
          process.stdout.write(`  microdata ${t}: ${n} rows\n`);
      } finally {
        if (exported) fs.rmSync(path.dirname(exported), { recursive: true, force: true });
      }
    });
  return das;
}
