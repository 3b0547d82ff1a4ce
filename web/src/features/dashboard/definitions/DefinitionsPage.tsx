import {
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import source from '../../../../../docs/definitions.md?raw';
import { TableRegion } from '../../../components/TableRegion.tsx';
import { DashboardPage } from '../DashboardNav.tsx';
import { type Block, Inline, parseMarkdown } from './markdown.tsx';

/** The file's own title is the page's; its sections follow (read when the portal is built). */
const BLOCKS = parseMarkdown(source).filter((b) => !(b.kind === 'heading' && b.level === 1));

/** The heading a block stands under. */
function sectionOf(index: number): string {
  for (let i = index; i >= 0; i--) {
    const b = BLOCKS[i];
    if (b?.kind === 'heading') return b.text;
  }
  return 'de definities';
}

/** A table is named after the section it stands in. */
function Section({ block, label }: { block: Block; label: string }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Heading level={Math.min(block.level, 4) as 2 | 3 | 4} id={block.anchor} tabIndex={-1}>
          {block.text}
        </Heading>
      );
    case 'paragraph':
      return (
        <Paragraph>
          <Inline text={block.text} />
        </Paragraph>
      );
    case 'list': {
      const items = block.items.map((item) =>
        block.ordered ? (
          <OrderedListItem key={item}>
            <Inline text={item} />
          </OrderedListItem>
        ) : (
          <UnorderedListItem key={item}>
            <Inline text={item} />
          </UnorderedListItem>
        ),
      );
      return block.ordered ? <OrderedList>{items}</OrderedList> : <UnorderedList>{items}</UnorderedList>;
    }
    case 'table':
      return (
        <TableRegion label={label}>
          <Table>
            <TableHeader>
              <TableRow>
                {block.head.map((h) => (
                  <TableHeaderCell key={h} scope="col">
                    <Inline text={h} />
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {block.rows.map((row) => (
                <TableRow key={row.join('|')}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are in a fixed order
                    <TableCell key={i}>
                      <Inline text={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      );
  }
}

/**
 * /cijfers/definities: docs/definitions.md as a page of the portal, one
 * section per figure at the anchor a table's metadata links to
 * (`/cijfers/definities#misdrijven`). The definitions are written in English
 * (the project's documentation language), and marked so for a screen reader.
 */
export function DefinitionsPage() {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    target?.scrollIntoView();
  }, [hash]);
  const sections = BLOCKS.filter((b) => b.kind === 'heading' && b.level === 2);
  return (
    <DashboardPage
      title="Definities van de cijfers"
      lead="Wat elk cijfer telt, van welke dag en uit welke bron, en hoe de cijfers tegen onthulling zijn beveiligd. De definities zijn in het Engels geschreven, zoals de rest van de documentatie van dit opensourceproject."
    >
      <nav aria-label="Definities" className="kz-section">
        <UnorderedList>
          {sections.map((s) =>
            s.kind === 'heading' ? (
              <UnorderedListItem key={s.anchor}>
                <a className="nl-link" href={`#${s.anchor}`}>
                  {s.text}
                </a>
              </UnorderedListItem>
            ) : null,
          )}
        </UnorderedList>
      </nav>
      <div lang="en" className="kz-definitions">
        {BLOCKS.map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a file built in never change order
          <Section key={i} block={block} label={`Tabel bij ${sectionOf(i)}`} />
        ))}
      </div>
    </DashboardPage>
  );
}
