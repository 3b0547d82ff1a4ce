import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { completeBsn, isValidBsn } from './bsn.ts';

const prefix = fc.stringMatching(/^[0-9]{8}$/);
const validBsn = prefix.map(completeBsn).filter((bsn): bsn is string => bsn !== undefined);

describe('isValidBsn', () => {
  it('accepts BSNs that pass the eleven-test', () => {
    for (const bsn of ['111222333', '123456782', '999999990']) assert.equal(isValidBsn(bsn), true, bsn);
  });

  it('rejects numbers that fail the eleven-test, have the wrong length or are not digits', () => {
    for (const bsn of [
      '111222334',
      '123456789',
      '12345678',
      '1234567820',
      '12345678a',
      '',
      ' 11122233',
      '000000000',
    ]) {
      assert.equal(isValidBsn(bsn), false, JSON.stringify(bsn));
    }
  });

  it('accepts every number completeBsn makes', () => {
    fc.assert(fc.property(validBsn, (bsn) => isValidBsn(bsn)));
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(validBsn, fc.nat(8), fc.integer({ min: 1, max: 9 }), (bsn, position, delta) => {
        const digit = (Number(bsn[position]) + delta) % 10;
        const typo = bsn.slice(0, position) + digit + bsn.slice(position + 1);
        return !isValidBsn(typo);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isValidBsn(s) === 'boolean'));
  });
});

describe('completeBsn', () => {
  it('refuses a prefix that is not 8 digits', () => {
    assert.throws(() => completeBsn('1234567'), RangeError);
  });

  it('returns undefined when no check digit passes', () => {
    // A prefix whose weighted sum leaves remainder 10 (mod 11) would need check digit 10.
    const withoutCheckDigit = Array.from({ length: 200 }, (_, i) => String(10_000_000 + i)).filter(
      (p) => completeBsn(p) === undefined,
    );
    assert.ok(withoutCheckDigit.length > 0);
    for (const p of withoutCheckDigit) {
      for (let d = 0; d <= 9; d++) assert.equal(isValidBsn(`${p}${d}`), false);
    }
  });
});
