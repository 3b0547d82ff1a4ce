/**
 * Which fields each notice type may carry, as data.
 *
 * The field lists follow what each legal basis allows:
 * - Art. 18a Penitentiaire beginselenwet (re-integration): "aanvang
 *   inschrijving, de einddatum van de titel, wijzigingen, overplaatsingen,
 *   datum van ontslag, BSN, persoonsgegevens en verblijfplaats"; the D&R
 *   information only with the detainee's consent (the Memorie van Toelichting,
 *   Kamerstukken II 2017/18, 34 961, summarised in ../shared/brief/domain.md).
 * - Art. 11a Besluit justitiële en strafvorderlijke gegevens (BIJ) and art.
 *   18b Pbw: the mayor hears who (name, birth date), what (the type and its
 *   date), where (the address that decided the municipality) and from where
 *   (the institution). No BSN: the mayor does not link the notice to other
 *   registers through it.
 * - Victims (art. 51ac Sv): the victim desk hears the victim registration it
 *   concerns, the offender's SKN and name, the type and the date. No BSN.
 *
 * A notice's content is built when it is read (content.ts), and only the
 * fields of its type's list are ever put in it.
 */
import type { NoticeType } from './model.ts';
import type { NoticeContent } from './schemas.ts';

export const NOTICE_FIELDS = [
  'bsn',
  'skn',
  'name',
  'birthDate',
  'institution',
  'admissionDate',
  'plannedEndDate',
  'releaseDate',
  'leaveFrom',
  'leaveUntil',
  'phaseFrom',
  'terminationDate',
  'routingAddress',
  'victimReference',
  'drPlanAvailable',
  'drInformationConsent',
] as const satisfies readonly (keyof NoticeContent)[];
export type NoticeField = (typeof NOTICE_FIELDS)[number];

/** Fields that appear only when the event says the detainee consented (art. 18a Pbw: the D&R information). */
export const CONSENT_FIELDS: ReadonlySet<NoticeField> = new Set(['drInformationConsent']);

const REINTEGRATION_BASE = ['bsn', 'name', 'birthDate', 'institution'] as const;
const BIJ_BASE = ['name', 'birthDate', 'institution', 'routingAddress'] as const;
const VICTIMS_BASE = ['victimReference', 'skn', 'name'] as const;

/**
 * The fields each notice type may carry. Besides these, every notice has its
 * envelope: id, box, type, status, the date of the event, when it was made,
 * and its legal basis.
 */
export const FIELD_LISTS: Readonly<Record<NoticeType, readonly NoticeField[]>> = {
  inschrijving: [...REINTEGRATION_BASE, 'admissionDate', 'plannedEndDate'],
  'wijziging-einddatum': [...REINTEGRATION_BASE, 'admissionDate', 'plannedEndDate'],
  overplaatsing: [...REINTEGRATION_BASE, 'admissionDate', 'plannedEndDate'],
  // Of the plan itself only that it is available; that the detainee consented, only when so.
  'deelbaar-dr-plan': [...REINTEGRATION_BASE, 'drPlanAvailable', 'drInformationConsent'],
  'einde-detentie': [...REINTEGRATION_BASE, 'admissionDate', 'releaseDate'],
  'pi-verlof': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'tbs-verlof': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'pij-verlofmachtiging': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'pi-regimefasering': [...BIJ_BASE, 'phaseFrom'],
  'pi-beeindiging': [...BIJ_BASE, 'releaseDate'],
  'pij-beeindiging': [...BIJ_BASE, 'releaseDate'],
  '18b-melding': [...BIJ_BASE, 'releaseDate'],
  'tbs-voorwaardelijke-beeindiging': [...BIJ_BASE, 'terminationDate'],
  verlof: [...VICTIMS_BASE, 'leaveFrom', 'leaveUntil'],
  'vrijlating-gepland': [...VICTIMS_BASE, 'releaseDate'],
  vrijlating: [...VICTIMS_BASE, 'releaseDate'],
  ontvluchting: VICTIMS_BASE,
};

/** The fields a notice of `type` carries for this event: its list, less consent fields without consent. */
export function fieldsFor(type: NoticeType, consent: boolean): NoticeField[] {
  return FIELD_LISTS[type].filter((f) => consent || !CONSENT_FIELDS.has(f));
}
