import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, estimatedBits, loadConfig } from './config.ts';
import { isCalendarDate, todayInNetherlands } from './dates.ts';

describe('loadConfig', () => {
  it('defaults to the embedded store on localhost:3000', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
  });

  it('takes DATABASE_URL and PORT from the environment', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/kz', PORT: '8080' });
    assert.equal(config.databaseUrl, 'postgresql://u@h:5432/kz');
    assert.equal(config.port, 8080);
  });

  it('refuses a port that is not a whole number in range, naming the variable', () => {
    for (const PORT of ['http', '70000', '-1', '80.5']) {
      assert.throws(
        () => loadConfig({ PORT }),
        (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message),
        PORT,
      );
    }
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), ConfigError);
  });
});

describe('keys', () => {
  const strong = '3f9c2a7be1d04c5a8e6f1b2d3c4a5e6f7081920a1b2c3d4e5f60718293a4b5c6';

  it('refuses a key of 32 identical or repeating characters, though it is long enough', () => {
    for (const key of ['a'.repeat(32), 'ab'.repeat(20), '0123'.repeat(10)]) {
      assert.throws(
        () => loadConfig({ KETENZICHT_PSEUDONYM_KEY: key }),
        (e: unknown) =>
          e instanceof ConfigError && /KETENZICHT_PSEUDONYM_KEY is too predictable/.test(e.message),
        key,
      );
    }
    assert.throws(() => loadConfig({ KETENZICHT_AUDIT_KEY: 'x'.repeat(40) }), /KETENZICHT_AUDIT_KEY/);
    assert.throws(() => loadConfig({ DAS_PSEUDONYM_KEY: 'short' }), /at least 32 characters/);
  });

  it('accepts 32 random bytes as hex, and a long passphrase', () => {
    assert.equal(loadConfig({ KETENZICHT_PSEUDONYM_KEY: strong }).pseudonymKey, strong);
    const phrase = 'correct horse battery staple, but longer';
    assert.equal(loadConfig({ KETENZICHT_AUDIT_KEY: phrase }).auditKey, phrase);
    assert.ok(estimatedBits(strong) > 200);
    assert.equal(estimatedBits('a'.repeat(64)), 0);
  });
});

