import { Command } from 'commander';
import { verifyChain } from '../access/index.ts';
import { withStore } from './context.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description('the processing log and the audit log');
  audit
    .command('verify')
    .description('recompute the hash chains; exits 1 when a row was changed, removed or inserted')
    .action(() =>
      withStore(async ({ db }) => {
        for (const table of ['processing_log', 'audit_log'] as const) {
          const report = await verifyChain(db, table);
          if (report.brokenAt === null) console.log(`${table}: ${report.rows} rows, chain intact`);
          else {
            console.log(`${table}: BROKEN at row ${report.brokenAt}: ${report.reason}`);
            process.exitCode = 1;
          }
        }
      }),
    );
  return audit;
}
