import { Heading } from '@rijkshuisstijl-community/components-react';
import { type ReactNode, useEffect, useRef } from 'react';

/** The first page after a load keeps the browser's own start (the skip link is then the first Tab). */
let loaded = false;

/**
 * A page of the portal: sets the document title and, when the page changes
 * within the portal, moves focus to its heading, so a screen reader
 * announces where one is and a keyboard user starts from the top of the new
 * content.
 */
export function Page({ title, children, lead }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Ketenzicht`;
    if (loaded) heading.current?.focus({ preventScroll: false });
    loaded = true;
  }, [title]);
  return (
    <>
      <Heading level={1} ref={heading} tabIndex={-1} className="kz-page-title">
        {title}
      </Heading>
      {lead}
      {children}
    </>
  );
}
