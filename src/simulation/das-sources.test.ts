/**
 * docs/das-sources.md, the delivery agreement for the chain partners, follows
 * src/statistics/deliveries.ts column for column.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DELIVERIES, DELIVERY_NAMES } from '../statistics/index.ts';

const doc = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'das-sources.md'), 'utf8');

/** The text of the section `## name`, up to the next `## `. */
function section(name: string): string {
  const start = doc.indexOf(`\n## ${name}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** The rows of the column table of a section: cells without the outer bars. */
function columnRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('docs/das-sources.md', () => {
  for (const name of DELIVERY_NAMES) {
    const delivery = DELIVERIES[name];
    test(`describes every column of ${name} in order, with its type, emptiness and identifying flag`, () => {
      const text = section(name);
      assert.ok(text, `no section "## ${name}"`);
      const rows = columnRows(text);
      assert.deepEqual(
        rows.map((r) => r[0]),
        delivery.columns.map((c) => `\`${c.name}\``),
      );
      for (const [i, column] of delivery.columns.entries()) {
        const [, type, empty, values = '', identifying, description] = rows[i] ?? [];
        assert.equal(type, column.type, column.name);
        assert.equal(empty, column.nullable ? 'yes' : 'no', column.name);
        assert.equal(identifying, column.identifying ? 'yes' : 'no', column.name);
        assert.equal(description, column.description, column.name);
        const check = column.check;
        if (check?.kind === 'one-of') {
          for (const value of check.values)
            assert.ok(values.includes(`\`${value}\``), `${column.name}: ${value}`);
        }
      }
    });

    test(`states the key and the references of ${name}`, () => {
      const text = section(name);
      assert.ok(text.includes(`Key: ${delivery.key.map((k) => `\`${k}\``).join(' + ')}.`), 'key');
      for (const r of delivery.references) {
        assert.ok(text.includes(`\`${r.column}\` → ${r.delivery}.\`${r.to}\``), `reference ${r.column}`);
      }
      assert.ok(text.includes(delivery.partner), 'partner');
    });
  }
});
