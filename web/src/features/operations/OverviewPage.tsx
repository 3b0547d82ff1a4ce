import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { formatNumber } from '../../lib/format.ts';
import { useWorkCounts } from './api/get-work-counts.ts';
import { OPERATIONS_PARTS, OperationsPage } from './OperationsNav.tsx';

/**
 * The operations desk's start: its parts, with how many notices wait on
 * the two lists (counted by the API without reading anyone's data).
 */
export function OverviewPage() {
  const counts = useWorkCounts();
  const waiting: Partial<Record<string, number>> = {
    '/operaties/bij-controle': counts.data?.review,
    '/operaties/wachtrij': counts.data?.queue,
  };
  return (
    <OperationsPage
      title="Operaties"
      lead={
        <Paragraph>
          Het werk van de operators van Justid: berichten controleren en routeren voordat ze bij de ontvangers
          komen, besluiten van de regels uitleggen, de logboeken controleren en geweigerde aanleveringen
          opvolgen.
        </Paragraph>
      }
    >
      <ul className="kz-tasks">
        {OPERATIONS_PARTS.map((part) => (
          <li key={part.path} className="kz-task">
            <Heading level={2} appearanceLevel={3}>
              <Link href={part.path}>{part.label}</Link>
            </Heading>
            {waiting[part.path] !== undefined && (
              <Paragraph>
                <span className="kz-badge">{formatNumber(waiting[part.path] ?? 0)}</span>{' '}
                {waiting[part.path] === 1 ? 'bericht wacht' : 'berichten wachten'}
              </Paragraph>
            )}
            <Paragraph>{part.description}</Paragraph>
          </li>
        ))}
      </ul>
    </OperationsPage>
  );
}
