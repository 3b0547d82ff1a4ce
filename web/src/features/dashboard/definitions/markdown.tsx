import type { ReactNode } from 'react';

/**
 * The part of Markdown docs/definitions.md uses, turned into React elements
 * (never into HTML strings, so nothing in the file can run as markup):
 * headings, paragraphs, bulleted and numbered lists whose items go on over
 * indented lines, pipe tables, and inline `code`, **strong**, *emphasis* and
 * [links](url). The file is the definitions' one source; the portal shows it
 * as it is written, with the same section anchors as GitHub.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; anchor: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

const ITEM = /^(\s*)(-|\d+\.)\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = ITEM.exec(line);
    if (line.trim() === '') i++;
    else if (heading) {
      const text = heading[2] ?? '';
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text, anchor: anchorOf(text) });
      i++;
    } else if (line.trimStart().startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').trimStart().startsWith('|'))
        rows.push(cells(lines[i++] ?? ''));
      const [head = [], , ...body] = rows;
      blocks.push({ kind: 'table', head, rows: body });
    } else if (item) {
      const ordered = item[2] !== '-';
      const items: string[] = [];
      while (i < lines.length) {
        const next = lines[i] ?? '';
        const start = ITEM.exec(next);
        if (start) items.push(start[3] ?? '');
        else if (/^\s+\S/.test(next) && items.length > 0) items[items.length - 1] += ` ${next.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const text: string[] = [];
      while (i < lines.length) {
        const next = lines[i] ?? '';
        if (
          next.trim() === '' ||
          /^#{1,6}\s/.test(next) ||
          ITEM.test(next) ||
          next.trimStart().startsWith('|')
        )
          break;
        text.push(next.trim());
        i++;
      }
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)]+)\)/g;

/** Only a link to a web page or a page of this portal is followed; a path in the repository stays text. */
const followable = (href: string) => /^(https:\/\/|\/(?!\/))/.test(href);

export function Inline({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = m.index;
    if (m[1] !== undefined) out.push(<code key={key}>{m[1]}</code>);
    else if (m[2] !== undefined) out.push(<strong key={key}>{m[2]}</strong>);
    else if (m[3] !== undefined) out.push(<em key={key}>{m[3]}</em>);
    else if (m[4] !== undefined && m[5] !== undefined)
      out.push(
        followable(m[5]) ? (
          <a key={key} className="nl-link" href={m[5]}>
            {m[4]}
          </a>
        ) : (
          <span key={key}>{m[4]}</span>
        ),
      );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
