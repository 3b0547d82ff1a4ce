/**
 * Which rows of a loaded table match the filters on dimension codes: a scan
 * over the rows of the most selective filter, in memory.
 */
import type { LoadedDimension, LoadedTable } from './opendata-model.ts';

const everyRow = new WeakMap<LoadedTable, Uint32Array>();

/**
 * The rows whose code is one of the wanted ones on every filtered dimension
 * (a dimension without a filter takes every code), in the table's order.
 * Starts from the rows of the most selective filter and checks the others.
 * The answer may be shared: read it, never change it.
 */
export function selectRows(table: LoadedTable, filters: ReadonlyMap<number, readonly number[]>): Uint32Array {
  if (filters.size === 0) {
    let all = everyRow.get(table);
    if (!all) {
      all = new Uint32Array(table.rows);
      for (let r = 0; r < table.rows; r++) all[r] = r;
      everyRow.set(table, all);
    }
    return all;
  }
  const checks = [...filters].map(([d, codes]) => {
    const dimension = table.dimensions[d] as LoadedDimension;
    const wanted = new Uint8Array(dimension.codes.length);
    let size = 0;
    for (const c of codes) {
      wanted[c] = 1;
      size += dimension.rowsOf[c]?.length ?? 0;
    }
    return { dimension, codes, wanted, size };
  });
  checks.sort((a, b) => a.size - b.size);
  const [first, ...rest] = checks as [(typeof checks)[number], ...typeof checks];
  let candidates: Uint32Array;
  if (first.codes.length === 1) candidates = first.dimension.rowsOf[first.codes[0] as number] as Uint32Array;
  else {
    candidates = new Uint32Array(first.size);
    let at = 0;
    for (const c of first.codes) {
      const rows = first.dimension.rowsOf[c] as Uint32Array;
      candidates.set(rows, at);
      at += rows.length;
    }
    candidates.sort();
  }
  if (rest.length === 0) return candidates;
  const hits = new Uint32Array(candidates.length);
  let n = 0;
  rows: for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i] as number;
    for (const check of rest) if (check.wanted[check.dimension.column[r] as number] === 0) continue rows;
    hits[n++] = r;
  }
  return hits.subarray(0, n);
}
