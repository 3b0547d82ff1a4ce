/**
 * The content of a notice: built when it is read, from the stored event and
 * the projections, with only the fields of its type's list (fields.ts).
 */
import type { ReferenceCatalog } from '../reference/index.ts';
import { fieldsFor, type NoticeField } from './fields.ts';
import type { NoticeType } from './model.ts';
import { bijRoutingAddress, routingOf } from './routing-explanation.ts';
import type { NoticeContent, RoutingAddress } from './schemas.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

/** Everything a notice's content may be taken from, read from the event log and the projections. */
export interface ContentSources {
  skn: string;
  /** The stored event as delivered (event_log.payload). */
  event: Readonly<Record<string, unknown>>;
  person: { bsn: string | null; surname: string; givenNames: string; birthDate: string } | undefined;
  episode: { admittedOn: string; plannedEndDate: string | null } | undefined;
  victimReference: string | null;
  routingAddress: RoutingAddress | undefined;
  institutionName(code: string): string | undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The institution an event leaves the person in: after a transfer, the one moved to. */
export function institutionAfter(event: Readonly<Record<string, unknown>>): string | undefined {
  return text(event.toInstitution) ?? text(event.institution);
}

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
    return code ? { code, name: s.institutionName(code) ?? code } : undefined;
  },
  admissionDate: (s) => s.episode?.admittedOn,
  plannedEndDate: (s) => text(s.event.plannedEndDate) ?? s.episode?.plannedEndDate ?? undefined,
  releaseDate: (s) => text(s.event.releaseDate),
  leaveFrom: (s) => text(s.event.leaveFrom),
  leaveUntil: (s) => text(s.event.leaveUntil),
  phaseFrom: (s) => text(s.event.phaseFrom),
  terminationDate: (s) => text(s.event.terminationDate),
  routingAddress: (s) => s.routingAddress,
  victimReference: (s) => s.victimReference ?? undefined,
  drPlanAvailable: () => true,
  drInformationConsent: (s) => (s.event.consent === true ? true : undefined),
};

/** The content of a notice: the fields of its type's list that have a value, and nothing else. */
export function buildContent(type: NoticeType, sources: ContentSources): NoticeContent {
  const content: NoticeContent = {};
  for (const field of fieldsFor(type, sources.event.consent === true)) {
    const value = FIELD_VALUES[field](sources);
    if (value !== undefined && value !== null) Object.assign(content, { [field]: value });
  }
  return content;
}

/** The content of a stored notice, by its type's field list. */
export function contentOf(
  notice: StoredNotice,
  sources: NoticeSources,
  catalog: ReferenceCatalog,
): NoticeContent {
  const routing = notice.box === 'bij' ? routingOf(notice, sources, catalog) : undefined;
  return buildContent(notice.type, {
    skn: notice.skn,
    event: sources.event,
    person: sources.person,
    episode: sources.episode,
    victimReference: notice.victimReference,
    routingAddress: routing ? bijRoutingAddress(routing) : undefined,
    institutionName: (code) => catalog.institution(code)?.name,
  });
}
