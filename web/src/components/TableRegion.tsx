import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone or at 400% zoom, inside this
 * region instead of the page: the region is named (by `label`, or by the id
 * of the table's caption) and takes keyboard focus, so it can be scrolled
 * with the arrow keys (WCAG 2.1.1).
 */
export function TableRegion({
  label,
  labelledBy,
  children,
}: ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never }) & {
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="kz-table-wrap" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
