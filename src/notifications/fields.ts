/**
 * Which fields each notice type may carry, as data.
 *
 * The field lists follow what each legal basis allows:
 * - Re-integration (art. 18a Penitentiaire beginselenwet for prisons, the
 *   sector's own law for a JJI or a TBS clinic: docs/decisions/0009):
 *   "aanvang inschrijving, de einddatum van de titel, wijzigingen,
 *   overplaatsingen, datum van ontslag, BSN, persoonsgegevens en
 *   verblijfplaats" (the Memorie van Toelichting, Kamerstukken II 2017/18,
 *   34 961, summarised in ../shared/brief/domain.md). Since 2023 the
 *   shareable D&R plan is shared without the detainee's consent, so no
 *   notice says whether he consented. The college is that of the municipality
 *   where he lived before detention or where he intends to settle after it
 *   (Stb. 2021, 251): the plan's notice names both when the plan says so.
 * - Art. 11a Besluit justitiële en strafvorderlijke gegevens (BIJ) and art.
 *   18b Pbw: the mayor hears who (name, birth date), why (the BIJ categories
 *   of the offences of the titles that make the person BIJ-relevant, never
 *   the articles; an 18b notice rests on a risk, not an offence, so it names
 *   none), the sanction (kind and length), the date it announces, where the
 *   person is held and how to reach that institution, and the address that
 *   decided the municipality: the leave address, or for a release the BRP
 *   address at street level. No BSN: the mayor does not link the notice to
 *   other registers through it.
 * - Victims (art. 51ac Sv): the victim desk hears which registration the
 *   notice is for (reference and case number), the offender's SKN and name,
 *   and the date. No BSN.
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
  'fromInstitution',
  'admissionDate',
  'plannedEndDate',
  'releaseDate',
  'leaveFrom',
  'leaveUntil',
  'phaseFrom',
  'terminationDate',
  'routingAddress',
  'offenceCategories',
  'sanctions',
  'victimReference',
  'caseNumber',
  'drPlanAvailable',
  'brpMunicipality',
  'intendedMunicipality',
] as const satisfies readonly (keyof NoticeContent)[];
export type NoticeField = (typeof NOTICE_FIELDS)[number];

const REINTEGRATION_BASE = ['bsn', 'name', 'birthDate', 'institution'] as const;
const BIJ_BASE = [
  'name',
  'birthDate',
  'institution',
  'routingAddress',
  'offenceCategories',
  'sanctions',
] as const;
const VICTIMS_BASE = ['victimReference', 'caseNumber', 'skn', 'name'] as const;

/**
 * The fields each notice type may carry. Besides these, every notice has its
 * envelope: id, box, type, status, the date of the event, when it was made,
 * and its legal basis.
 */
export const FIELD_LISTS: Readonly<Record<NoticeType, readonly NoticeField[]>> = {
  inschrijving: [...REINTEGRATION_BASE, 'admissionDate', 'plannedEndDate'],
  'wijziging-einddatum': [...REINTEGRATION_BASE, 'admissionDate', 'plannedEndDate'],
  // A transfer says from where to where: the officer's contact moves with the person.
  overplaatsing: [...REINTEGRATION_BASE, 'fromInstitution', 'admissionDate', 'plannedEndDate'],
  // Of the plan itself only that it is available: Ketenzicht holds no D&R content.
  'deelbaar-dr-plan': [...REINTEGRATION_BASE, 'drPlanAvailable', 'brpMunicipality', 'intendedMunicipality'],
  'einde-detentie': [...REINTEGRATION_BASE, 'admissionDate', 'releaseDate'],
  'pi-verlof': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'tbs-verlof': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'pij-verlofmachtiging': [...BIJ_BASE, 'leaveFrom', 'leaveUntil'],
  'pi-regimefasering': [...BIJ_BASE, 'phaseFrom'],
  'pi-beeindiging': [...BIJ_BASE, 'releaseDate'],
  'pij-beeindiging': [...BIJ_BASE, 'releaseDate'],
  'tbs-voorwaardelijke-beeindiging': [...BIJ_BASE, 'terminationDate'],
  // A risk, not an offence: the mayor hears of the sanction, not of a category.
  '18b-melding': ['name', 'birthDate', 'institution', 'routingAddress', 'sanctions', 'releaseDate'],
  verlof: [...VICTIMS_BASE, 'leaveFrom', 'leaveUntil'],
  'vrijlating-gepland': [...VICTIMS_BASE, 'releaseDate'],
  vrijlating: [...VICTIMS_BASE, 'releaseDate'],
  ontvluchting: VICTIMS_BASE,
  terugkeer: VICTIMS_BASE,
  'voorwaardelijke-beeindiging': [...VICTIMS_BASE, 'terminationDate'],
};

/** The fields a notice of `type` may carry. */
export function fieldsFor(type: NoticeType): readonly NoticeField[] {
  return FIELD_LISTS[type];
}
