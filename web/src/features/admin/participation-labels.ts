/** Dutch words for municipal participation, and the API's refusals at the field they concern. */
import { errorText } from '../../components/ErrorAlert.tsx';
import { ApiError } from '../../lib/api.ts';
import type { MunicipalityParticipation, ParticipationBox } from './api/get-participation.ts';

export const BOX_LABELS: Record<ParticipationBox, string> = {
  bij: 'BIJ',
  reintegration: 'Re-integratie',
};

type Status = MunicipalityParticipation['boxes']['bij']['status'];

export const STATUS_LABELS: Record<Status, string> = {
  participating: 'Neemt deel',
  'not-participating': 'Neemt niet deel',
  'no-active-user': 'Geen actieve gebruiker',
};

/** What happens to a notice for the box in each state, for the administrator. */
export const STATUS_EXPLANATIONS: Record<Status, string> = {
  participating: 'Berichten gaan naar de Berichtenbox van de gemeente.',
  'not-participating': 'Berichten gaan naar de operators van Justid (de gemeente neemt niet deel).',
  'no-active-user': 'Berichten gaan naar de operators van Justid (niemand kan de Berichtenbox openen).',
};

const RULE_MESSAGES: Record<string, string> = {
  'known-municipality': 'Deze gemeentecode hoort niet bij een gemeente.',
  'current-municipality': 'Deze gemeente bestaat niet meer (opgeheven of samengevoegd).',
  'municipality-exists': 'De gemeente bestond op die datum nog niet.',
  'no-overlap': 'Er loopt al een deelname voor deze Berichtenbox. Beëindig die eerst.',
  required: 'Vul de kenmerk en de datum van de machtiging van de burgemeester in.',
  'not-in-future': 'De machtiging kan niet in de toekomst ondertekend zijn.',
  'signed-before-start': 'De machtiging moet uiterlijk op de eerste dag van deelname ondertekend zijn.',
  'not-before-start': 'De einddatum ligt vóór het begin van de deelname.',
};

/** A refusal of the API: per field where it names one (`from`, `authorisation.date`, …), else for the form. */
export function participationErrors(error: unknown): { fields: Record<string, string>; form?: string } {
  if (error instanceof ApiError) {
    if (error.code === 'PARTICIPATION_ENDED')
      return { fields: {}, form: 'Deze deelname is intussen al beëindigd. Ververs de pagina.' };
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const field = e.field.replace(/^body\./, '');
      fields[field] ??= RULE_MESSAGES[e.rule] ?? 'Deze waarde is niet geldig.';
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  return { fields: {}, form: errorText(error) };
}
