import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen (320 px): it scrolls inside this
 * region instead of the page, and the region takes the keyboard focus so it
 * can be scrolled without a mouse.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
    // biome-ignore lint/a11y/useSemanticElements: the portal's scrolling-table pattern (kz-table-wrap), named by its label
    <div className="kz-table-wrap kz-bbx-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
