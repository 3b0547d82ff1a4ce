/**
 * A box's current view as CSV, for the officer's own records: the columns of
 * the list, with a BSN only where the box's notices carry one (re-integration).
 * A cell a spreadsheet would read as a formula is quoted as text.
 */
import { dutchDate } from '../platform/dates.ts';
import { fieldsFor } from './fields.ts';
import type { Box } from './model.ts';
import { BOX_TYPES } from './model.ts';
import type { BoxPage } from './schemas.ts';
import type { NoticeSources } from './stored-notice.ts';

/** The most notices one export holds: a box's working set, not its archive. */
export const EXPORT_LIMIT = 5000;

/** RFC 4180 quoting, and a leading = + - @ (or tab, CR) made inert (OWASP, CSV injection). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const carries = (box: Box, field: 'bsn' | 'skn' | 'victimReference') =>
  BOX_TYPES[box].some((t) => fieldsFor(t).includes(field));

/** The CSV of `page`'s notices; `sources` gives the BSN and SKN where the box may show them. */
export function boxCsv(
  box: Box,
  page: BoxPage,
  sources: Map<number, NoticeSources>,
  skns: Map<number, string>,
): string {
  const bsn = carries(box, 'bsn');
  const skn = carries(box, 'skn');
  const victims = carries(box, 'victimReference');
  const header = [
    'berichtnummer',
    'soort',
    'status',
    'datum_gebeurtenis',
    'datum_die_telt',
    'ontvangen',
    'te_laat',
    'correctie',
    'achternaam',
    'voornamen',
    ...(bsn ? ['bsn'] : []),
    ...(skn ? ['skn'] : []),
    ...(victims ? ['kenmerk', 'parketnummer'] : []),
  ];
  const rows = page.notices.map((n) => [
    n.id,
    n.type,
    n.status,
    n.eventDate,
    n.sortDate,
    dutchDate(n.createdAt),
    n.late ? 'ja' : 'nee',
    n.supersedes ? 'ja' : 'nee',
    n.name?.surname,
    n.name?.givenNames,
    ...(bsn ? [sources.get(n.id)?.person?.bsn] : []),
    ...(skn ? [skns.get(n.id)] : []),
    ...(victims ? [n.victimReference, n.caseNumber] : []),
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
