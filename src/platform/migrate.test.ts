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
