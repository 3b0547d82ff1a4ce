import { MultiBar } from 'cli-progress';
import { Command } from 'commander';
import { DEFAULT_BATCH_SIZE, openInput } from '../ingest/index.ts';
import { ingestStream } from '../pipeline.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { positiveInteger } from './args.ts';
import { withStore } from './context.ts';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('ingest a JSONL file of events (one per line; - for standard input)')
    .argument('<file>', 'JSONL file')
    .option('--batch-size <n>', 'events per transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--fail-on-reject', 'exit with status 1 when a line was rejected')
    .action((file: string, options: { batchSize: number; failOnReject?: boolean }) =>
      withStore(async ({ db }) => {
        const { stream, size } = openInput(file);
        // A progress bar only on a terminal; rejections are printed above it as they come.
        const bars =
          process.stderr.isTTY && size !== undefined
            ? new MultiBar({
                format:
                  'ingest [{bar}] {percentage}% | {accepted} accepted, {duplicate} duplicate, {rejected} rejected | ETA {eta_formatted}',
                stream: process.stderr,
                hideCursor: true,
              })
            : undefined;
        const bar = bars?.create(size ?? 0, 0, { accepted: 0, duplicate: 0, rejected: 0 });
        const started = performance.now();
        const summary = await ingestStream(
          db,
          stream,
          { catalog: defaultReferenceCatalog() },
          {
            batchSize: options.batchSize,
            onRejected: (line, errors) => {
              const message = `line ${line}: rejected: ${errors.map((e) => e.message).join('; ')}`;
              if (bars) bars.log(`${message}\n`);
              else console.error(message);
            },
            onProgress: (bytes, counts) => bar?.update(bytes, counts),
          },
        );
        bars?.stop();
        const seconds = (performance.now() - started) / 1000;
        const events = summary.accepted + summary.duplicate + summary.rejected;
        console.error(
          `${summary.lines} lines: ${summary.accepted} accepted, ${summary.duplicate} duplicate, ${summary.rejected} rejected` +
            `${summary.blank ? `, ${summary.blank} blank` : ''} in ${seconds.toFixed(1)} s (${Math.round(events / Math.max(seconds, 0.001))} events/s)`,
        );
        console.log(JSON.stringify(summary));
        if (options.failOnReject && summary.rejected > 0) process.exitCode = 1;
      }),
    );
}
