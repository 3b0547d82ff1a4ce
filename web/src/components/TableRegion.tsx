import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A wide table that scrolls sideways on a phone or at 400% zoom, inside this
 * region instead of the page: the region is named (by `label`, or by the id
 * of the table's caption) and takes keyboard focus, so it can be scrolled
 * with the arrow keys (WCAG 2.1.1).
 *
 * With `cards`, a list table becomes a stack of cards on a narrow screen
 * (≤ 40em, styles.css): each row a card, each cell on its own line after
 * its column's name. The names are copied from the table's column headers
 * into each cell's `data-label`, also for rows added later (another page of
 * the list), so a feature only sets `cards`. A cell may set its own
 * `data-label` (`""` for none, e.g. a checkbox column).
 */
export function TableRegion({
  label,
  labelledBy,
  cards = false,
  children,
}: ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never }) & {
  cards?: boolean;
  children: ReactNode;
}) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!cards || !element) return;
    const label = () => {
      for (const table of element.querySelectorAll('table')) {
        const names = [...table.querySelectorAll('thead tr:last-child > th')].map(
          (th) => th.textContent?.trim() ?? '',
        );
        for (const row of table.querySelectorAll('tbody > tr'))
          [...row.children].forEach((cell, index) => {
            if (!cell.hasAttribute('data-label') || cell.getAttribute('data-kz-label') === 'auto') {
              cell.setAttribute('data-label', names[index] ?? '');
              cell.setAttribute('data-kz-label', 'auto');
            }
          });
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [cards]);
  return (
    <section
      ref={region}
      className={cards ? 'kz-table-wrap kz-table-wrap--cards' : 'kz-table-wrap'}
      aria-label={label}
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      {children}
    </section>
  );
}
