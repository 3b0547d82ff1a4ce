/**
 * The audit after the cell key method: in a cube with totals, a total minus
 * its published parts bounds a suppressed part. With the noise and rounding
 * every published count is only known to within ±(MAX_NOISE + half the
 * rounding base), so the bound is wide; but in a rare draw where every cell
 * of a line sits at the edge of its range, the bound could leave a single
 * possible value for a suppressed cell. This audit plays that attacker on
 * every line of every count (along each dimension that has a total, with the
 * other dimensions fixed) and, where a suppressed cell would be pinned down,
 * also suppresses the smallest published part of that line (secondary
 * suppression), until no line pins any cell.
 */
import { MIN_COUNT, type Published, trueRange } from './disclosure.ts';
import { TOTAL } from './published.ts';

export interface AuditCell {
  codes: Record<string, string>;
  value: Published;
}

/** What a published (or suppressed) count says about its true value. */
function range(p: Published): [number, number] {
  // A suppressed cell is 1 to MIN_COUNT - 1, as far as anyone outside knows.
  return p.status === 'suppressed' ? [1, MIN_COUNT - 1] : trueRange(p);
}

/** The lines of a cube along `dim`: for each combination of the other codes, the total and its parts. */
export function linesAlong(cells: readonly AuditCell[], dims: readonly string[], dim: string) {
  const others = dims.filter((d) => d !== dim);
  const lines = new Map<string, { total?: AuditCell; parts: AuditCell[] }>();
  for (const cell of cells) {
    const key = others.map((d) => cell.codes[d]).join('\u0000');
    let line = lines.get(key);
    if (!line) {
      line = { parts: [] };
      lines.set(key, line);
    }
    if (cell.codes[dim] === TOTAL) line.total = cell;
    else line.parts.push(cell);
  }
  return [...lines.values()].filter(
    (l): l is { total: AuditCell; parts: AuditCell[] } => l.total !== undefined,
  );
}

/** The values a suppressed `target` can still have given its line's published total and other parts. */
export function feasible(
  target: AuditCell,
  line: { total: AuditCell; parts: AuditCell[] },
): [number, number] {
  if (line.total.value.status !== 'published') return range(target.value);
  const [totalLow, totalHigh] = range(line.total.value);
  let othersLow = 0;
  let othersHigh = 0;
  for (const part of line.parts) {
    if (part === target) continue;
    const [low, high] = range(part.value);
    othersLow += low;
    othersHigh += high;
  }
  const [low, high] = range(target.value);
  return [Math.max(low, totalLow - othersHigh), Math.min(high, totalHigh - othersLow)];
}

/**
 * Adds secondary suppressions to `cells` (in place) until no suppressed cell
 * is pinned to one value by the lines through it taken together (an attacker
 * intersects them). Returns how many were added.
 */
export function protectCube(cells: AuditCell[], dims: readonly string[]): number {
  const withTotal = dims.filter((d) => cells.some((c) => c.codes[d] === TOTAL));
  const linesOf = new Map<AuditCell, { total: AuditCell; parts: AuditCell[] }[]>();
  for (const dim of withTotal)
    for (const line of linesAlong(cells, dims, dim))
      for (const part of line.parts) linesOf.set(part, [...(linesOf.get(part) ?? []), line]);
  let added = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [target, lines] of linesOf) {
      if (target.value.status !== 'suppressed') continue;
      let [low, high] = range(target.value);
      for (const line of lines) {
        const [l, h] = feasible(target, line);
        low = Math.max(low, l);
        high = Math.min(high, h);
      }
      if (high !== low) continue;
      // Pinned: hide the smallest published part of a line through it, and look again.
      const next = lines
        .flatMap((line) => line.parts)
        .filter((p) => p !== target && p.value.status === 'published' && (p.value.value ?? 0) > 0)
        .sort((a, b) => (a.value.value ?? 0) - (b.value.value ?? 0))[0];
      if (!next) continue;
      next.value = { value: null, status: 'suppressed' };
      added++;
      changed = true;
    }
  }
  return added;
}
