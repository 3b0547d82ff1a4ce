/**
 * The notification rules: a pure function of the event, the person's state
 * after it, the reference data and the rule set in force. Every rule a
 * detention event triggers either produces notices or says why not.
 *
 * Every rule judges the titles in force on the Dutch date of its trigger
 * (contract 1.1: a pre-trial title becomes a sentence by a title-changed), in
 * the sector of the current stay (a transfer may change it).
 *
 * - BIJ (art. 11a BJSG): mayors hear of planned freedoms (leave, regime
 *   phasing, PIJ leave authorization) and the planned end of detention of
 *   persons irrevocably sentenced to prison for a serious violent or sexual
 *   offence (GW), to TBS with dwangverpleging, or to PIJ. A release nobody
 *   announced still tells them, late; a moved date is corrected (supersedes). An attempt or
 *   participation (`Sr 287 jo 45`) counts as the offence. An offence the
 *   reference data does not know never silently means "not BIJ": unless a
 *   known offence or the title settles it, the notice goes to the operators
 *   (exception `unknown-offence`).
 * - Art. 18b Pbw: a risk assessed by DJI at a scheduled release from prison
 *   goes to the mayor through the BIJ box, whatever the offence.
 * - Art. 18a Pbw: the municipality (and for juveniles the RvdK) hears of
 *   registration, planned-end-date changes, transfers, the shareable D&R plan
 *   and the end of detention.
 * - Victims: the victim desk (CJIB-IDV) hears of leave, a scheduled release,
 *   release, escape, return and the conditional end of TBS of an offender in
 *   any case of the episode with a victim registration, once per registration.
 * - A rule that makes no notice says why, as codes (reasons.ts).
 */
import { caseSince, type Episode, type TitleVersion, titlesInForce } from '../detention/index.ts';
import type { DetentionEvent } from '../events/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { dutchDate } from '../platform/dates.ts';
import { type LawArticle, parseOffenceCode, type ReferenceCatalog, type Sector } from '../reference/index.ts';
import type { Box, Notice, NoticeType, RuleOutcome } from './model.ts';
import { englishReason, type SkipReason } from './reasons.ts';
import { type Route, routeByBrp, routeToMunicipality } from './routing.ts';
import { legalBasisOf, type RuleSet } from './rulesets.ts';

export interface VictimRegistration {
  caseNumber: string;
  victimReference: string;
}

/** An earlier notice of the person in this episode: what a correction names (`supersedes`). */
export type EarlierNotice = Pick<Notice, 'eventId' | 'box' | 'type' | 'recipient' | 'victimReference'>;

export interface DecisionContext {
  event: DetentionEvent;
  /** The episode as the event leaves it. */
  episode: Episode;
  /** The open episode as it was before the event (undefined for an admission). */
  before?: Episode | undefined;
  addresses: readonly BrpAddress[];
  victims: readonly VictimRegistration[];
  /** The notices made earlier in this episode, oldest first. */
  earlier?: readonly EarlierNotice[];
  catalog: ReferenceCatalog;
  ruleSet: RuleSet;
}

/**
 * `unknown`: nothing known makes the person BIJ-relevant, but a title in force holds offences
 * the reference data cannot classify, which might; the trigger goes to the operators, not nowhere.
 */
type Eligibility =
  | { ok: true }
  | { ok: false; reasons: SkipReason[] }
  | { ok: 'unknown'; offences: string[] };

/**
 * The article an offence counts as for BIJ: an attempt (jo 45) or participation (jo 47, 48)
 * counts as the offence itself. Preparation (jo 46) is left to an operator: art. 11a BJSG
 * does not say, and a guess either way could be wrong. `onDate` picks the numbering in force
 * (the Wet seksuele misdrijven renumbered title XIV of Sr from 1 July 2024).
 */
export function bijArticle(code: string, catalog: ReferenceCatalog, onDate?: string): LawArticle | undefined {
  const parsed = parseOffenceCode(code);
  if (!parsed || parsed.modifiers.includes('preparation')) return undefined;
  return catalog.offence(parsed.base, onDate);
}

/** The title kind that brings BIJ in each sector (art. 11a BJSG). */
const BIJ_TITLE = { GW: 'prison-sentence', TBS: 'tbs-dwangverpleging', JJI: 'pij' } as const;

