/**
 * Why a notice went (or could not go) where it went, reproduced from what the
 * rules saw (routing.ts): the event, and the BRP addresses known when it was
 * processed. The operators see it with each notice they check; the mayor
 * sees the part of it the BIJ field list allows. It is told as codes with
 * their values; routing-texts.ts holds the words, in English and in Dutch.
 */
import type { BrpAddress } from '../identity/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { CalendarDate, ReferenceCatalog } from '../reference/index.ts';
import type { Box, NoticeType, RoutingException } from './model.ts';
import { lastPrivateAddress } from './routing.ts';
import { dutchRouting, englishRouting, type RoutingReason } from './routing-texts.ts';
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

/**
 * The split an address of `code` could not be placed in on `date`: the municipality that was
 * split, when, and where its places went, for the operator to see which part the address misses.
 */
function unplacedSplit(code: string, date: CalendarDate, catalog: ReferenceCatalog) {
  const visited = new Set<string>();
  let current = catalog.municipality(code);
  while (current?.validUntil != null && date >= current.validUntil && !visited.has(current.code)) {
    visited.add(current.code);
    const from = current.code;
    const merger = catalog.data.mergers.find((m) => m.from.includes(from));
    if (!merger) return undefined;
    if (merger.split) {
      const successors = merger.split.parts
        .map((p) => `${p.residences.join('/')} → ${p.to} ${catalog.municipality(p.to)?.name ?? ''}`.trim())
        .join(', ');
      return { from, fromName: current.name, date: merger.date, successors };
    }
    current = catalog.municipality(merger.to);
  }
  return undefined;
}

/** Where an address lies on `date`, as the parameters of its placement (routing-texts.ts). */
function placeAddress(
  address: AddressParts,
  date: CalendarDate,
  catalog: ReferenceCatalog,
): { municipality: RoutingExplanation['municipality']; params: Record<string, string> } {
  const code = address.municipalityCode;
  const placed = catalog.resolveAddressMunicipality(address, date);
  if (placed.municipality === undefined) {
    if (catalog.municipality(code) === undefined)
      return { municipality: null, params: { placement: 'unknown-code', code } };
    const split = unplacedSplit(code, date, catalog);
    return {
      municipality: null,
      params: split
        ? { placement: 'split-unplaced', ...split, city: address.city, postalCode: address.postalCode }
        : { placement: 'not-resolved', code },
    };
  }
  const resolved = placed.municipality;
  const municipality = { code: resolved.code, name: resolved.name };
  if (resolved.code === code)
    return { municipality, params: { placement: 'same', code, name: resolved.name } };
  const to = { to: resolved.code, name: resolved.name };
  if (placed.split) {
    const { from, date: on, by } = placed.split;
    const fromName = catalog.municipality(from)?.name ?? '';
    return {
      municipality,
      params: {
        placement: 'split',
        from,
        fromName,
        date: on,
        by,
        city: address.city,
        postalCode: address.postalCode,
        ...to,
      },
    };
  }
  const fromName = catalog.municipality(code)?.name ?? '';
  return { municipality, params: { placement: 'merged', code, fromName, date, ...to } };
}

/** The institutions without a verified address in the municipality of the address, for the operator. */
function unverifiedInstitutionsIn(address: AddressParts, catalog: ReferenceCatalog): string {
  const here = catalog.resolveAddressMunicipality(address, '9999-12-31').municipality?.code;
  return catalog.data.institutions
    .filter(
      (i) =>
        !i.addressVerified && catalog.resolveMunicipality(i.municipalityCode, '9999-12-31')?.code === here,
    )
    .map((i) => i.name)
    .join(', ');
}

/** What the content of a notice takes from its routing: the basis, the address and its municipality. */
export type AddressRouting = Pick<RoutingExplanation, 'basis' | 'address' | 'municipality'>;

/** Why a notice went where it went, as codes: the parts routing-texts.ts puts in words. */
interface Routed {
  basis: RoutingExplanation['basis'];
  address: AddressParts | null;
  municipality: RoutingExplanation['municipality'];
  reasons: RoutingReason[];
}

/** The routing with its words: English as the API always gave them, Dutch for the portal. */
function withTexts(routed: Routed): RoutingExplanation {
  return { ...routed, explanation: englishRouting(routed.reasons), text: dutchRouting(routed.reasons) };
}

/**
 * Why a notice went (or could not go) where it went, reproduced from what the
 * rules saw: the event, and the BRP addresses known when it was processed.
 */
export function explainRouting(input: RoutingInput): RoutingExplanation {
  return withTexts(routingReasons(input));
}

interface RoutingInput {
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
}

function routingReasons(input: RoutingInput): Routed {
  const routing = explainAddress(input);
  if (input.exception === 'unverified-institution-address' && routing.address) {
    const institutions = unverifiedInstitutionsIn(routing.address, input.catalog);
    return {
      ...routing,
      reasons: [...routing.reasons, { code: 'unverified-institution-address', params: { institutions } }],
    };
  }
  if (input.exception !== 'unknown-offence') return routing;
  // The address still matters: it is where the operator sends the notice if BIJ applies.
  const unknown = (input.offences ?? []).filter(
    (code) => bijArticle(code, input.catalog, input.date) === undefined,
  );
  return {
    ...routing,
    reasons: [{ code: 'unknown-offence', params: { offences: unknown.join(', ') } }, ...routing.reasons],
  };
}

function explainAddress(input: RoutingInput): Routed {
  const { type, event, addresses, date, catalog } = input;
  if (input.box === 'victims' || input.recipient === 'RVDK') {
    return {
      basis: 'fixed',
      address: null,
      municipality: null,
      reasons: [{ code: 'fixed', params: { recipient: input.recipient ?? '' } }],
    };
  }
  const leave = event.leaveAddress as AddressParts | undefined;
  if (input.box === 'bij' && LEAVE_ADDRESS_TYPES.has(type) && leave) {
    const m = placeAddress(leave, date, catalog);
    return {
      basis: 'leave-address',
      address: pickAddress(leave),
      municipality: m.municipality,
      reasons: [{ code: 'leave-address', params: { address: describeAddress(leave), ...m.params } }],
    };
  }
  const brp = lastPrivateAddress(addresses, date, catalog);
  if (!brp) {
    // Without a private address, the only question is whether the BRP holds any address at all.
    const code = addresses.length > 0 ? 'only-institution-addresses' : 'no-brp-address';
    return { basis: 'brp', address: null, municipality: null, reasons: [{ code, params: {} }] };
  }
  const m = placeAddress(brp, date, catalog);
  return {
    basis: 'brp',
    address: pickAddress(brp),
    municipality: m.municipality,
    reasons: [
      {
        code: 'brp-address',
        params: { validFrom: brp.validFrom, address: describeAddress(brp), ...m.params },
      },
    ],
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
export function bijRoutingAddress(r: AddressRouting): RoutingAddress | undefined {
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
