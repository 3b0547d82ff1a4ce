/**
 * A text field that suggests from a list as you type: the WAI-ARIA 1.2 combobox with a
 * listbox popup and list autocomplete (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/),
 * styled with NL Design System's Utrecht combobox and listbox. Replaces a 342-item select:
 * type "rott" and Rotterdam is one arrow key away. Arrow keys move through the suggestions,
 * Enter takes one, Escape closes the list (or, closed, clears the field); leaving the field
 * with a text that names exactly one option takes that option.
 */
import { type KeyboardEvent, type Ref, useId, useMemo, useState } from 'react';
import './combobox.css';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Other words the option is found by (a code, a former name). */
  keywords?: string;
}

/** Accents and case do not matter when matching: "súdwest" finds Súdwest-Fryslân. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The options matching `query`: those whose label starts with it first, then those that contain it. */
export function suggestions(options: readonly ComboboxOption[], query: string, max = 10): ComboboxOption[] {
  const q = fold(query.trim());
  if (!q) return options.slice(0, max);
  const starts: ComboboxOption[] = [];
  const contains: ComboboxOption[] = [];
  for (const o of options) {
    const label = fold(o.label);
    if (
      label.startsWith(q) ||
      fold(o.keywords ?? '')
        .split(/\s+/)
        .includes(q)
    )
      starts.push(o);
    else if (label.includes(q) || fold(o.keywords ?? '').includes(q)) contains.push(o);
  }
  return [...starts, ...contains].slice(0, max);
}

export function Combobox({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  required,
  inputRef,
  placeholder,
}: {
  label: string;
  options: readonly ComboboxOption[];
  /** The chosen option's value, '' when none. */
  value: string;
  onChange: (value: string) => void;
  description?: string | undefined;
  errorMessage?: string | undefined;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
  placeholder?: string;
}) {
  const id = useId();
  const chosen = options.find((o) => o.value === value);
  const [text, setText] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // While the user types, the field shows what they typed; otherwise the chosen option.
  const shown = text ?? chosen?.label ?? '';
  const matches = useMemo(() => suggestions(options, text ?? ''), [options, text]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (option: ComboboxOption | undefined) => {
    onChange(option?.value ?? '');
    setText(undefined);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else choose(undefined);
    }
  };

  const onBlur = () => {
    if (text === undefined) return setOpen(false);
    // A text that names exactly one option (its label, or the only match) takes it.
    const exact = options.find((o) => fold(o.label) === fold(text.trim()));
    choose(exact ?? (matches.length === 1 && text.trim() ? matches[0] : undefined));
  };

  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${errorMessage ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description utrecht-form-field__description" id={descriptionId}>
          {description}
        </div>
      )}
      {errorMessage && (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={errorId}>
          {errorMessage}
        </div>
      )}
      <div className="utrecht-form-field__input kz-combobox">
        <input
          id={id}
          ref={inputRef}
          className={`utrecht-textbox utrecht-textbox--html-input${errorMessage ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open && matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={errorMessage ? true : undefined}
          aria-required={required || undefined}
          placeholder={placeholder}
          value={shown}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <div
          className={`utrecht-combobox__popover utrecht-combobox__popover--block-end${open && matches.length > 0 ? '' : ' utrecht-combobox__popover--hidden'}`}
        >
          <div
            id={listId}
            role="listbox"
            aria-label={`Suggesties voor ${label.toLowerCase()}`}
            className="utrecht-listbox utrecht-listbox__list"
          >
            {matches.map((o, i) => (
              <div
                key={o.value}
                id={optionId(i)}
                role="option"
                // Reached by aria-activedescendant from the input, never by Tab.
                tabIndex={-1}
                aria-selected={o.value === value}
                className={`utrecht-listbox__option utrecht-listbox__option--html-div${i === active ? ' utrecht-listbox__option--active' : ''}${o.value === value ? ' utrecht-listbox__option--selected' : ''}`}
                // Before the input's blur: the click chooses, the blur then finds nothing typed.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(o);
                }}
              >
                {o.label}
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="kz-combobox-status" role="status" aria-live="polite">
        {open && text !== undefined
          ? `${matches.length === 10 ? 'Meer dan 9' : matches.length} suggesties`
          : ''}
      </div>
    </div>
  );
}
