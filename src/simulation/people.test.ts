import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasPrefix, randomIdentity } from './people.ts';
import { Rng } from './rng.ts';

/** The tussenvoegsels a Dutch surname may start with, longest first. */
const PREFIX = /^(van der|van den|van de|van het|in 't|van|de|den|der|ter|te) /;

describe('randomIdentity', () => {
  test('gives a surname at most one tussenvoegsel, as a Dutch name has', () => {
    const rng = Rng.fromSeed(7);
    let prefixed = 0;
    for (let i = 0; i < 5000; i++) {
      const { surname } = randomIdentity(0.9, rng);
      const rest = surname.replace(PREFIX, '');
      assert.ok(!hasPrefix(rest), `a second tussenvoegsel in "${surname}"`);
      if (rest !== surname) prefixed++;
    }
    // 57 of faker's 131 surnames carry one already, and a quarter of the others get one.
    assert.ok(prefixed > 2000 && prefixed < 3300, `${prefixed} of 5000 with a tussenvoegsel`);
  });
});
