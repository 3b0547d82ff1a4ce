import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { OPERATIONS_PARTS, OperationsPage } from './OperationsNav.tsx';

/**
 * The operations desk's start: its four parts. It shows no counts of the
 * lists: the API only serves them with the persons in them, and listing
 * persons to count them would log a processing of each one.
 */
export function OverviewPage() {
  return (
    <OperationsPage
      title="Operaties"
      lead={
        <Paragraph>
          Het werk van de operators van Justid: berichten controleren en routeren voordat ze bij de ontvangers
          komen, besluiten van de regels uitleggen, en de logboeken controleren.
        </Paragraph>
      }
    >
      <ul className="kz-tasks">
        {OPERATIONS_PARTS.map((part) => (
          <li key={part.path} className="kz-task">
            <Heading level={2} appearanceLevel={3}>
              <Link href={part.path}>{part.label}</Link>
            </Heading>
            <Paragraph>{part.description}</Paragraph>
          </li>
        ))}
      </ul>
    </OperationsPage>
  );
}
