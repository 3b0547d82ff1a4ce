import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MAX_NOISE,
  MIN_COUNT,
  MIN_DENOMINATOR,
  MIN_DISTRIBUTION,
  noise,
  publishCount,
  publishDistribution,
  publishShare,
  ROUNDING_BASE,
  trueRange,
} from './disclosure.ts';

describe('publishCount', () => {
  it('publishes an empty cell as 0 and suppresses 1 to 4', () => {
    assert.deepEqual(publishCount(0, 0), { value: 0, status: 'published' });
    for (let n = 1; n < MIN_COUNT; n++)
      assert.deepEqual(publishCount(n, 0.5), { value: null, status: 'suppressed' });
  });

  it('publishes a multiple of the rounding base, never below the minimum, within the noise of the truth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_COUNT, max: 1_000_000 }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (n, keySum) => {
          const { value, status } = publishCount(n, keySum);
          assert.equal(status, 'published');
          assert.ok(value !== null && value % ROUNDING_BASE === 0 && value >= ROUNDING_BASE);
          assert.ok(Math.abs(value - n) <= MAX_NOISE + ROUNDING_BASE / 2, `${n} published as ${value}`);
        },
      ),
    );
  });

  it('gives the same cell (the same records) the same value every time', () => {
    assert.deepEqual(publishCount(1234, 17.3), publishCount(1234, 17.3));
    assert.deepEqual(
      publishCount(1234, 17.3),
      publishCount(1234, 0.3 + 17),
      'only the fraction of the key sum counts',
    );
  });

  it('adds noise that is zero half of the time and averages out to nothing', () => {
    const draws = Array.from({ length: 10_000 }, (_, i) => noise((i + 0.5) / 10_000));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    assert.ok(Math.abs(mean) < 0.01, `mean noise ${mean}`);
    assert.equal(draws.filter((d) => d === 0).length, 5_000);
    assert.ok(draws.every((d) => Math.abs(d) <= MAX_NOISE));
  });

  it('states a range that always holds the true count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, key) => {
          const [low, high] = trueRange(publishCount(n, key));
          assert.ok(low <= n && n <= high, `${n} outside [${low}, ${high}]`);
        },
      ),
    );
  });
});

describe('publishShare and publishDistribution', () => {
  it('withholds a share of a small denominator or a suppressed numerator', () => {
    const count = (n: number) => ({ n, published: publishCount(n, 0.5) });
    assert.equal(publishShare(count(10), count(MIN_DENOMINATOR - 1)).status, 'suppressed');
    assert.equal(publishShare(count(3), count(100)).status, 'suppressed');
    const share = publishShare(count(40), count(100));
    assert.equal(share.status, 'published');
    assert.ok(share.value !== null && share.value > 30 && share.value < 50);
  });

  it('publishes a median only from enough values, in whole days', () => {
    assert.deepEqual(publishDistribution(MIN_DISTRIBUTION - 1, 12.5), { value: null, status: 'suppressed' });
    assert.deepEqual(publishDistribution(MIN_DISTRIBUTION, 12.4), { value: 12, status: 'published' });
    assert.deepEqual(publishDistribution(0, null), { value: null, status: 'not-applicable' });
  });
});
