/**
 * The `ketenzicht` command: serve, migrate, ingest, rebuild, reference,
 * tokens, simulate, replay, users, audit, notices and das (README lists what
 * each does). Each command opens what it needs and closes it again.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config.ts';
import { auditCommand } from './audit.ts';
import { dasCommand } from './das.ts';
import { ingestCommand } from './ingest.ts';
import { migrateCommand } from './migrate.ts';
import { noticesCommand } from './notices.ts';
import { rebuildCommand } from './rebuild.ts';
import { referenceCommand } from './reference.ts';
import { replayCommand } from './replay.ts';
import { serveCommand } from './serve.ts';
import { simulateCommand } from './simulate.ts';
import { tokensCommand } from './tokens.ts';
import { usersCommand } from './users.ts';

export function buildProgram(): Command {
  const program = new Command('ketenzicht')
    .description('Ketenzicht: the information platform of the Dutch criminal justice chain')
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(ingestCommand());
  program.addCommand(rebuildCommand());
  program.addCommand(referenceCommand());
  program.addCommand(tokensCommand());
  program.addCommand(simulateCommand());
  program.addCommand(replayCommand());
  program.addCommand(usersCommand());
  program.addCommand(auditCommand());
  program.addCommand(noticesCommand());
  program.addCommand(dasCommand());
  return program;
}

async function main(): Promise<void> {
  // What the commands write (the embedded store, microdata, keys, checkpoints, simulated persons)
  // is personal data or a secret: files 0600, folders 0700, whatever the shell's umask.
  process.umask(0o077);
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigError) {
      console.error(`configuration: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exitCode = 1;
  }
}

await main();