/** Whether one title makes its person BIJ-relevant in `sector` under the rule set. */
function titleEligibility(
  title: TitleVersion,
  sector: Sector,
  ruleSet: RuleSet,
  catalog: ReferenceCatalog,
  caseSince: string,
): Eligibility {
  const which: Record<string, string> = title.caseNumber ? { caseNumber: title.caseNumber } : {};
  const no = (code: SkipReason['code'], params: Record<string, string>): Eligibility => ({
    ok: false,
    reasons: [{ code, params: { ...params, ...which } }],
  });
  if (title.kind !== BIJ_TITLE[sector]) {
    return no('title-kind', { kind: title.kind, sector, expected: BIJ_TITLE[sector] });
  }
  if (!title.irrevocable) return no('not-irrevocable', { kind: title.kind });
  if (sector !== 'GW') return { ok: true };
  // The numbering of the law on the day the case entered the episode: a case of 2023 keeps
  // its old articles when it is judged after the renumbering of 2024.
  const articles = title.offences.map((code) => bijArticle(code, catalog, caseSince));
  const unknown = title.offences.filter((_, i) => articles[i] === undefined);
  const categories = articles.flatMap((a) => (a ? [a.category] : []));
  if (categories.some((c) => ruleSet.bij.categories.includes(c))) return { ok: true };
  for (const rule of ruleSet.bij.longSentenceCategories) {
    if (categories.some((c) => rule.categories.includes(c))) {
      if ((title.sentenceDays ?? 0) >= rule.minSentenceDays) return { ok: true };
      // A short sentence for arson rules nothing out while another offence may be sexual.
      if (unknown.length > 0) break;
      return no('short-sentence', {
        categories: rule.categories.join('/'),
        minDays: String(rule.minSentenceDays),
      });
    }
  }
  if (unknown.length > 0) return { ok: 'unknown', offences: unknown };
  return no('no-qualifying-offence', {
    categories: ruleSet.bij.categories.join(' or '),
    offences: title.offences.join(', '),
  });
}

/**
 * Whether the episode makes its person BIJ-relevant on `date`: any title in force that day
 * does (a sentence in one case while pre-trial in another is normal). An unknown offence
 * counts only when no title settles it.
 */
export function bijEligibility(
  episode: Episode,
  date: string,
  ruleSet: RuleSet,
  catalog: ReferenceCatalog,
): Eligibility {
  const titles = titlesInForce(episode, date);
  if (titles.length === 0) return { ok: false, reasons: [{ code: 'no-title-in-force', params: { date } }] };
  const judged = titles.map((t) =>
    titleEligibility(t, episode.sector, ruleSet, catalog, caseSince(episode.titles, t)),
  );
  if (judged.some((j) => j.ok === true)) return { ok: true };
  const unknown = judged.flatMap((j) => (j.ok === 'unknown' ? j.offences : []));
  if (unknown.length > 0) return { ok: 'unknown', offences: [...new Set(unknown)] };
  return { ok: false, reasons: judged.flatMap((j) => (j.ok === false ? j.reasons : [])) };
}

type BijTrigger = { type: NoticeType; route: 'leave-address' | 'brp' };

/** Seed 002's routing table, per sector and event; the sector is the one of the current stay. */
const BIJ_TRIGGERS: Record<Sector, Partial<Record<DetentionEvent['type'], BijTrigger>>> = {
  GW: {
    'leave-granted': { type: 'pi-verlof', route: 'leave-address' },
    'regime-phasing': { type: 'pi-regimefasering', route: 'leave-address' },
    'release-scheduled': { type: 'pi-beeindiging', route: 'brp' },
  },
  TBS: {
    'leave-granted': { type: 'tbs-verlof', route: 'leave-address' },
    'conditional-termination': { type: 'tbs-voorwaardelijke-beeindiging', route: 'brp' },
  },
  JJI: {
    'leave-authorization': { type: 'pij-verlofmachtiging', route: 'leave-address' },
    'release-scheduled': { type: 'pij-beeindiging', route: 'brp' },
  },
};

/** The BIJ notice that announces the end of detention in each sector. */
const BIJ_END: Record<Sector, NoticeType> = {
  GW: 'pi-beeindiging',
  TBS: 'tbs-voorwaardelijke-beeindiging',
  JJI: 'pij-beeindiging',
};

/**
 * Notices that announce a date the recipient plans by: a later one of the same person, box,
 * type, recipient (and victim registration) in the episode corrects the earlier one.
 */
export const ANNOUNCEMENT_TYPES: readonly NoticeType[] = [
  'pi-beeindiging',
  'pij-beeindiging',
  'tbs-voorwaardelijke-beeindiging',
  '18b-melding',
  'vrijlating-gepland',
  'voorwaardelijke-beeindiging',
];
const ANNOUNCEMENTS: ReadonlySet<NoticeType> = new Set(ANNOUNCEMENT_TYPES);

const REINTEGRATION_TRIGGERS: Partial<Record<DetentionEvent['type'], NoticeType>> = {
  admission: 'inschrijving',
  'planned-end-date-changed': 'wijziging-einddatum',
  transfer: 'overplaatsing',
  'dr-plan-shared': 'deelbaar-dr-plan',
  release: 'einde-detentie',
};

