/**
 * The Berichtenbox's rules, as data and pure functions: which state a notice
 * starts in and which actions move it on, which box belongs to which role,
 * and which fields each notice type may carry.
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
 * A notice's content is built when it is read, from the stored event and the
 * projections, and only the fields of its type's list are ever put in it.
 */
import type { BrpAddress } from '../identity/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { CalendarDate, Municipality, ReferenceCatalog } from '../reference/index.ts';
import { isValidOn } from '../reference/index.ts';
import type { Box, NoticeStatus, NoticeType, RoutingException } from './model.ts';
import { lastPrivateAddress, routeByBrp } from './routing.ts';

// --- States and actions -----------------------------------------------------

export {
  BOX_ROLE,
  BOX_STATUSES,
  BOX_TYPES,
  BOXES,
  type BoxStatus,
  NOTICE_STATUSES,
  type NoticeStatus,
} from './model.ts';

/**
 * Where a new notice starts: a BIJ notice (18b included) waits for a Justid
 * operator to confirm the municipality, as Justid does today; a notice
 * without recipient waits for an operator to route it; the rest is delivered.
 */
export function initialStatus(notice: { box: Box; recipient: string | null }): NoticeStatus {
  if (notice.recipient === null || notice.box === 'bij') return 'awaiting-review';
  return 'delivered';
}

export type NoticeAction = 'confirm' | 'change' | 'route' | 'open' | 'acknowledge' | 'forward';

/** Each action: the states it may start from and the state it leads to. */
export const TRANSITIONS: Readonly<
  Record<NoticeAction, { from: readonly NoticeStatus[]; to: NoticeStatus }>
> = {
  confirm: { from: ['awaiting-review'], to: 'delivered' },
  change: { from: ['awaiting-review'], to: 'delivered' },
  route: { from: ['awaiting-review'], to: 'delivered' },
  open: { from: ['delivered'], to: 'read' },
  acknowledge: { from: ['delivered', 'read'], to: 'acknowledged' },
  forward: { from: ['delivered', 'read', 'acknowledged'], to: 'forwarded' },
};

/** The state `action` leads to from `from`, or undefined when it may not be taken. */
export function nextStatus(action: NoticeAction, from: NoticeStatus): NoticeStatus | undefined {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : undefined;
}

// --- Field lists --------------------------------------------------------------

/** Everything a notice may say about its subject; which of it a type carries is its field list. */
export interface NoticeContent {
  bsn?: string;
  skn?: string;
  name?: { surname: string; givenNames: string };
  birthDate?: string;
  /** Where the person stays (re-integration: the place of stay; BIJ: the institution). */
  institution?: { code: string; name: string };
  admissionDate?: string;
  plannedEndDate?: string;
  releaseDate?: string;
  leaveFrom?: string;
  leaveUntil?: string;
  phaseFrom?: string;
  terminationDate?: string;
  /** BIJ: the address that decided the municipality. */
  routingAddress?: RoutingAddress;
  victimReference?: string;
  drPlanAvailable?: boolean;
  drInformationConsent?: boolean;
}

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

