/**
 * The strafrechtketennummer (SKN) that Ketenzicht issues: a serial number
 * followed by one Damm check digit. The Damm algorithm detects every
 * single-digit error and every swap of two adjacent digits, which is what
 * matters when staff type a number over from paper.
 *
 * SKNs that source systems deliver are accepted as they are (the event
 * contract only asks for a string); the check digit is ours, for the numbers
 * we issue and for a hint when a typed number finds nobody.
 */

const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Number of digits of an SKN we issue: 7 serial digits and the check digit. */
export const SKN_LENGTH = 8;
/** Issued serials start here so every SKN has exactly eight digits. */
export const FIRST_SKN_SERIAL = 1_000_000;
export const LAST_SKN_SERIAL = 9_999_999;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]?.[ch.charCodeAt(0) - 48] ?? 0;
  return interim;
}

export function sknCheckDigit(serialDigits: string): number {
  if (!/^[0-9]+$/.test(serialDigits)) throw new RangeError('an SKN serial has digits only');
  return dammInterim(serialDigits);
}

/** The SKN for a serial number (1,000,000 … 9,999,999). */
export function sknFromSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < FIRST_SKN_SERIAL || serial > LAST_SKN_SERIAL) {
    throw new RangeError(`SKN serial out of range: ${serial}`);
  }
  const digits = String(serial);
  return `${digits}${sknCheckDigit(digits)}`;
}

/** True when `value` is an SKN with a valid Damm check digit as Ketenzicht issues them. */
export function hasValidSknCheckDigit(value: string): boolean {
  return new RegExp(`^[0-9]{${SKN_LENGTH}}$`).test(value) && dammInterim(value) === 0;
}
