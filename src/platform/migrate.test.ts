import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitStatements } from './migrate.ts';

describe('splitStatements', () => {
  it('splits on semicolons outside quotes, comments and dollar-quoted bodies', () => {
    const text = `
      -- a comment; with a semicolon
      CREATE TABLE a (x text DEFAULT 'a;b');
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'no; never';
      END;
      $$;
      COMMENT ON TABLE a IS 'it''s; fine';
    `;
    const statements = splitStatements(text);
    assert.equal(statements.length, 3);
    assert.match(statements[1] ?? '', /RAISE EXCEPTION 'no; never';\s+END;/);
    assert.match(statements[2] ?? '', /it''s; fine/);
  });
});

describe('the embedded store lock', () => {
  it('refuses a second opening of a folder while the first is open, and allows it after close', async () => {
    const { openDatabase, StoreInUseError } = await import('./db.ts');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kz-lock-')), 'pglite');
    const first = await openDatabase({ pgliteDir: dir });
    // The lock is per process: pretend another live process (our parent) holds it.
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    await assert.rejects(openDatabase({ pgliteDir: dir }), StoreInUseError);
    fs.writeFileSync(`${dir}.lock`, String(process.pid));
    await first.close();
    assert.equal(fs.existsSync(`${dir}.lock`), false);
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
    fs.writeFileSync(`${dir}.lock`, '999999999');
    const stale = await openDatabase({ pgliteDir: dir });
    await stale.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});
