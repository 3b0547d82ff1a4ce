import { Fieldset, FormFieldErrorMessage, TextInput } from '@rijkshuisstijl-community/components-react';
import { useId, useState } from 'react';
import { type DateParts, isoDate, partsOf } from './date-parts.ts';

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
export { INVALID_DATE, isoDate, readDate } from './date-parts.ts';

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
  const [parts, setParts] = useState<DateParts>(() => partsOf(defaultValue));
  const describedBy = [`${id}-description`, errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ');
  const fields: { key: keyof DateParts; label: string; size: number; complete: string }[] = [
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
