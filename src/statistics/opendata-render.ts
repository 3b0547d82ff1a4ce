/**
 * Writes selected rows of a loaded table as the API serves them: JSON
 * observations (built as text, the hot path of the API) and CSV.
 */
import { type LoadedTable, STATUSES } from './opendata-model.ts';
import { statusColumn } from './published.ts';

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const number = (value: number) => (Number.isNaN(value) ? '' : String(value));

export function renderJson(table: LoadedTable, rows: Uint32Array, measures: number[]): string {
  const dims = table.dimensions.map((d) => ({
    column: d.column,
    key: `${JSON.stringify(d.meta.id)}:`,
    codes: d.codes.map((c) => JSON.stringify(c)),
  }));
  const statuses = STATUSES.map((s) => JSON.stringify(s));
  const meas = measures.map((i) => {
    const m = table.measures[i];
    if (!m) throw new Error(`no measure ${i}`);
    return {
      values: m.values,
      status: m.status,
      key: `${JSON.stringify(m.meta.id)}:`,
      statusKey: `${JSON.stringify(statusColumn(m.meta.id))}:`,
    };
  });
  const out: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    let line = '{';
    for (const d of dims) line += `${d.key}${d.codes[d.column[r] as number]},`;
    for (const m of meas) {
      const v = m.values[r] as number;
      line += `${m.key}${Number.isNaN(v) ? 'null' : String(v)},${m.statusKey}${statuses[m.status[r] as number]},`;
    }
    out[i] = `${line.slice(0, -1)}}`;
  }
  return out.join(',');
}

export function renderCsv(table: LoadedTable, rows: Uint32Array, measures: number[]): string {
  const meas = measures.map((i) => table.measures[i]).filter((m) => m !== undefined);
  const header = [
    ...table.dimensions.map((d) => d.meta.id),
    ...meas.flatMap((m) => [m.meta.id, statusColumn(m.meta.id)]),
  ].map(csvField);
  const dims = table.dimensions.map((d) => ({ column: d.column, codes: d.codes.map(csvField) }));
  const out: string[] = new Array(rows.length + 1);
  out[0] = header.join(',');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const cells: string[] = [];
    for (const d of dims) cells.push(d.codes[d.column[r] as number] as string);
    for (const m of meas)
      cells.push(number(m.values[r] as number), STATUSES[m.status[r] as number] as string);
    out[i + 1] = cells.join(',');
  }
  return `${out.join('\r\n')}\r\n`;
}
