import { Fieldset, FormFieldErrorMessage, TextInput } from '@rijkshuisstijl-community/components-react';
import { useId, useState } from 'react';

/**
 * A date as NL Design System asks for one: three text fields (dag, maand,
 * jaar) in one fieldset with an example, not `<input type="date">`, whose
 * picker is hard to use with a keyboard or a screen reader, shows the
 * browser's own format and cannot be typed into on every phone.
 *
 * The form gets the date in one hidden field named `name`, as `YYYY-MM-DD`
 * (what the API takes), `''` when all three are empty, or `INVALID_DATE`
 * when something is filled in that is not a date: a reader of the form's
 * FormData checks it with `readDate` and shows the error at this fieldset.
 */
export const INVALID_DATE = 'ongeldig';

export interface DateInputProps {
  /** The form field that carries the ISO date. */
  name: string;
  legend: string;
  /** Shown under the legend; an example in the field's own order by default. */
  description?: string;
  /** An ISO date (`YYYY-MM-DD`) to start with. */
  defaultValue?: string;
  errorMessage?: string;
  invalid?: boolean;
  required?: boolean;
  /** `bday` for a birth date: the browser may offer the user's own. */
  autoComplete?: 'bday' | 'off';
}

interface Parts {
  day: string;
  month: string;
  year: string;
}

function partsOf(iso: string | undefined): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' }
    : { day: '', month: '', year: '' };
}

/** The ISO date of three typed parts, `''` when none is filled, INVALID_DATE when they make no date. */
export function isoDate({ day, month, year }: Parts): string {
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

export function DateInput({
  name,
  legend,
  description = 'Bijvoorbeeld: 17 12 1985',
  defaultValue,
  errorMessage,
  invalid,
  required,
  autoComplete = 'off',
}: DateInputProps) {
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsOf(defaultValue));
  const describedBy = [`${id}-description`, errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ');
  const fields: { key: keyof Parts; label: string; size: number; complete: string }[] = [
    { key: 'day', label: 'Dag', size: 2, complete: 'bday-day' },
    { key: 'month', label: 'Maand', size: 2, complete: 'bday-month' },
    { key: 'year', label: 'Jaar', size: 4, complete: 'bday-year' },
  ];
  return (
    <Fieldset legend={legend} invalid={invalid} aria-describedby={describedBy} className="kz-date-input">
      <p id={`${id}-description`} className="utrecht-form-field-description">
        {description}
      </p>
      {errorMessage && <FormFieldErrorMessage id={`${id}-error`}>{errorMessage}</FormFieldErrorMessage>}
      <div className="kz-date-input__fields">
        {fields.map((field) => (
          <div key={field.key} className={`kz-date-input__field kz-date-input__field--${field.key}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-${field.key}`}>
              {field.label}
            </label>
            <TextInput
              id={`${id}-${field.key}`}
              name={`${name}-${field.key}`}
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={field.size}
              size={field.size}
              required={required}
              invalid={invalid}
              autoComplete={autoComplete === 'bday' ? field.complete : 'off'}
              value={parts[field.key]}
              onChange={(event) => setParts({ ...parts, [field.key]: event.currentTarget.value })}
            />
          </div>
        ))}
      </div>
      <input type="hidden" name={name} value={isoDate(parts)} />
    </Fieldset>
  );
}
