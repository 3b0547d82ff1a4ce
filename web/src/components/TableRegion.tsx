import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone or at 400% zoom: the
 * scrolling box is a labelled region that takes keyboard focus, so it can be
 * scrolled with the arrow keys (WCAG 2.1.1).
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="kz-table-wrap" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
