import { Command } from 'commander';
import { expireNotices } from '../notifications/index.ts';
import { positiveInteger } from './args.ts';
import { withStore } from './context.ts';

export function noticesCommand(): Command {
  const notices = new Command('notices').description('the notices of the Berichtenbox');
  notices
    .command('expire')
    .description(
      'delete the notices of persons released at least NOTICE_RETENTION_MONTHS ago, leaving content-free tombstones; safe to run again (from cron, for instance daily)',
    )
    .option('--months <n>', 'months after release (default: NOTICE_RETENTION_MONTHS, 6)', positiveInteger)
    .action((options: { months?: number }) =>
      withStore(async ({ db }, config) => {
        const months = options.months ?? config.noticeRetentionMonths;
        const result = await expireNotices(db, new Date(), months);
        console.log(JSON.stringify({ months, ...result }));
      }),
    );
  return notices;
}
