/** The `ketenzicht` command, run as a user runs it: a child process, its exit code and what it printed. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const BIN = path.resolve(import.meta.dirname, '../../bin/ketenzicht.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `ketenzicht ...args` with `env` over this process's environment, and
 * `input` on its standard input. A non-zero exit is a result to assert on,
 * not an error.
 */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  input?: string,
): Promise<CliResult> {
  try {
    const running = run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 64 << 20,
    });
    if (input !== undefined) running.child.stdin?.end(input);
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The command on an embedded store in `dir` (no DATABASE_URL), with `env` on top. */
export const cliIn =
  (dir: string, env: Record<string, string> = {}) =>
  (...args: string[]): Promise<CliResult> =>
    runCli(args, { KETENZICHT_DATA_DIR: dir, DATABASE_URL: '', ...env });
