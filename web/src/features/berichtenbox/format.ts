/** How the Berichtenbox shows a person and the parts of a notice's content. */
import { formatDate, formatNumber } from '../../lib/format.ts';
import type { NoticeType } from '../../lib/notices.ts';
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

/** The BIJ categories as art. 11a BJSG and the arson extension name them. */
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  sexual: 'zedenmisdrijf',
  'serious-violent': 'zwaar geweldsmisdrijf',
  arson: 'brandstichting',
};

const SANCTION_LABELS: Readonly<Record<string, string>> = {
  'prison-sentence': 'Gevangenisstraf',
  'tbs-dwangverpleging': 'Tbs met dwangverpleging',
  pij: 'PIJ-maatregel',
  'pre-trial': 'Voorlopige hechtenis',
  'substitute-detention': 'Vervangende hechtenis',
};

/**
 * "Gevangenisstraf, 1.460 dagen (onherroepelijk)": a notice names only the
 * irrevocable titles in force (src/notifications/content.ts), so each is said to be.
 */
export function sanctionLabel(sanction: { kind: string; sentenceDays: number | null }): string {
  const kind = SANCTION_LABELS[sanction.kind] ?? sanction.kind;
  const days =
    sanction.sentenceDays === null
      ? ''
      : `, ${formatNumber(sanction.sentenceDays)} ${sanction.sentenceDays === 1 ? 'dag' : 'dagen'}`;
  return `${kind}${days} (onherroepelijk)`;
}

/** Leave and phasing are routed by the address the person stays at; the other BIJ types by the BRP. */
const LEAVE_TYPES: readonly string[] = [
  'pi-verlof',
  'tbs-verlof',
  'pij-verlofmachtiging',
  'pi-regimefasering',
];

function routingAddressLabel(type: NoticeType, address: NoticeContent['routingAddress']): string {
  if (!address || !('street' in address)) return 'Gemeente van inschrijving (BRP)';
  return LEAVE_TYPES.includes(type) ? 'Verlofadres' : 'Adres (BRP)';
}

/** A phone number as a link a phone can dial: only its digits and a leading +. */
const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

const municipality = (m: { code: string; name: string } | undefined) => m && `${m.name} (${m.code})`;

/** One line of a notice's content: its Dutch label, its value, and a link where the value is one. */
export interface ContentField {
  key: string;
  label: string;
  value: string;
  href?: string;
}

/**
 * The content's fields in the order of a notice, each with its Dutch label;
 * only the fields the notice carries (its type's field list, with a value).
 */
export function contentFields(content: NoticeContent, type: NoticeType): ContentField[] {
  const contact = content.institution?.contact;
  const fields: (Omit<ContentField, 'value'> & { value: string | undefined })[] = [
    // The victim desk keeps many registrations per person: which one this notice is for comes first.
    { key: 'victimReference', label: 'Kenmerk slachtofferregistratie', value: content.victimReference },
    { key: 'caseNumber', label: 'Parketnummer (zaak)', value: content.caseNumber },
    { key: 'name', label: 'Naam', value: content.name && personName(content.name) },
    { key: 'bsn', label: 'BSN', value: content.bsn },
    { key: 'skn', label: 'SKN (strafrechtketennummer)', value: content.skn },
    { key: 'birthDate', label: 'Geboortedatum', value: content.birthDate && formatDate(content.birthDate) },
    {
      key: 'offenceCategories',
      label: 'Categorie delicten',
      value: content.offenceCategories?.map((c) => CATEGORY_LABELS[c] ?? c).join(', '),
    },
    {
      key: 'sanctions',
      label: content.sanctions && content.sanctions.length > 1 ? 'Sancties' : 'Sanctie',
      value: content.sanctions?.map(sanctionLabel).join('; '),
    },
    // A transfer reads from → to: where the person was, then where he is now.
    { key: 'fromInstitution', label: 'Overgeplaatst van', value: content.fromInstitution?.name },
    {
      key: 'institution',
      label: content.fromInstitution ? 'Overgeplaatst naar' : 'Inrichting',
      value: content.institution?.name,
    },
    {
      key: 'institutionPhone',
      label: 'Telefoon inrichting',
      value: contact?.phone ?? undefined,
      ...(contact?.phone ? { href: telHref(contact.phone) } : {}),
    },
    {
      key: 'institutionUrl',
      label: 'Website inrichting',
      value: contact?.url ?? undefined,
      ...(contact?.url ? { href: contact.url } : {}),
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
      label: routingAddressLabel(type, content.routingAddress),
      value: content.routingAddress && routingAddress(content.routingAddress),
    },
    {
      key: 'drPlanAvailable',
      label: 'D&R-plan beschikbaar',
      value: content.drPlanAvailable === undefined ? undefined : yesNo(content.drPlanAvailable),
    },
    {
      key: 'brpMunicipality',
      label: 'Gemeente van inschrijving (BRP)',
      value: municipality(content.brpMunicipality),
    },
    {
      key: 'intendedMunicipality',
      label: 'Beoogde gemeente van vestiging',
      value: municipality(content.intendedMunicipality),
    },
  ];
  return fields.filter((f): f is ContentField => Boolean(f.value));
}
