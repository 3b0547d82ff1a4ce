/**
 * The content of a notice: built when it is read, from the stored event and
 * the projections, with only the fields of its type's list (fields.ts).
 */
import { caseSince, type TitleVersion, titlesInForce } from '../detention/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { fieldsFor, type NoticeField } from './fields.ts';
import type { NoticeType } from './model.ts';
import {
  type AddressRouting,
  explainRouting,
  LEAVE_ADDRESS_TYPES,
  routingOf,
} from './routing-explanation.ts';
import { bijArticle } from './rules.ts';
import {
  BIJ_CATEGORIES,
  type BijCategory,
  type InstitutionContact,
  type InstitutionRef,
  type MunicipalityRef,
  type NoticeContent,
  type RoutingAddress,
  type Sanction,
} from './schemas.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

/** Everything a notice's content may be taken from, read from the event log and the projections. */
export interface ContentSources {
  type: NoticeType;
  skn: string;
  /** The stored event as delivered (event_log.payload). */
  event: Readonly<Record<string, unknown>>;
  /** The Dutch date of the event: the titles in force on it are the ones the rules judged. */
  eventDate: string;
  person: { bsn: string | null; surname: string; givenNames: string; birthDate: string } | undefined;
  episode: { admittedOn: string; plannedEndDate: string | null; titles: readonly TitleVersion[] } | undefined;
  victimReference: string | null;
  victimCaseNumber: string | null;
  /** How the notice was routed by address (BIJ), or how the BRP address reads (re-integration). */
  routing: AddressRouting | undefined;
  catalog: ReferenceCatalog;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The institution an event leaves the person in: after a transfer, the one moved to. */
export function institutionAfter(event: Readonly<Record<string, unknown>>): string | undefined {
  return text(event.toInstitution) ?? text(event.institution);
}

/** An institution's contact, where the reference data has one (an entry may predate the field). */
function contactOf(institution: object): InstitutionContact | undefined {
  const contact = (institution as { contact?: Partial<InstitutionContact> }).contact;
  if (!contact) return undefined;
  return { phone: contact.phone ?? null, url: contact.url ?? null };
}

function institutionRef(code: string, catalog: ReferenceCatalog): InstitutionRef {
  const found = catalog.institution(code);
  if (!found) return { code, name: code };
  const contact = contactOf(found);
  return { code, name: found.name, ...(contact ? { contact } : {}) };
}

/** The title kind each BIJ type is about (seed 002's table: the sector's BIJ title). */
const BIJ_TITLE: Partial<Record<NoticeType, string>> = {
  'pi-verlof': 'prison-sentence',
  'pi-regimefasering': 'prison-sentence',
  'pi-beeindiging': 'prison-sentence',
  'tbs-verlof': 'tbs-dwangverpleging',
  'tbs-voorwaardelijke-beeindiging': 'tbs-dwangverpleging',
  'pij-verlofmachtiging': 'pij',
  'pij-beeindiging': 'pij',
};

/**
 * The titles a BIJ notice is about: the irrevocable ones in force on the
 * event's date, of the kind its type covers (what makes a person
 * BIJ-relevant). An 18b notice rests on a risk, not a title: it names every
 * irrevocable sanction in force, never a case still under trial or appeal.
 */
function noticeTitles(s: ContentSources): TitleVersion[] {
  const titles = titlesInForce({ titles: [...(s.episode?.titles ?? [])] }, s.eventDate).filter(
    (t) => t.irrevocable && t.kind !== 'pre-trial',
  );
  if (s.type === '18b-melding') return titles;
  return titles.filter((t) => t.kind === BIJ_TITLE[s.type]);
}

/**
 * The BIJ categories of the offences of the notice's titles, in a fixed order,
 * each read as the rules read it (bijArticle): by the numbering in force when
 * the case entered the episode (the Wet seksuele misdrijven renumbered title XIV
 * from 1 July 2024), an attempt or participation as the offence; preparation (jo 46)
 * and an article the reference data does not know name no category.
 */
function offenceCategories(s: ContentSources): BijCategory[] {
  const found = new Set<string>();
  for (const t of noticeTitles(s)) {
    for (const code of t.offences) {
      const category = bijArticle(code, s.catalog, caseSince(s.episode?.titles ?? [], t))?.category;
      if (category) found.add(category);
    }
  }
  return BIJ_CATEGORIES.filter((c) => found.has(c));
}

function sanctions(s: ContentSources): Sanction[] {
  const seen = new Set<string>();
  const out: Sanction[] = [];
  for (const t of noticeTitles(s)) {
    const key = `${t.kind}/${t.sentenceDays}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: t.kind, sentenceDays: t.sentenceDays });
  }
  return out;
}

/**
 * The address that decided the municipality: the leave address, or for a
 * release the BRP address at street level. A leave routed by the BRP (no leave
 * address entered) names only the municipality: the home address is told
 * only of a release.
 */
function routingAddress(s: ContentSources): RoutingAddress | undefined {
  const r = s.routing;
  if (!r) return undefined;
  const street = r.basis === 'leave-address' || !LEAVE_ADDRESS_TYPES.has(s.type);
  if (r.address && street) return r.address;
  if (r.municipality) return { municipalityCode: r.municipality.code, municipalityName: r.municipality.name };
  return undefined;
}

function municipalityRef(code: string, date: string, catalog: ReferenceCatalog): MunicipalityRef {
  const found = catalog.resolveMunicipality(code, date);
  return found ? { code: found.code, name: found.name } : { code, name: code };
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/** How each field is found; a field without a value is left out. */
const FIELD_VALUES: {
  readonly [F in NoticeField]: (s: ContentSources) => NoticeContent[F] | null | undefined;
} = {
  bsn: (s) => s.person?.bsn ?? undefined,
  skn: (s) => s.skn,
  name: (s) => (s.person ? { surname: s.person.surname, givenNames: s.person.givenNames } : undefined),
  birthDate: (s) => s.person?.birthDate,
  institution: (s) => {
    const code = institutionAfter(s.event);
    return code ? institutionRef(code, s.catalog) : undefined;
  },
  // A transfer's event names the institution left (`institution`) beside the one moved to.
  fromInstitution: (s) => {
    const code = text(s.event.toInstitution) === undefined ? undefined : text(s.event.institution);
    return code ? institutionRef(code, s.catalog) : undefined;
  },
  admissionDate: (s) => s.episode?.admittedOn,
  plannedEndDate: (s) => text(s.event.plannedEndDate) ?? s.episode?.plannedEndDate ?? undefined,
  releaseDate: (s) => text(s.event.releaseDate),
  leaveFrom: (s) => text(s.event.leaveFrom),
  leaveUntil: (s) => text(s.event.leaveUntil),
  phaseFrom: (s) => text(s.event.phaseFrom),
  terminationDate: (s) => text(s.event.terminationDate),
  routingAddress: (s) => routingAddress(s),
  offenceCategories: (s) => nonEmpty(offenceCategories(s)),
  sanctions: (s) => nonEmpty(sanctions(s)),
  victimReference: (s) => s.victimReference ?? undefined,
  caseNumber: (s) => s.victimCaseNumber ?? undefined,
  drPlanAvailable: () => true,
  brpMunicipality: (s) => s.routing?.municipality ?? undefined,
  intendedMunicipality: (s) => {
    const code = text(s.event.intendedMunicipalityCode);
    return code ? municipalityRef(code, s.eventDate, s.catalog) : undefined;
  },
};

/** The content of a notice: the fields of its type's list that have a value, and nothing else. */
export function buildContent(sources: ContentSources): NoticeContent {
  const content: NoticeContent = {};
  for (const field of fieldsFor(sources.type)) {
    const value = FIELD_VALUES[field](sources);
    if (value !== undefined && value !== null) Object.assign(content, { [field]: value });
  }
  return content;
}

/**
 * How the BRP address of a re-integration notice reads: the municipality it
 * lies in, also for the RvdK's copy (which is not routed by address).
 */
function brpRouting(notice: StoredNotice, sources: NoticeSources, catalog: ReferenceCatalog) {
  return explainRouting({
    box: 'reintegration',
    type: notice.type,
    recipient: null,
    event: sources.event,
    addresses: sources.addresses,
    date: dutchDate(sources.occurredAt),
    catalog,
  });
}

/** The content of a stored notice, by its type's field list. */
export function contentOf(
  notice: StoredNotice,
  sources: NoticeSources,
  catalog: ReferenceCatalog,
): NoticeContent {
  const routing =
    notice.box === 'bij'
      ? routingOf(notice, sources, catalog)
      : notice.type === 'deelbaar-dr-plan'
        ? brpRouting(notice, sources, catalog)
        : undefined;
  return buildContent({
    type: notice.type,
    skn: notice.skn,
    event: sources.event,
    eventDate: dutchDate(sources.occurredAt),
    person: sources.person,
    episode: sources.episode,
    victimReference: notice.victimReference,
    victimCaseNumber: sources.victimCaseNumber ?? null,
    routing,
    catalog,
  });
}
