/**
 * Configuration from the environment. Every setting has a safe default for a
 * developer's machine; production sets DATABASE_URL and the secrets.
 */
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Config {
  /**
   * Production mode (KETENZICHT_ENV=production, or NODE_ENV=production when
   * KETENZICHT_ENV is unset): settings that fail open on a developer's machine
   * (key files made on the fly, plain-HTTP cookies, the embedded store) are
   * refused, and the service will not start without them.
   */
  production: boolean;
  /** PostgreSQL connection string; when absent the embedded PGlite store is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded store (PGlite) and other local state. */
  dataDir: string;
  host: string;
  port: number;
  /**
   * Which proxies in front may say who the client is (X-Forwarded-For): off, or their addresses and
   * CIDR ranges. Login throttling counts per client address, so behind a proxy
   * this must be set or every login seems to come from the proxy.
   */
  trustProxy: false | string[];
  logLevel: string;
  /** Largest accepted request body in bytes (event batches are the largest). */
  bodyLimit: number;
  /** Most events accepted in one POST /api/v1/events. */
  maxEventsPerRequest: number;
  /** Key of the processing log's subject pseudonyms; undefined: a key file in dataDir (development only, see secrets.ts). */
  pseudonymKey: string | undefined;
  /** Key of the processing and audit logs' row hashes and checkpoints; undefined: a key file in dataDir (development only). */
  auditKey: string | undefined;
  /** Folder of the signed checkpoints of the processing and audit logs (outside the database). */
  checkpointDir: string;
  /** Password login acknowledged for production (PASSWORD_LOGIN=on); without OIDC production requires it. */
  passwordLogin: boolean;
  /** Minutes of inactivity after which a session ends, and the most a session lasts. */
  sessionIdleMinutes: number;
  sessionMaxMinutes: number;
  /** Failed password logins for one account from one client address before that address is locked out of it, and for how long. */
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Secure cookies (HTTPS only); off only for plain-HTTP development on another host than localhost. */
  cookieSecure: boolean;
  /** Login through an OpenID Connect provider; undefined (off) unless OIDC_ISSUER is set. */
  oidc: OidcConfig | undefined;
  /** Months after a person's release after which the Berichtenbox deletes their notices. */
  noticeRetentionMonths: number;
  /** E-mail alerts of the Berichtenbox (src/alerts). */
  alerts: AlertsConfig;
  /**
   * Processes that answer HTTP (`serve --workers` overrides it, KETENZICHT_WORKERS); undefined: one
   * per core on PostgreSQL, one on the embedded store, which one process alone may open (cluster.ts).
   */
  workers: number | undefined;
  /** The statistics environment's folder (releases of `das build`); default <dataDir>/das. */
  dasDir: string;
  /** The key of the statistics environment's pseudonyms; required by `das build` only, never stored. */
  dasPseudonymKey: string | undefined;
  /**
   * DuckDB's memory limit in `das build` (e.g. 4GB); beyond it the build spills to DAS_TEMP_DIR, and
   * fails where a query cannot spill. Undefined: DuckDB's own default, 80% of the machine's memory,
   * because 1 GB does not yet hold the decade's products (bench/RESULTS.md).
   */
  dasMemoryLimit: string | undefined;
  /** DuckDB's threads in `das build`; default one per core. */
  dasThreads: number;
  /** Where `das build` spills what does not fit in its memory limit; default the system's temporary folder. */
  dasTempDir: string;
}

export interface AlertsConfig {
  /** smtp:// or smtps:// URL of the mail server; undefined: alerts are queued but not sent. */
  smtpUrl: string | undefined;
  /** The sender of the alerts. */
  from: string;
  /** The portal's address, for the link in an alert; undefined: no link. */
  portalUrl: string | undefined;
  /** Seconds between two rounds of the alert worker. */
  intervalSeconds: number;
  /** Attempts at sending an alert before it is marked failed. */
  maxAttempts: number;
}