describe('production mode', () => {
  const strong = (seed: string) => `${seed}-3f9c2a7be1d04c5a8e6f1b2d3c4a5e6f7081920a1b2c3d4e5f`;
  const complete = {
    KETENZICHT_ENV: 'production',
    DATABASE_URL: 'postgresql://kz@db.example.nl:5432/ketenzicht',
    KETENZICHT_PSEUDONYM_KEY: strong('pseudonym'),
    KETENZICHT_AUDIT_KEY: strong('audit'),
    KETENZICHT_CHECKPOINT_DIR: '/var/lib/ketenzicht-anchors',
    PASSWORD_LOGIN: 'on',
  };

  it('starts with everything set, and says it is production', () => {
    const config = loadConfig(complete);
    assert.equal(config.production, true);
    assert.equal(config.checkpointDir, '/var/lib/ketenzicht-anchors');
    assert.equal(
      loadConfig({ ...complete, KETENZICHT_ENV: undefined, NODE_ENV: 'production' }).production,
      true,
    );
    assert.equal(loadConfig({}).production, false);
  });

  it('refuses to start without each setting that fails open, naming them all at once', () => {
    const without = (name: keyof typeof complete) => ({ ...complete, [name]: '' });
    const cases: [Record<string, string | undefined>, RegExp][] = [
      [without('DATABASE_URL'), /DATABASE_URL is required/],
      [without('KETENZICHT_PSEUDONYM_KEY'), /KETENZICHT_PSEUDONYM_KEY is required/],
      [without('KETENZICHT_AUDIT_KEY'), /KETENZICHT_AUDIT_KEY is required/],
      [without('KETENZICHT_CHECKPOINT_DIR'), /KETENZICHT_CHECKPOINT_DIR is required/],
      [{ ...complete, COOKIE_SECURE: 'false' }, /COOKIE_SECURE=false is not allowed/],
      [without('PASSWORD_LOGIN'), /a login policy is required/],
      [{ ...complete, KETENZICHT_AUDIT_KEY: complete.KETENZICHT_PSEUDONYM_KEY }, /must differ/],
      [{ ...complete, NODE_ENV: 'production', KETENZICHT_ENV: undefined, DATABASE_URL: '' }, /DATABASE_URL/],
    ];
    for (const [env, expected] of cases)
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && expected.test(e.message),
        String(expected),
      );
    const all = (() => {
      try {
        loadConfig({ KETENZICHT_ENV: 'production' });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    for (const name of ['DATABASE_URL', 'KETENZICHT_PSEUDONYM_KEY', 'KETENZICHT_AUDIT_KEY', 'login policy'])
      assert.match(all, new RegExp(name));
  });

  it('takes OIDC as the login policy, and refuses an unknown KETENZICHT_ENV or on/off value', () => {
    const oidc = {
      ...complete,
      PASSWORD_LOGIN: undefined,
      OIDC_ISSUER: 'https://login.example.nl',
      OIDC_CLIENT_ID: 'ketenzicht',
      OIDC_CLIENT_SECRET: 'a-client-secret-of-some-length',
      OIDC_REDIRECT_URI: 'https://ketenzicht.example.nl/api/v1/oidc/callback',
    };
    const config = loadConfig(oidc);
    assert.equal(config.passwordLogin, false, 'production without PASSWORD_LOGIN=on: OIDC only');
    assert.throws(() => loadConfig({ KETENZICHT_ENV: 'prod' }), /KETENZICHT_ENV/);
    assert.throws(() => loadConfig({ COOKIE_SECURE: 'maybe' }), /COOKIE_SECURE/);
    assert.equal(loadConfig({ COOKIE_SECURE: 'false' }).cookieSecure, false);
    assert.equal(loadConfig({}).passwordLogin, true, 'development keeps password login');
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default, takes proxy addresses and ranges, and refuses anything else', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }).trustProxy, [
      '10.0.0.1',
      '10.1.0.0/16',
      '::1',
    ]);
    for (const TRUST_PROXY of ['true', '2', 'proxy.example.nl', '*'])
      assert.throws(() => loadConfig({ TRUST_PROXY }), /TRUST_PROXY/, TRUST_PROXY);
  });
});

describe('DuckDB limits of das build', () => {
  const sizes: [raw: string | undefined, taken: string | undefined][] = [
    [undefined, undefined],
    ['', undefined],
    ['512MB', '512MB'],
    ['2 gb', '2GB'],
    ['1.5GiB', '1.5GiB'],
    ['4', undefined],
    ['0GB', undefined],
    ['80%', undefined],
    ['lots', undefined],
  ];
  for (const [raw, taken] of sizes)
    it(`DAS_MEMORY_LIMIT=${JSON.stringify(raw)}: ${taken ?? (raw ? 'refused' : "DuckDB's default")}`, () => {
      if (taken || !raw) assert.equal(loadConfig({ DAS_MEMORY_LIMIT: raw }).dasMemoryLimit, taken);
      else assert.throws(() => loadConfig({ DAS_MEMORY_LIMIT: raw }), /DAS_MEMORY_LIMIT must be a size/);
    });

  it('DAS_THREADS: one per core unless set, a whole number from 1', () => {
    assert.equal(loadConfig({}).dasThreads, os.availableParallelism());
    assert.equal(loadConfig({ DAS_THREADS: '3' }).dasThreads, 3);
    assert.throws(() => loadConfig({ DAS_THREADS: '0' }), /DAS_THREADS/);
  });

  it('DAS_TEMP_DIR: the system temporary folder unless set', () => {
    assert.equal(loadConfig({}).dasTempDir, path.resolve(os.tmpdir()));
    assert.equal(loadConfig({ DAS_TEMP_DIR: '/var/spill' }).dasTempDir, '/var/spill');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    for (const d of ['2023-02-29', '2022-13-01', '2022-1-01', '20220101', '', '2022-02-30T00:00'])
      assert.equal(isCalendarDate(d), false, d);
  });
});

describe('todayInNetherlands', () => {
  it('uses Dutch time: 23:30 UTC on 31 December is already New Year in Amsterdam', () => {
    assert.equal(todayInNetherlands(new Date('2025-12-31T23:30:00Z')), '2026-01-01');
  });
});
