import { FormFieldSelect, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useSearchParams } from 'react-router';
import { type Dimension, type TableMeta, TOTAL } from './api/get-table.ts';

/** A period dimension's codes without its total, oldest first. */
export function periodCodes(dimension: Dimension | undefined) {
  const codes = (dimension?.codes ?? []).filter((c) => c.code !== TOTAL);
  return codes.every((c) => /^[0-9]+$/.test(c.code))
    ? [...codes].sort((a, b) => Number(a.code) - Number(b.code))
    : codes;
}

export const dimensionOf = (meta: TableMeta | undefined, id: string) =>
  meta?.dimensions.find((d) => d.id === id);

export const codeTitle = (dimension: Dimension | undefined, code: string) =>
  dimension?.codes.find((c) => c.code === code)?.title ?? code;

/** What the visitor chose: per dimension one code. */
export type Selection = Record<string, string>;

/**
 * The drill-down kept in the URL (`?jaar=2024&regio=PV27`), so a view can be
 * shared and survives a reload. A code the table does not have falls back to
 * the default: the newest period, and the total elsewhere.
 */
export function useSelection(meta: TableMeta | undefined, time: string, dimensions: readonly Dimension[]) {
  const [params, setParams] = useSearchParams();
  const selection: Selection = {};
  const periods = periodCodes(dimensionOf(meta, time));
  const period = params.get(time);
  const latest = periods.at(-1)?.code;
  if (latest) selection[time] = periods.some((p) => p.code === period) ? (period as string) : latest;
  for (const d of dimensions) {
    const wanted = params.get(d.id);
    const fallback = d.codes.some((c) => c.code === TOTAL) ? TOTAL : d.codes[0]?.code;
    const code = d.codes.some((c) => c.code === wanted) ? (wanted as string) : fallback;
    if (code !== undefined) selection[d.id] = code;
  }
  const set = (dimension: string, code: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(dimension, code);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return { selection, periods, set };
}

/** The selection in words, for a figure's subtitle and the status line. */
export function selectionText(
  selection: Selection,
  dimensions: readonly Dimension[],
  options: { skip?: readonly string[] } = {},
) {
  return dimensions
    .filter((d) => !options.skip?.includes(d.id) && selection[d.id] !== undefined)
    .map((d) => codeTitle(d, selection[d.id] as string))
    .join(' · ');
}

export function SelectionForm({
  time,
  timeLabel,
  periods,
  dimensions,
  selection,
  onChange,
}: {
  time: string;
  timeLabel: string;
  periods: readonly { code: string; title: string }[];
  dimensions: readonly Dimension[];
  selection: Selection;
  onChange: (dimension: string, code: string) => void;
}) {
  return (
    <form
      className="kz-dash-selection"
      aria-labelledby="kz-dash-selection-heading"
      onSubmit={(e) => e.preventDefault()}
    >
      <Paragraph id="kz-dash-selection-heading" className="kz-dash-selection__heading">
        Kies de cijfers
      </Paragraph>
      <div className="kz-dash-selection__fields">
        <FormFieldSelect
          label={timeLabel}
          name={time}
          value={selection[time] ?? ''}
          onChange={(e) => onChange(time, e.currentTarget.value)}
        >
          {[...periods].reverse().map((p) => (
            <SelectOption key={p.code} value={p.code}>
              {p.title}
            </SelectOption>
          ))}
        </FormFieldSelect>
        {dimensions.map((d) => (
          <FormFieldSelect
            key={d.id}
            label={d.title}
            name={d.id}
            value={selection[d.id] ?? ''}
            onChange={(e) => onChange(d.id, e.currentTarget.value)}
          >
            {d.codes.map((c) => (
              <SelectOption key={c.code} value={c.code}>
                {c.title}
              </SelectOption>
            ))}
          </FormFieldSelect>
        ))}
      </div>
      <Paragraph className="kz-dash-selection__note">
        De grafieken en tabellen passen zich direct aan uw keuze aan.
      </Paragraph>
    </form>
  );
}
