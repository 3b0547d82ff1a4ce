/**
 * The BSN eleven-test (elfproef): a BSN has 9 digits d1..d9 and
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 and not 0.
 * Source: Wet algemene bepalingen burgerservicenummer; the test is described in
 * the Logius BSN specification (https://www.rvig.nl/bsn).
 */

const BSN_PATTERN = /^[0-9]{9}$/;

export function isValidBsn(value: string): boolean {
  if (!BSN_PATTERN.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum !== 0 && sum % 11 === 0;
}

/**
 * Completes 8 leading digits to a valid BSN, or returns `undefined` when no
 * last digit passes the test (about one prefix in eleven).
 */
export function completeBsn(prefix: string): string | undefined {
  if (!/^[0-9]{8}$/.test(prefix)) throw new RangeError('a BSN prefix has 8 digits');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(prefix[i]) * (9 - i);
  const last = sum % 11;
  if (last > 9 || sum - last === 0) return undefined;
  return `${prefix}${last}`;
}
