import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { LogCheck } from '../../components/log-check/LogCheck.tsx';
import { OperationsPage } from './OperationsNav.tsx';

/** The check of the hash chains of the processing log and the audit log. */
export function LogbooksPage() {
  return (
    <OperationsPage
      title="Logboeken"
      lead={
        <Paragraph>
          Elke rij van het logboek dataverwerkingen en van het auditlogboek bevat de hash van de rij ervoor.
          De controle rekent die keten opnieuw na: is er een rij gewijzigd, verwijderd of tussengevoegd, dan
          is de keten gebroken vanaf die rij.
        </Paragraph>
      }
    >
      <LogCheck level={2} />
    </OperationsPage>
  );
}
