import { Command, InvalidArgumentError } from 'commander';
import {
  createUser,
  hashPassword,
  isRole,
  listUsers,
  passwordProblem,
  ROLES,
  type Role,
  syncOrganisations,
} from '../access/index.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { withStore } from './context.ts';

function roles(value: string): Role[] {
  const list = value.split(',').map((r) => r.trim());
  const wrong = list.filter((r) => !isRole(r));
  if (wrong.length > 0 || list.length === 0) {
    throw new InvalidArgumentError(`unknown role ${wrong.join(', ')}; roles are ${ROLES.join(', ')}`);
  }
  return list as Role[];
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function usersCommand(): Command {
  const users = new Command('users').description('users of the portal and the API');
  users
    .command('add')
    .description('create a user; the password is read from standard input (never from the command line)')
    .requiredOption('--username <name>', 'login name: a-z, 0-9, . _ -')
    .requiredOption(
      '--organisation <code>',
      'organisation code: a GM code, DJI, CJIB, CJIB-IDV, RVDK, 3RO, POLITIE, OM, JUSTID',
    )
    .requiredOption('--roles <roles>', `comma-separated: ${ROLES.join(', ')}`, roles)
    .option('--name <display name>', 'name shown in the portal')
    .option('--email <address>', 'e-mail address for alerts')
    .option('--oidc-issuer <url>', 'link to an OIDC identity provider')
    .option('--oidc-subject <sub>', "the user's subject at that provider")
    .option('--no-password', 'no password (OIDC login only)')
    .action(
      (options: {
        username: string;
        organisation: string;
        roles: Role[];
        name?: string;
        email?: string;
        oidcIssuer?: string;
        oidcSubject?: string;
        password: boolean;
      }) =>
        withStore(async ({ db }) => {
          if (!/^[a-z0-9._-]{3,50}$/.test(options.username))
            throw new Error('a username has 3–50 of a-z, 0-9, . _ -');
          if (Boolean(options.oidcIssuer) !== Boolean(options.oidcSubject))
            throw new Error('--oidc-issuer and --oidc-subject go together');
          let passwordHash: string | null = null;
          if (options.password) {
            const password = await readPassword();
            const problem = passwordProblem(password);
            if (problem) throw new Error(problem);
            passwordHash = await hashPassword(password);
          }
          await syncOrganisations(db, defaultReferenceCatalog(), todayInNetherlands());
          const user = await createUser(db, {
            username: options.username,
            displayName: options.name ?? options.username,
            email: options.email ?? null,
            organisation: options.organisation,
            roles: options.roles,
            passwordHash,
            oidcIssuer: options.oidcIssuer ?? null,
            oidcSubject: options.oidcSubject ?? null,
          });
          console.log(
            `user ${user.username} (${user.id}) created in ${user.organisation} with ${user.roles.join(', ')}`,
          );
        }),
    );
  users
    .command('list')
    .description('users and their roles')
    .option('--organisation <code>', 'only this organisation')
    .action((options: { organisation?: string }) =>
      withStore(async ({ db }) => {
        for (const u of await listUsers(db, options.organisation)) {
          console.log([u.id, u.organisation, u.username, u.roles.join(','), u.displayName].join('\t'));
        }
      }),
    );
  return users;
}
