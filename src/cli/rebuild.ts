import { MultiBar } from 'cli-progress';
import { Command } from 'commander';
import { rebuildProjections } from '../pipeline.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { positiveInteger } from './args.ts';
import { withStore } from './context.ts';

export function rebuildCommand(): Command {
  return new Command('rebuild')
    .description(
      'rebuild the projections (persons, addresses, detention history, …) from the event log and swap them in; the service keeps answering meanwhile',
    )
    .option('--batch-size <n>', 'events per transaction', positiveInteger, 1000)
    .action((options: { batchSize: number }) =>
      withStore(async ({ db }) => {
        // A progress bar only on a terminal; refused events are printed above it as they come.
        const bars = process.stderr.isTTY
          ? new MultiBar({
              format:
                'rebuild [{bar}] {percentage}% | {value}/{total} events | {refused} refused, {knownFacts} known facts | ETA {eta_formatted}',
              stream: process.stderr,
              hideCursor: true,
            })
          : undefined;
        const bar = bars?.create(0, 0, { refused: 0, knownFacts: 0 });
        const started = performance.now();
        const summary = await rebuildProjections(db, defaultReferenceCatalog(), {
          batchSize: options.batchSize,
          onRefused: (logId, errors) => {
            const message = `log id ${logId}: refused: ${errors.map((e) => e.message).join('; ')}`;
            if (bars) bars.log(`${message}\n`);
            else console.error(message);
          },
          onProgress: (progress, total) => {
            bar?.setTotal(Math.max(total, progress.events));
            bar?.update(progress.events, progress);
          },
        });
        bars?.stop();
        const seconds = (performance.now() - started) / 1000;
        console.error(
          `${summary.events} events replayed: ${summary.applied} applied, ${summary.refused} refused by the rules now` +
            ` (they stay in the log without effect), ${summary.knownFacts} known-fact re-sends skipped;` +
            ` ${summary.loggedMeanwhile} logged meanwhile; swapped in after ${seconds.toFixed(1)} s`,
        );
        console.log(JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(3)) }));
      }),
    );
}
