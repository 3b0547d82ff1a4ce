import { Command } from 'commander';
import { verifyLogs } from '../access/index.ts';
import { loadConfig } from '../platform/config.ts';
import { logKeys } from '../platform/secrets.ts';
import { withStore } from './context.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description('the processing log and the audit log');
  audit
    .command('verify')
    .description(
      'recompute the keyed hash chains and compare them with the signed checkpoints; exits 1 when a row was changed, removed or inserted, rows were cut from the end, a log was emptied, or a checkpoint is missing or forged',
    )
    .action(() =>
      withStore(async ({ db }) => {
        const config = loadConfig();
        const { auditKey } = logKeys(config, (message) => console.error(message));
        const { findings, problems } = await verifyLogs(db, {
          auditKey,
          checkpointDir: config.checkpointDir,
        });
        for (const line of findings) console.log(line);
        for (const line of problems) console.log(line);
        if (problems.length > 0) {
          console.error(`audit verify: ${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
          process.exitCode = 1;
        }
      }),
    );
  return audit;
}
