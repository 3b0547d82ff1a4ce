import './log-check.css';
import { Button, Heading, Icon, Paragraph } from '@rijkshuisstijl-community/components-react';
import { formatNumber } from '../../lib/format.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { Loading } from '../Loading.tsx';
import { type ChainCheck, useLogCheck } from './get-log-check.ts';

const LOG_NAMES: Record<string, { name: string; about: string }> = {
  processing_log: {
    name: 'Logboek dataverwerkingen',
    about: 'Elke verwerking van persoonsgegevens: welke activiteit, wanneer, over wie (gepseudonimiseerd).',
  },
  audit_log: {
    name: 'Auditlogboek',
    about: 'Wie de verwerkingen deed: gebruiker, organisatie en rollen.',
  },
};

const REASONS: Record<string, string> = {
  'the link to the row before does not match (a row was removed or inserted)':
    'de verwijzing naar de rij ervoor klopt niet: er is een rij verwijderd of tussengevoegd',
  'the row does not match its hash (it was changed)': 'de rij past niet bij haar hash: de rij is gewijzigd',
};

function ChainResult({ check, level }: { check: ChainCheck; level: 2 | 3 }) {
  const log = LOG_NAMES[check.table] ?? { name: check.table, about: '' };
  const intact = check.brokenAt === null;
  const reason = check.reason ? (REASONS[check.reason] ?? check.reason) : 'reden onbekend';
  return (
    <li className={`kz-ops-log ${intact ? 'kz-ops-log--intact' : 'kz-ops-log--broken'}`}>
      <Heading level={level} appearanceLevel={4}>
        {log.name}
      </Heading>
      {log.about && <Paragraph>{log.about}</Paragraph>}
      <p className="kz-ops-log__state">
        <Icon icon={intact ? 'circle-check' : 'alert-circle'} aria-hidden="true" />
        <span>{intact ? 'Intact' : `Gebroken bij rij ${check.brokenAt}: ${reason}`}</span>
      </p>
      <Paragraph>{formatNumber(check.rows)} rijen gecontroleerd</Paragraph>
    </li>
  );
}

const TIME = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** What the last check found, in one sentence, for the live region. */
function outcome(checks: ChainCheck[] | undefined, at: number): string {
  if (!checks || !at) return '';
  const broken = checks.filter((c) => c.brokenAt !== null).map((c) => LOG_NAMES[c.table]?.name ?? c.table);
  const when = `Gecontroleerd om ${TIME.format(new Date(at))}`;
  return broken.length === 0
    ? `${when}: alle logboeken zijn intact.`
    : `${when}: let op, gebroken: ${broken.join(' en ')}.`;
}

/**
 * The check of the hash chains of the processing log and the audit log, with
 * a button to run it again. Used on the operations desk and in Beheer; the
 * caller gives the heading level its logs sit at.
 */
export function LogCheck({ level = 2 }: { level?: 2 | 3 }) {
  const check = useLogCheck();
  if (check.isPending) return <Loading text="De logboeken worden gecontroleerd…" />;
  return (
    <div className="kz-ops-logs">
      {check.isError ? (
        <ErrorAlert error={check.error} heading="De controle van de logboeken is niet gelukt." />
      ) : (
        <ul className="kz-ops-logs__list">
          {check.data.map((c) => (
            <ChainResult key={c.table} check={c} level={level} />
          ))}
        </ul>
      )}
      <div className="kz-actions">
        {/* Not disabled while busy: a disabled button would drop the keyboard focus. */}
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            if (!check.isFetching) void check.refetch();
          }}
        >
          Opnieuw controleren
        </Button>
        <p className="kz-ops-log-checked" role="status">
          {check.isFetching
            ? 'De logboeken worden opnieuw gecontroleerd…'
            : outcome(check.data, check.dataUpdatedAt)}
        </p>
      </div>
    </div>
  );
}
