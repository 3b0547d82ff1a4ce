/** How the Berichtenbox shows a person and the parts of a notice's content. */
import { formatDate } from '../../lib/format.ts';
import type { PersonName } from './api/get-box.ts';
import type { NoticeContent } from './api/get-notice.ts';

/** "Joas Yves de den Adel"; a notice without a known person says so. */
export function personName(name: PersonName | null | undefined): string {
  if (!name) return 'Onbekende persoon';
  return [name.givenNames, name.surname].filter(Boolean).join(' ');
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

function routingAddress(address: NonNullable<NoticeContent['routingAddress']>): string {
  if ('street' in address)
    return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city} (gemeentecode ${address.municipalityCode})`;
  return `${address.municipalityName} (${address.municipalityCode})`;
}

/**
 * The content's fields in the order of a notice, each with its Dutch label;
 * only the fields the notice carries (its type's field list, with a value).
 */
export function contentFields(content: NoticeContent): { key: string; label: string; value: string }[] {
  const fields: { key: string; label: string; value: string | undefined }[] = [
    { key: 'name', label: 'Naam', value: content.name && personName(content.name) },
    { key: 'bsn', label: 'BSN', value: content.bsn },
    { key: 'skn', label: 'SKN (strafrechtketennummer)', value: content.skn },
    { key: 'birthDate', label: 'Geboortedatum', value: content.birthDate && formatDate(content.birthDate) },
    {
      key: 'institution',
      label: 'Inrichting',
      value: content.institution?.name,
    },
    {
      key: 'admissionDate',
      label: 'Datum insluiting',
      value: content.admissionDate && formatDate(content.admissionDate),
    },
    {
      key: 'plannedEndDate',
      label: 'Geplande einddatum',
      value: content.plannedEndDate && formatDate(content.plannedEndDate),
    },
    {
      key: 'releaseDate',
      label: 'Datum invrijheidstelling',
      value: content.releaseDate && formatDate(content.releaseDate),
    },
    { key: 'leaveFrom', label: 'Verlof vanaf', value: content.leaveFrom && formatDate(content.leaveFrom) },
    {
      key: 'leaveUntil',
      label: 'Verlof tot en met',
      value: content.leaveUntil && formatDate(content.leaveUntil),
    },
    {
      key: 'phaseFrom',
      label: 'Regimefase vanaf',
      value: content.phaseFrom && formatDate(content.phaseFrom),
    },
    {
      key: 'terminationDate',
      label: 'Datum beëindiging',
      value: content.terminationDate && formatDate(content.terminationDate),
    },
    {
      key: 'routingAddress',
      label:
        content.routingAddress && 'street' in content.routingAddress
          ? 'Verlofadres'
          : 'Gemeente van inschrijving (BRP)',
      value: content.routingAddress && routingAddress(content.routingAddress),
    },
    { key: 'victimReference', label: 'Kenmerk slachtofferregistratie', value: content.victimReference },
    {
      key: 'drPlanAvailable',
      label: 'D&R-plan beschikbaar',
      value: content.drPlanAvailable === undefined ? undefined : yesNo(content.drPlanAvailable),
    },
  ];
  return fields.filter((f): f is { key: string; label: string; value: string } => Boolean(f.value));
}
