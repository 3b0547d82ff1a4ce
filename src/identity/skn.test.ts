import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FIRST_SKN_SERIAL, hasValidSknCheckDigit, LAST_SKN_SERIAL, sknFromSerial } from './skn.ts';

const serial = fc.integer({ min: FIRST_SKN_SERIAL, max: LAST_SKN_SERIAL });

describe('sknFromSerial', () => {
  it('makes eight-digit SKNs with a valid check digit', () => {
    fc.assert(
      fc.property(serial, (s) => {
        const skn = sknFromSerial(s);
        return skn.length === 8 && skn.startsWith(String(s)) && hasValidSknCheckDigit(skn);
      }),
    );
  });

  it('gives different serials different SKNs', () => {
    fc.assert(fc.property(serial, serial, (a, b) => a === b || sknFromSerial(a) !== sknFromSerial(b)));
  });

  it('refuses serials outside the range', () => {
    for (const s of [FIRST_SKN_SERIAL - 1, LAST_SKN_SERIAL + 1, 1.5, Number.NaN]) {
      assert.throws(() => sknFromSerial(s), RangeError, String(s));
    }
  });
});

describe('hasValidSknCheckDigit', () => {
  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(serial, fc.nat(7), fc.integer({ min: 1, max: 9 }), (s, position, delta) => {
        const skn = sknFromSerial(s);
        const typo =
          skn.slice(0, position) + ((Number(skn[position]) + delta) % 10) + skn.slice(position + 1);
        return !hasValidSknCheckDigit(typo);
      }),
    );
  });

  it('catches every swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(serial, fc.nat(6), (s, position) => {
        const skn = sknFromSerial(s);
        const a = skn[position];
        const b = skn[position + 1];
        fc.pre(a !== b);
        const swapped = skn.slice(0, position) + b + a + skn.slice(position + 2);
        return !hasValidSknCheckDigit(swapped);
      }),
    );
  });

  it('refuses values that are not eight digits', () => {
    for (const v of ['', '1000000', '100000000', '1000000a', ' 10000002'])
      assert.equal(hasValidSknCheckDigit(v), false, v);
  });
});