export interface AddressParts {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

export type RoutingAddress = AddressParts | { municipalityCode: string; municipalityName: string };

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

/** What a notice's content is made from, as loaded from the event log and the projections. */
export interface NoticeSources {
  /** The stored event as delivered (event_log.payload). */
  event: Readonly<Record<string, unknown>>;
  occurredAt: Date;
  person: { bsn: string | null; surname: string; givenNames: string; birthDate: string } | undefined;
  /** The detention episode the event belongs to. */
  episode: { admittedOn: string; plannedEndDate: string | null; releasedOn: string | null } | undefined;
  /** The BRP addresses known when the event was processed (what the rules saw). */
  addresses: readonly BrpAddress[];
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

/** Why a stored notice went where it went (see explainRouting). */
export function routingOf(
  notice: StoredNotice,
  sources: NoticeSources,
  catalog: ReferenceCatalog,
): RoutingExplanation {
  return explainRouting({
    box: notice.box,
    type: notice.type,
    recipient: notice.recipient,
    event: sources.event,
    addresses: sources.addresses,
    date: dutchDate(sources.occurredAt),
    catalog,
  });
}

// --- Routing, explained ---------------------------------------------------------

/** BIJ types routed by the entered leave address (seed 002's table); the others by the BRP address. */
export const LEAVE_ADDRESS_TYPES: ReadonlySet<NoticeType> = new Set([
  'pi-verlof',
  'pi-regimefasering',
  'tbs-verlof',
  'pij-verlofmachtiging',
]);

export interface RoutingExplanation {
  basis: 'leave-address' | 'brp' | 'fixed';
  /** The address that decided (the leave address, or the BRP address used); null when there was none. */
  address: AddressParts | null;
  /** The municipality the address and its mergers lead to on the event's date, if any. */
  municipality: { code: string; name: string } | null;
  explanation: string;
}

const describeAddress = (a: AddressParts) => `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.city}`;

function explainMunicipality(code: string, date: CalendarDate, catalog: ReferenceCatalog) {
  const resolved = catalog.resolveMunicipality(code, date);
  if (!resolved) return { municipality: null, text: `in ${code}, a municipality code that is not known` };
  const municipality = { code: resolved.code, name: resolved.name };
  if (resolved.code === code) return { municipality, text: `in ${code} ${resolved.name}` };
  return { municipality, text: `in ${code}, on ${date} merged into ${resolved.code} ${resolved.name}` };
}

/**
 * Why a notice went (or could not go) where it went, reproduced from what the
 * rules saw: the event, and the BRP addresses known when it was processed.
 */
export function explainRouting(input: {
  box: Box;
  type: NoticeType;
  recipient: string | null;
  event: Readonly<Record<string, unknown>>;
  addresses: readonly BrpAddress[];
  date: CalendarDate;
  catalog: ReferenceCatalog;
}): RoutingExplanation {
  const { type, event, addresses, date, catalog } = input;
  if (input.box === 'victims' || input.recipient === 'RVDK') {
    return { basis: 'fixed', address: null, municipality: null, explanation: `always to ${input.recipient}` };
  }
  const leave = event.leaveAddress as AddressParts | undefined;
  if (input.box === 'bij' && LEAVE_ADDRESS_TYPES.has(type) && leave) {
    const m = explainMunicipality(leave.municipalityCode, date, catalog);
    return {
      basis: 'leave-address',
      address: pickAddress(leave),
      municipality: m.municipality,
      explanation: `the entered leave address (${describeAddress(leave)}) is ${m.text}`,
    };
  }
  const brp = lastPrivateAddress(addresses, date, catalog);
  if (!brp) {
    const route = routeByBrp(addresses, date, catalog);
    const reason = route.recipient === null ? route.reason : 'no BRP address';
    return { basis: 'brp', address: null, municipality: null, explanation: reason };
  }
  const m = explainMunicipality(brp.municipalityCode, date, catalog);
  return {
    basis: 'brp',
    address: pickAddress(brp),
    municipality: m.municipality,
    explanation: `the last BRP address that is not a DJI institution's (valid from ${brp.validFrom}: ${describeAddress(brp)}) is ${m.text}`,
  };
}

function pickAddress(a: AddressParts): AddressParts {
  return {
    street: a.street,
    houseNumber: a.houseNumber,
    postalCode: a.postalCode,
    city: a.city,
    municipalityCode: a.municipalityCode,
  };
}

/**
 * What a BIJ notice tells the mayor of the address behind it: the leave
 * address itself for leave and phasing; for the BRP-routed types only the
 * municipality, since the home address is not the mayor's to know.
 */
export function bijRoutingAddress(r: RoutingExplanation): RoutingAddress | undefined {
  if (r.basis === 'leave-address' && r.address) return r.address;
  if (r.basis === 'brp' && r.municipality)
    return { municipalityCode: r.municipality.code, municipalityName: r.municipality.name };
  return undefined;
}

// --- Recipients chosen by people ----------------------------------------------------

/** A municipality that exists on `date`, as an operator or officer may name one; undefined otherwise. */
export function currentMunicipality(
  code: string,
  date: CalendarDate,
  catalog: ReferenceCatalog,
): Municipality | undefined {
  const m = catalog.municipality(code);
  return m && isValidOn(m, date) ? m : undefined;
}

// --- A notice as stored ----------------------------------------------------------

/** A notice as the box keeps it: who it is for, where it stands, and pointers to its content. */
export interface StoredNotice {
  id: number;
  eventLogId: number;
  skn: string;
  box: Box;
  type: NoticeType;
  recipient: string | null;
  routingException: RoutingException | null;
  victimReference: string | null;
  legalBasis: string;
  ruleSet: string;
  createdAt: Date;
  status: NoticeStatus;
  forwardedFrom: number | null;
}
