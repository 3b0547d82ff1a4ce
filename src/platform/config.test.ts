import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';
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