const VICTIM_TRIGGERS: Partial<Record<DetentionEvent['type'], NoticeType>> = {
  'leave-granted': 'verlof',
  'leave-authorization': 'verlof',
  'release-scheduled': 'vrijlating-gepland',
  'conditional-termination': 'voorwaardelijke-beeindiging',
  release: 'vrijlating',
  escape: 'ontvluchting',
  returned: 'terugkeer',
};

/** What makes an event announce (or correct) the end of detention, and the date it announces. */
type EndAnnouncement =
  /** The BIJ end notice of the sector, for the victims a vrijlating-gepland; late when sent after the date. */
  { date: string; late: boolean; bij: NoticeType | undefined; victims: NoticeType | undefined };

/**
 * The end-of-detention announcements an event makes beyond the plain triggers:
 * - a release without an earlier release-scheduled (nor, in TBS, a conditional termination):
 *   the BIJ and victim notices that should have gone ahead, marked late;
 * - a planned end date that moves after a release-scheduled: the release date the mayor and
 *   the victim desk were told changed, so they hear again (a correction).
 * The plain triggers (release-scheduled, conditional-termination) are late when the date
 * they announce has passed.
 */
function endAnnouncement(ctx: DecisionContext, day: string): EndAnnouncement | undefined {
  const { event, episode, before } = ctx;
  if (event.type === 'release') {
    // In TBS the mayor hears of the end at the conditional termination; elsewhere at the scheduled release.
    const toldMayor =
      (episode.sector === 'TBS' ? before?.conditionalTerminationOn : before?.releaseScheduledOn) ?? null;
    const toldVictims = before?.releaseScheduledOn ?? before?.conditionalTerminationOn ?? null;
    if (toldMayor !== null && toldVictims !== null) return undefined;
    return {
      date: event.releaseDate,
      late: true,
      bij: toldMayor === null ? BIJ_END[episode.sector] : undefined,
      victims: toldVictims === null ? 'vrijlating-gepland' : undefined,
    };
  }
  if (event.type === 'planned-end-date-changed') {
    const told = before?.releaseScheduledOn ?? null;
    if (told === null || told === event.plannedEndDate || episode.sector === 'TBS') return undefined;
    return {
      date: event.plannedEndDate,
      late: event.plannedEndDate < day,
      bij: BIJ_END[episode.sector],
      victims: 'vrijlating-gepland',
    };
  }
  if (event.type === 'title-added' || event.type === 'title-changed') {
    // The end was announced while no title brought BIJ; decide() sends it when this title does.
    const announced =
      (episode.sector === 'TBS' ? episode.conditionalTerminationOn : episode.releaseScheduledOn) ?? null;
    // A scheduled date that passed while the person stayed is stale: nothing to announce.
    if (announced === null || announced < day) return undefined;
    return { date: announced, late: false, bij: BIJ_END[episode.sector], victims: undefined };
  }
  if (event.type === 'release-scheduled')
    return { date: event.releaseDate, late: event.releaseDate < day, bij: undefined, victims: undefined };
  if (event.type === 'conditional-termination')
    return {
      date: event.terminationDate,
      late: event.terminationDate < day,
      bij: undefined,
      victims: undefined,
    };
  return undefined;
}