export interface OidcConfig {
  /** The provider's issuer identifier; its metadata is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback as registered at the provider, e.g. https://ketenzicht.example/api/v1/oidc/callback. */
  redirectUri: string;
  /** Space-separated; always includes `openid`. */
  scopes: string;
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

/** Bits of entropy a key must show (Shannon entropy of its characters times its length). */
export const MIN_KEY_BITS = 96;

/** An estimate of a string's entropy: what a key of 32 identical characters or "abcabc…" fails. */
export function estimatedBits(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...value].length;
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / length) * Math.log2(n / length);
  return perChar * length;
}

/** A secret key from the environment: at least 32 characters and not guessable at a glance. */
function secretKey(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const hint = 'use 32 random bytes, hex: openssl rand -hex 32';
  if (value.length < 32) throw new ConfigError(`${name} must be at least 32 characters (${hint})`);
  if (estimatedBits(value) < MIN_KEY_BITS)
    throw new ConfigError(`${name} is too predictable: too few different characters (${hint})`);
  return value;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A host name or listen address on this machine only. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

/** An absolute URL, HTTPS unless it points at this machine (a provider or callback in development). */
function oidcUrl(env: NodeJS.ProcessEnv, name: string): string {
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigError(`${name} is required when OIDC_ISSUER is set`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${raw}"`);
  }
  const loopback = isLoopback(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError(`${name} must use https:// (http:// only for localhost), got "${raw}"`);
  }
  if (url.search || url.hash) throw new ConfigError(`${name} must not have a query or fragment`);
  return raw;
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  if (!env.OIDC_ISSUER?.trim()) return undefined;
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new ConfigError(`${name} is required when OIDC_ISSUER is set`);
    return value;
  };
  const scopes = (env.OIDC_SCOPES?.trim() || 'openid profile email').split(/\s+/);
  if (!scopes.includes('openid')) throw new ConfigError('OIDC_SCOPES must include "openid"');
  const clientSecret = required('OIDC_CLIENT_SECRET');
  // It also keys the cookie that carries a login in progress (src/access/oidc.ts).
  if (clientSecret.length < 16) throw new ConfigError('OIDC_CLIENT_SECRET must be at least 16 characters');
  return {
    issuer: oidcUrl(env, 'OIDC_ISSUER'),
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret,
    redirectUri: oidcUrl(env, 'OIDC_REDIRECT_URI'),
    scopes: scopes.join(' '),
  };
}

function alertsConfig(env: NodeJS.ProcessEnv): AlertsConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl))
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps:// and name a host');
  const portalUrl = env.PORTAL_URL?.trim() || undefined;
  if (portalUrl && !/^https?:\/\/[^/]/.test(portalUrl))
    throw new ConfigError(`PORTAL_URL must be an http:// or https:// URL, got "${portalUrl}"`);
  return {
    smtpUrl,
    from: env.ALERT_FROM?.trim() || 'Ketenzicht <noreply@ketenzicht.local>',
    portalUrl,
    intervalSeconds: integer(env, 'ALERT_INTERVAL_SECONDS', 60, 1, 24 * 60 * 60),
    maxAttempts: integer(env, 'ALERT_MAX_ATTEMPTS', 8, 1, 100),
  };
}

/** A memory size as DuckDB reads it: a number and a unit (KB, MB, GB, TB, or KiB … TiB). */
function memorySize(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B)$/i.exec(raw);
  if (!match || Number(match[1]) <= 0)
    throw new ConfigError(`${name} must be a size such as 512MB or 2GB, got "${raw}"`);
  return `${match[1]}${match[2]?.toUpperCase().replace('IB', 'iB')}`;
}

function trustProxy(env: NodeJS.ProcessEnv): false | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'off' || raw === 'false') return false;
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries)
    if (!isIP(entry.replace(/\/\d{1,3}$/, '')))
      throw new ConfigError(
        `TRUST_PROXY must be off or the proxies' addresses and CIDR ranges separated by commas, got "${entry}"`,
      );
  return entries;
}

