import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AuditCell, protectCube } from './audit.ts';

const cell = (a: string, b: string, value: number | null): AuditCell => ({
  codes: { a, b },
  value: value === null ? { value: null, status: 'suppressed' } : { value, status: 'published' },
});

describe('protectCube', () => {
  it('hides another part where two lines together would pin a suppressed cell to one value', () => {
    // Published as the cell key method may publish them (each true count within ±4 of its value):
    // along a, the line of b1 allows the suppressed (a1, b1) at most 14 - 11 = 3;
    // along b, the line of a1 allows it at least 31 - 14 - 14 = 3. Together: exactly 3.
    const cells = [
      cell('a1', 'b1', null),
      cell('T', 'b1', 10),
      cell('a2', 'b1', 15),
      cell('a1', 'T', 35),
      cell('a1', 'b2', 10),
      cell('a1', 'b3', 10),
      cell('T', 'T', 60),
      cell('a2', 'T', 25),
      cell('T', 'b2', 20),
      cell('T', 'b3', 25),
      cell('a2', 'b2', 10),
      cell('a2', 'b3', 15),
    ];
    assert.equal(protectCube(cells, ['a', 'b']), 1);
    const hidden = cells
      .filter((c) => c.value.status === 'suppressed')
      .map((c) => `${c.codes.a},${c.codes.b}`);
    assert.equal(hidden.length, 2);
    assert.ok(hidden.includes('a1,b1'));
  });

  it('leaves a cube alone when no cell can be pinned', () => {
    const cells = [cell('a1', 'b1', null), cell('T', 'b1', 20), cell('a2', 'b1', 15)];
    assert.equal(protectCube(cells, ['a', 'b']), 0);
  });
});