export function decide(ctx: DecisionContext): RuleOutcome[] {
  const { event, episode, catalog, ruleSet } = ctx;
  const date = dutchDate(event.occurredAt);
  const end = endAnnouncement(ctx, date);
  const out: RuleOutcome[] = [];
  const notice = (
    box: Box,
    type: NoticeType,
    route: Route,
    legalBasis: string,
    victimReference?: string,
    late = false,
  ): RuleOutcome => {
    const corrects = ANNOUNCEMENTS.has(type)
      ? ctx.earlier?.findLast(
          (n) =>
            n.box === box &&
            n.type === type &&
            n.recipient === route.recipient &&
            n.victimReference === victimReference,
        )
      : undefined;
    return {
      notice: {
        eventId: event.eventId,
        skn: event.skn,
        box,
        type,
        recipient: route.recipient,
        legalBasis,
        ...(route.recipient === null ? { exception: route.exception } : {}),
        ...(victimReference ? { victimReference } : {}),
        ...(corrects ? { supersedes: corrects.eventId } : {}),
        ...(late || (end?.late && ANNOUNCEMENTS.has(type)) ? { late: true as const } : {}),
        ruleSet: ruleSet.name,
      },
    };
  };
  const skip = (box: Box, type: NoticeType, reasons: SkipReason[]): RuleOutcome => ({
    skip: {
      eventId: event.eventId,
      box,
      decision: 'skip',
      reason: `${type}: ${reasons.map(englishReason).join('; ')}`,
      noticeType: type,
      reasons,
      ruleSet: ruleSet.name,
    },
  });
  // An address registered during the detention in the town of an institution whose address is not verified may be that institution.
  const brp = () =>
    routeByBrp(ctx.addresses, date, catalog, {
      admittedOn: episode.admittedOn,
      institutions: episode.institutions,
    });

  const bijTrigger = BIJ_TRIGGERS[episode.sector][event.type];
  const bij: BijTrigger | undefined = bijTrigger ?? (end?.bij ? { type: end.bij, route: 'brp' } : undefined);
  // A title that brings BIJ after the end was announced: the mayor hears of that end now, once.
  const newlyRelevant =
    event.type !== 'title-added' && event.type !== 'title-changed'
      ? true
      : ctx.before !== undefined && bijEligibility(ctx.before, date, ruleSet, catalog).ok === false;
  if (bij && newlyRelevant) {
    const eligible = bijEligibility(episode, date, ruleSet, catalog);
    if (eligible.ok === false) {
      // A title event is no trigger of its own: it says nothing when it does not bring BIJ.
      if (event.type !== 'title-added' && event.type !== 'title-changed')
        out.push(skip('bij', bij.type, eligible.reasons));
    } else if (eligible.ok === 'unknown') {
      const route: Route = {
        recipient: null,
        exception: 'unknown-offence',
        reason: `unknown offence ${eligible.offences.join(', ')}`,
      };
      out.push(notice('bij', bij.type, route, legalBasisOf(ruleSet, 'bij', episode.sector)));
    } else {
      const route =
        bij.route === 'brp' || !('leaveAddress' in event)
          ? brp()
          : routeToMunicipality(event.leaveAddress, date, catalog);
      out.push(notice('bij', bij.type, route, legalBasisOf(ruleSet, 'bij', episode.sector)));
    }
  }

  if (event.type === 'release-scheduled' && event.risk18b) {
    if (episode.sector !== 'GW')
      out.push(skip('bij', '18b-melding', [{ code: 'risk18b-prison-only', params: {} }]));
    else if (!ruleSet.risk18b)
      out.push(
        skip('bij', '18b-melding', [{ code: 'risk18b-not-in-rule-set', params: { ruleSet: ruleSet.name } }]),
      );
    else out.push(notice('bij', '18b-melding', brp(), legalBasisOf(ruleSet, 'risk18b', episode.sector)));
  }

  const reintegration = REINTEGRATION_TRIGGERS[event.type];
  if (reintegration) {
    out.push(
      notice('reintegration', reintegration, brp(), legalBasisOf(ruleSet, 'reintegration', episode.sector)),
    );
    // A juvenile's council hears of it, also when the transfer takes the person from a JJI to a prison.
    if (episode.sector === 'JJI' || ctx.before?.sector === 'JJI')
      out.push(
        notice(
          'reintegration',
          reintegration,
          { recipient: 'RVDK' },
          legalBasisOf(ruleSet, 'reintegration', episode.sector),
        ),
      );
  }

  out.push(...victimOutcomes(ctx, end, notice, skip));
  return out;
}

type NoticeMaker = (
  box: Box,
  type: NoticeType,
  route: Route,
  legalBasis: string,
  victimReference?: string,
  late?: boolean,
) => RuleOutcome;

/** The victims' notices of an event: one per registration in any case of the episode's titles. */
function victimOutcomes(
  ctx: DecisionContext,
  end: EndAnnouncement | undefined,
  notice: NoticeMaker,
  skip: (box: Box, type: NoticeType, reasons: SkipReason[]) => RuleOutcome,
): RuleOutcome[] {
  const { event, episode, ruleSet } = ctx;
  const types: { type: NoticeType; late: boolean }[] = [];
  // The notice that should have gone ahead (or the correction of one) first, then the event's own.
  if (end?.victims) types.push({ type: end.victims, late: end.late });
  const own = VICTIM_TRIGGERS[event.type];
  if (own) types.push({ type: own, late: false });
  // Version 1 has no `returned`: the next event of the episode after an escape means the person is back.
  if (ctx.before?.status === 'escaped' && event.type !== 'returned' && event.type !== 'release')
    types.push({ type: 'terugkeer', late: false });
  if (types.length === 0) return [];
  const cases = new Set(episode.titles.flatMap((t) => (t.caseNumber ? [t.caseNumber] : [])));
  const registrations = ctx.victims.filter((v) => cases.has(v.caseNumber));
  if (registrations.length === 0) {
    const reason: SkipReason =
      cases.size === 0
        ? { code: 'no-case-number', params: {} }
        : { code: 'no-victim-registration', params: { cases: [...cases].join(' or ') } };
    return types.map((t) => skip('victims', t.type, [reason]));
  }
  return types.flatMap((t) =>
    registrations.map((r) =>
      notice(
        'victims',
        t.type,
        { recipient: 'CJIB-IDV' },
        legalBasisOf(ruleSet, 'victims', episode.sector),
        r.victimReference,
        t.late,
      ),
    ),
  );
}
