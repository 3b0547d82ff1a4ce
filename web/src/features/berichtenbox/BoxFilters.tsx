import {
  ButtonLink,
  FormFieldSelect,
  FormFieldTextInput,
  PrimaryActionButton,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { DateInput, readDate } from '../../components/DateInput.tsx';
import {
  BOX_STATUSES,
  type BoxStatus,
  type NoticeType,
  STATUS_FILTER_LABELS,
  typeLabel,
} from '../../lib/notices.ts';
import type { BoxConfig } from './boxes.ts';

/** How the list is ordered, as the URL names it. */
export const SORTS = {
  'ontvangen-af': { label: 'Ontvangen, nieuwste eerst', sort: 'received', direction: 'desc' },
  'ontvangen-op': { label: 'Ontvangen, oudste eerst', sort: 'received', direction: 'asc' },
  'datum-op': { label: 'Datum die telt, eerstvolgende eerst', sort: 'announced', direction: 'asc' },
  'datum-af': { label: 'Datum die telt, laatste eerst', sort: 'announced', direction: 'desc' },
} as const;
export type SortKey = keyof typeof SORTS;

/** A box's filters as the portal keeps them; all but the search term live in the URL. */
export interface ListFilters {
  q?: string;
  type?: NoticeType;
  status?: BoxStatus;
  announcedFrom?: string;
  announcedTo?: string;
  from?: string;
  to?: string;
  sort: SortKey;
}

/** What a box may be searched by: only the keys its notices show (the API searches no others). */
export const searchLabel = (config: BoxConfig) =>
  config.box === 'reintegration'
    ? 'Zoek op naam of BSN'
    : config.box === 'victims'
      ? 'Zoek op naam, SKN of kenmerk'
      : 'Zoek op naam';

export const isFiltered = (f: ListFilters) =>
  Boolean(f.q || f.type || f.status || f.announcedFrom || f.announcedTo || f.from || f.to);

type DateField = 'announcedFrom' | 'announcedTo' | 'from' | 'to';
const DATE_LABELS: Record<DateField, string> = {
  announcedFrom: 'Datum die telt vanaf',
  announcedTo: 'Datum die telt tot en met',
  from: 'Ontvangen vanaf',
  to: 'Ontvangen tot en met',
};

/** The search, the filters and the order of a box: one form, applied at once. */
export function BoxFilterForm({
  config,
  filters,
  onApply,
  onClear,
}: {
  config: BoxConfig;
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
  /** The link to the bare box clears the URL's filters; the search term, kept outside it, goes too. */
  onClear: () => void;
}) {
  const [errors, setErrors] = useState<Partial<Record<DateField, string>>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const found: Partial<Record<DateField, string>> = {};
    const dates: Partial<Record<DateField, string>> = {};
    for (const field of Object.keys(DATE_LABELS) as DateField[]) {
      const read = readDate(form, field, { label: `"${DATE_LABELS[field]}"` });
      if (read.error) found[field] = read.error;
      else if (read.date) dates[field] = read.date;
    }
    if (dates.announcedFrom && dates.announcedTo && dates.announcedFrom > dates.announcedTo)
      found.announcedTo = 'Deze datum ligt vóór "Datum die telt vanaf".';
    if (dates.from && dates.to && dates.from > dates.to) found.to = 'Deze datum ligt vóór "Ontvangen vanaf".';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onApply({
      q: value('q'),
      type: value('type') as NoticeType | undefined,
      status: value('status') as BoxStatus | undefined,
      ...dates,
      sort: (value('sort') ?? 'ontvangen-af') as SortKey,
    });
  };

  const dateInput = (field: DateField) => (
    <DateInput
      name={field}
      legend={DATE_LABELS[field]}
      defaultValue={filters[field]}
      invalid={Boolean(errors[field])}
      errorMessage={errors[field]}
    />
  );

  return (
    <form className="kz-form kz-bbx-filters" onSubmit={submit} noValidate>
      <div className="kz-form--inline">
        <FormFieldTextInput
          label={searchLabel(config)}
          name="q"
          type="search"
          autoComplete="off"
          defaultValue={filters.q ?? ''}
        />
        <FormFieldSelect label="Sorteren op" name="sort" defaultValue={filters.sort}>
          {(Object.keys(SORTS) as SortKey[]).map((key) => (
            <SelectOption key={key} value={key}>
              {SORTS[key].label}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect label="Soort bericht" name="type" defaultValue={filters.type ?? ''}>
          <SelectOption value="">Alle soorten</SelectOption>
          {config.types.map((type) => (
            <SelectOption key={type} value={type}>
              {typeLabel(type)}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect label="Status" name="status" defaultValue={filters.status ?? ''}>
          <SelectOption value="">Alle statussen</SelectOption>
          {BOX_STATUSES.map((status) => (
            <SelectOption key={status} value={status}>
              {STATUS_FILTER_LABELS[status]}
            </SelectOption>
          ))}
        </FormFieldSelect>
      </div>
      <div className="kz-bbx-dates">
        {dateInput('announcedFrom')}
        {dateInput('announcedTo')}
        {dateInput('from')}
        {dateInput('to')}
      </div>
      <div className="kz-bbx-filters__buttons">
        <PrimaryActionButton type="submit">Zoeken en filteren</PrimaryActionButton>
        {isFiltered(filters) && (
          <ButtonLink appearance="subtle-button" href={config.path} onClick={onClear}>
            Filters wissen
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
