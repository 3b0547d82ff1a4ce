import { Command, Option } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken } from '../access/index.ts';
import { SOURCES } from '../events/index.ts';
import { positiveInteger } from './args.ts';
import { withStore } from './context.ts';

export function tokensCommand(): Command {
  const tokens = new Command('tokens').description('API tokens of source systems');
  tokens
    .command('create')
    .description('create a token for a source system; the token is shown once')
    .addOption(
      new Option('--source <source>', 'the delivering system').choices(SOURCES).makeOptionMandatory(),
    )
    .option('--name <name>', 'what the token is for', 'default')
    .action((options: { source: string; name: string }) =>
      withStore(async ({ db }) => {
        const created = await createApiToken(db, options.source, options.name);
        console.error(
          `token ${created.id} for ${created.source} (${created.name}); store it now, it is not shown again:`,
        );
        console.log(created.token);
      }),
    );
  tokens
    .command('list')
    .description('list tokens (never the secrets)')
    .action(() =>
      withStore(async ({ db }) => {
        for (const t of await listApiTokens(db)) {
          console.log(
            [
              t.id,
              t.source,
              t.name,
              t.createdAt.toISOString(),
              t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active',
            ].join('\t'),
          );
        }
      }),
    );
  tokens
    .command('revoke')
    .description('revoke a token by id')
    .argument('<id>', 'token id', positiveInteger)
    .action((id: number) =>
      withStore(async ({ db }) => {
        if (!(await revokeApiToken(db, id))) {
          console.error(`no active token ${id}`);
          process.exitCode = 1;
        } else console.log(`token ${id} revoked`);
      }),
    );
  return tokens;
}
