/**
 * The service's secret keys, and the files it keeps. In production every key
 * comes from the environment (loadConfig refuses to start otherwise); on a
 * developer's machine a missing key is made once and kept in the data folder,
 * which is fine for one process on the embedded store but would give each
 * instance its own key on a shared PostgreSQL: hence the warning.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';

/** The key in `dataDir/name`, made (32 random bytes, hex, mode 0600) the first time. */
export function keyFile(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export interface LogKeys {
  /** HMAC key of the processing log's subject pseudonyms. */
  pseudonymKey: string;
  /** HMAC key of the processing and audit logs' row hashes and of their checkpoints. */
  auditKey: string;
}

/** The keys of the processing and audit logs: from the environment, or (development only) key files. */
export function logKeys(
  config: Pick<Config, 'pseudonymKey' | 'auditKey' | 'dataDir' | 'production'>,
  warn: (message: string) => void,
): LogKeys {
  const pick = (value: string | undefined, variable: string, file: string): string => {
    if (value) return value;
    // loadConfig has already refused production without the keys; this guards a caller that skipped it.
    if (config.production) throw new Error(`${variable} is required in production`);
    warn(`${variable} is not set: using the key file ${file} in the data folder (development only)`);
    return keyFile(config.dataDir, file);
  };
  return {
    pseudonymKey: pick(config.pseudonymKey, 'KETENZICHT_PSEUDONYM_KEY', 'pseudonym.key'),
    auditKey: pick(config.auditKey, 'KETENZICHT_AUDIT_KEY', 'audit.key'),
  };
}

/**
 * Files the service writes hold personal data (the embedded store, the
 * statistics microdata, keys): only its own user may read them. New files
 * follow the umask set at start (0600 and 0700); this takes away what older
 * versions left readable for group and others.
 */
export function restrictToOwner(dir: string): number {
  let changed = 0;
  const visit = (target: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(target);
    } catch {
      return;
    }
    // Another user's files (a database server's folder put inside ours) are theirs to guard.
    if (stat.isSymbolicLink() || stat.uid !== process.getuid?.()) return;
    if ((stat.mode & 0o077) !== 0) {
      fs.chmodSync(target, stat.mode & 0o700);
      changed++;
    }
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
  };
  visit(dir);
  return changed;
}
