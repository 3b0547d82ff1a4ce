/**
 * Configuration from the environment. Every setting has a safe default for a
 * developer's machine; production sets DATABASE_URL and the secrets.
 */
import path from 'node:path';

export interface Config {
  /** PostgreSQL connection string; when absent the embedded PGlite store is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded store (PGlite) and other local state. */
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  /** Largest accepted request body in bytes (event batches are the largest). */
  bodyLimit: number;
  /** Most events accepted in one POST /api/v1/events. */
  maxEventsPerRequest: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    databaseUrl,
    dataDir: path.resolve(env.KETENZICHT_DATA_DIR ?? 'data'),
    host: env.HOST ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: integer(env, 'BODY_LIMIT', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxEventsPerRequest: integer(env, 'MAX_EVENTS_PER_REQUEST', 1000, 1, 100_000),
  };
}