function productionMode(env: NodeJS.ProcessEnv): boolean {
  const value = env.KETENZICHT_ENV?.trim();
  if (value === undefined || value === '') return env.NODE_ENV === 'production';
  if (value !== 'production' && value !== 'development')
    throw new ConfigError(`KETENZICHT_ENV must be "production" or "development", got "${value}"`);
  return value === 'production';
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]}"`);
}

/** What production refuses to run without, all at once so an operator fixes them in one go. */
function productionProblems(config: Config, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (!config.databaseUrl)
    problems.push('DATABASE_URL is required (the embedded store is for trying and development)');
  if (!config.pseudonymKey) problems.push('KETENZICHT_PSEUDONYM_KEY is required');
  if (!config.auditKey) problems.push('KETENZICHT_AUDIT_KEY is required');
  if (config.pseudonymKey && config.pseudonymKey === config.auditKey)
    problems.push('KETENZICHT_AUDIT_KEY must differ from KETENZICHT_PSEUDONYM_KEY');
  if (!env.KETENZICHT_CHECKPOINT_DIR?.trim())
    problems.push(
      'KETENZICHT_CHECKPOINT_DIR is required (a folder outside the data folder, ideally write-once storage)',
    );
  if (!config.cookieSecure) problems.push('COOKIE_SECURE=false is not allowed');
  if (!config.oidc && !config.passwordLogin)
    problems.push('a login policy is required: configure OIDC (OIDC_ISSUER, …) or set PASSWORD_LOGIN=on');
  return problems;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = productionMode(env);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDir = path.resolve(env.KETENZICHT_DATA_DIR ?? 'data');
  const config: Config = {
    production,
    databaseUrl,
    dataDir,
    host: env.HOST ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    trustProxy: trustProxy(env),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: integer(env, 'BODY_LIMIT', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxEventsPerRequest: integer(env, 'MAX_EVENTS_PER_REQUEST', 1000, 1, 100_000),
    pseudonymKey: secretKey(env.KETENZICHT_PSEUDONYM_KEY, 'KETENZICHT_PSEUDONYM_KEY'),
    auditKey: secretKey(env.KETENZICHT_AUDIT_KEY, 'KETENZICHT_AUDIT_KEY'),
    checkpointDir: path.resolve(env.KETENZICHT_CHECKPOINT_DIR?.trim() || path.join(dataDir, 'checkpoints')),
    passwordLogin: onOff(env, 'PASSWORD_LOGIN', !production),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxMinutes: integer(env, 'SESSION_MAX_MINUTES', 12 * 60, 1, 7 * 24 * 60),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: integer(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    cookieSecure: onOff(env, 'COOKIE_SECURE', true),
    oidc: oidcConfig(env),
    noticeRetentionMonths: integer(env, 'NOTICE_RETENTION_MONTHS', 6, 1, 120),
    alerts: alertsConfig(env),
    workers: env.KETENZICHT_WORKERS?.trim() ? integer(env, 'KETENZICHT_WORKERS', 1, 1, 256) : undefined,
    dasDir: path.resolve(env.DAS_DIR?.trim() || path.join(dataDir, 'das')),
    dasPseudonymKey: secretKey(env.DAS_PSEUDONYM_KEY, 'DAS_PSEUDONYM_KEY'),
    dasMemoryLimit: memorySize(env, 'DAS_MEMORY_LIMIT'),
    dasThreads: integer(env, 'DAS_THREADS', os.availableParallelism(), 1, 1024),
    dasTempDir: path.resolve(env.DAS_TEMP_DIR?.trim() || os.tmpdir()),
  };
  if (production) {
    const problems = productionProblems(config, env);
    if (problems.length > 0)
      throw new ConfigError(
        `production mode (KETENZICHT_ENV=production) refuses to start:\n  - ${problems.join('\n  - ')}`,
      );
  }
  return config;
}
