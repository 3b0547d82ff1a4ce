/**
 * The date of DateInput's three fields (dag, maand, jaar), apart from React
 * so it can be tested as a table.
 */

/** The hidden field's value when the three fields are filled but make no date. */
export const INVALID_DATE = 'ongeldig';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsOf(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' }
    : { day: '', month: '', year: '' };
}

/** The ISO date of three typed parts, `''` when none is filled, INVALID_DATE when they make no date. */
export function isoDate({ day, month, year }: DateParts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (d === '' && m === '' && y === '') return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return INVALID_DATE;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // 31 februari rolls over to March: not a date.
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return INVALID_DATE;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Reads a DateInput's date from a form: `{ date }` (ISO, or `''` when empty and
 * not required) or `{ error }` in Dutch, to show at the fieldset.
 */
export function readDate(
  form: FormData,
  name: string,
  options: { required?: boolean; label?: string } = {},
): { date: string; error?: never } | { error: string; date?: never } {
  const value = String(form.get(name) ?? '');
  const label = options.label ?? 'de datum';
  if (value === '')
    return options.required ? { error: `Vul ${label} in, bijvoorbeeld 17 12 1985.` } : { date: '' };
  if (value === INVALID_DATE || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { error: `Vul ${label} in als dag, maand en jaar in cijfers, bijvoorbeeld 17 12 1985.` };
  return { date: value };
}
