/**
 * Why a notice went (or could not go) where it went, reproduced from what the
 * rules saw (routing.ts): the event, and the BRP addresses known when it was
 * processed. The operators see it with each notice they check; the mayor
 * sees the part of it the BIJ field list allows.
 */
import type { BrpAddress } from '../identity/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { CalendarDate, ReferenceCatalog } from '../reference/index.ts';
import type { Box, NoticeType, RoutingException } from './model.ts';
import { lastPrivateAddress, routeByBrp } from './routing.ts';
import { bijArticle } from './rules.ts';
import type { AddressParts, RoutingAddress, RoutingExplanation } from './schemas.ts';
import type { NoticeSources, StoredNotice } from './stored-notice.ts';

/** BIJ types routed by the entered leave address (seed 002's table); the others by the BRP address. */
export const LEAVE_ADDRESS_TYPES: ReadonlySet<NoticeType> = new Set([
  'pi-verlof',
  'pi-regimefasering',
  'tbs-verlof',
  'pij-verlofmachtiging',
]);

const describeAddress = (a: AddressParts) => `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.city}`;

function explainMunicipality(address: AddressParts, date: CalendarDate, catalog: ReferenceCatalog) {
  const code = address.municipalityCode;
  const placed = catalog.resolveAddressMunicipality(address, date);
  if (placed.municipality === undefined) {
    const known = catalog.municipality(code) !== undefined;
    return {
      municipality: null,
      text: known ? `not placed: ${placed.reason}` : `in ${code}, a municipality code that is not known`,
    };
  }
  const resolved = placed.municipality;
  const municipality = { code: resolved.code, name: resolved.name };
  if (resolved.code === code) return { municipality, text: `in ${code} ${resolved.name}` };
  if (placed.split) {
    const by = {
      residence: `its residence ${address.city}`,
      'postal-code': `its postal code ${address.postalCode}`,
      rest: 'naming none of the other parts',
    }[placed.split.by];
    return {
      municipality,
      text: `in ${placed.split.from}, split on ${placed.split.date}: by ${by} it lies in ${resolved.code} ${resolved.name}`,
    };
  }
  return { municipality, text: `in ${code}, on ${date} merged into ${resolved.code} ${resolved.name}` };
}

/** The institutions without a verified address in the municipality of the address, for the operator. */
function unverifiedInstitutionsIn(address: AddressParts, catalog: ReferenceCatalog): string {
  const here = catalog.resolveAddressMunicipality(address, '9999-12-31').municipality?.code;
  const names = catalog.data.institutions
    .filter(
      (i) =>
        !i.addressVerified && catalog.resolveMunicipality(i.municipalityCode, '9999-12-31')?.code === here,
    )
    .map((i) => i.name);
  return names.length > 0 ? names.join(', ') : 'an institution of the episode';
}

/**
 * Why a notice went (or could not go) where it went, reproduced from what the
 * rules saw: the event, and the BRP addresses known when it was processed.
 */
export function explainRouting(input: {
  box: Box;
  type: NoticeType;
  recipient: string | null;
  exception?: RoutingException | null;
  /** The offences of the person's title, to name the ones the reference data does not know. */
  offences?: readonly string[];
  event: Readonly<Record<string, unknown>>;
  addresses: readonly BrpAddress[];
  date: CalendarDate;
  catalog: ReferenceCatalog;
}): RoutingExplanation {
  const routing = explainAddress(input);
  if (input.exception === 'unverified-institution-address' && routing.address) {
    return {
      ...routing,
      explanation:
        `${routing.explanation}; not trusted: it was registered on or after the admission in the municipality of ` +
        `${unverifiedInstitutionsIn(routing.address, input.catalog)}, whose address is not verified, so it may be ` +
        'the institution and not a home: an operator decides',
    };
  }
  if (input.exception !== 'unknown-offence') return routing;
  // The address still matters: it is where the operator sends the notice if BIJ applies.
  const unknown = (input.offences ?? []).filter(
    (code) => bijArticle(code, input.catalog, input.date) === undefined,
  );
  return {
    ...routing,
    explanation: `unknown offence ${unknown.join(', ') || '(not named)'}: the reference data cannot tell whether BIJ applies, so an operator decides; ${routing.explanation}`,
  };
}

function explainAddress(input: Parameters<typeof explainRouting>[0]): RoutingExplanation {
  const { type, event, addresses, date, catalog } = input;
  if (input.box === 'victims' || input.recipient === 'RVDK') {
    return { basis: 'fixed', address: null, municipality: null, explanation: `always to ${input.recipient}` };
  }
  const leave = event.leaveAddress as AddressParts | undefined;
  if (input.box === 'bij' && LEAVE_ADDRESS_TYPES.has(type) && leave) {
    const m = explainMunicipality(leave, date, catalog);
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
  const m = explainMunicipality(brp, date, catalog);
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
    exception: notice.routingException,
    offences: sources.episode?.offences ?? [],
    event: sources.event,
    addresses: sources.addresses,
    date: dutchDate(sources.occurredAt),
    catalog,
  });
}
