/**
 * The notification rules: a pure function of the event, the person's state
 * after it, the reference data and the rule set in force. Every rule a
 * detention event triggers either produces notices or says why not.
 *
 * - BIJ (art. 11a BJSG): mayors hear of planned freedoms (leave, regime
 *   phasing, PIJ leave authorization) and the planned end of detention of
 *   persons irrevocably sentenced to prison for a serious violent or sexual
 *   offence (GW), to TBS with dwangverpleging, or to PIJ. An attempt or
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
 *   release and escape of an offender in a case with a victim registration,
 *   once per registration.
 */
import type { Episode } from '../detention/index.ts';
import type { DetentionEvent } from '../events/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { dutchDate } from '../platform/dates.ts';
import { type LawArticle, parseOffenceCode, type ReferenceCatalog } from '../reference/index.ts';
import type { Box, NoticeType, RuleOutcome } from './model.ts';
import { type Route, routeByBrp, routeToMunicipality } from './routing.ts';
import type { RuleSet } from './rulesets.ts';

export interface VictimRegistration {
  caseNumber: string;
  victimReference: string;
}

export interface DecisionContext {
  event: DetentionEvent;
  /** The episode as the event leaves it. */
  episode: Episode;
  addresses: readonly BrpAddress[];
  victims: readonly VictimRegistration[];
  catalog: ReferenceCatalog;
  ruleSet: RuleSet;
}

/**
 * `unknown`: nothing known makes the person BIJ-relevant, but the title holds offences the
 * reference data cannot classify, which might; the trigger goes to the operators, not nowhere.
 */
type Eligibility = { ok: true } | { ok: false; reason: string } | { ok: 'unknown'; offences: string[] };

/**
 * The article an offence counts as for BIJ: an attempt (jo 45) or participation (jo 47, 48)
 * counts as the offence itself. Preparation (jo 46) is left to an operator: art. 11a BJSG
 * does not say, and a guess either way could be wrong.
 */
export function bijArticle(code: string, catalog: ReferenceCatalog): LawArticle | undefined {
  const parsed = parseOffenceCode(code);
  if (!parsed || parsed.modifiers.includes('preparation')) return undefined;
  return catalog.offence(parsed.base);
}

/** Whether the episode's title makes its person BIJ-relevant under the rule set. */
export function bijEligibility(episode: Episode, ruleSet: RuleSet, catalog: ReferenceCatalog): Eligibility {
  const { title } = episode;
  const expected = { GW: 'prison-sentence', TBS: 'tbs-dwangverpleging', JJI: 'pij' } as const;
  if (title.kind !== expected[episode.sector]) {
    return {
      ok: false,
      reason: `title ${title.kind} in ${episode.sector}: BIJ covers ${expected[episode.sector]} only`,
    };
  }
  if (!title.irrevocable) return { ok: false, reason: `the ${title.kind} is not irrevocable` };
  if (episode.sector !== 'GW') return { ok: true };
  const articles = title.offences.map((code) => bijArticle(code, catalog));
  const unknown = title.offences.filter((_, i) => articles[i] === undefined);
  const categories = articles.flatMap((a) => (a ? [a.category] : []));
  if (categories.some((c) => ruleSet.bij.categories.includes(c))) return { ok: true };
  for (const rule of ruleSet.bij.longSentenceCategories) {
    if (categories.some((c) => rule.categories.includes(c))) {
      if ((title.sentenceDays ?? 0) >= rule.minSentenceDays) return { ok: true };
      // A short sentence for arson rules nothing out while another offence may be sexual.
      if (unknown.length > 0) break;
      return {
        ok: false,
        reason: `${rule.categories.join('/')} with a sentence under ${rule.minSentenceDays} days`,
      };
    }
  }
  if (unknown.length > 0) return { ok: 'unknown', offences: unknown };
  return {
    ok: false,
    reason: `no ${ruleSet.bij.categories.join(' or ')} offence among ${title.offences.join(', ') || 'the offences'}`,
  };
}

type BijTrigger = { type: NoticeType; route: 'leave-address' | 'brp' };

/** Seed 002's routing table, per sector and event. */
const BIJ_TRIGGERS: Record<string, Partial<Record<DetentionEvent['type'], BijTrigger>>> = {
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
  release: 'vrijlating',
  escape: 'ontvluchting',
};

export function decide(ctx: DecisionContext): RuleOutcome[] {
  const { event, episode, catalog, ruleSet } = ctx;
  const date = dutchDate(event.occurredAt);
  const out: RuleOutcome[] = [];
  const notice = (
    box: Box,
    type: NoticeType,
    route: Route,
    legalBasis: string,
    victimReference?: string,
  ): RuleOutcome => ({
    notice: {
      eventId: event.eventId,
      skn: event.skn,
      box,
      type,
      recipient: route.recipient,
      legalBasis,
      ...(route.recipient === null ? { exception: route.exception } : {}),
      ...(victimReference ? { victimReference } : {}),
      ruleSet: ruleSet.name,
    },
  });
  const skip = (box: Box, reason: string): RuleOutcome => ({
    skip: { eventId: event.eventId, box, decision: 'skip', reason, ruleSet: ruleSet.name },
  });
  const brp = () => routeByBrp(ctx.addresses, date, catalog);

  const bij = BIJ_TRIGGERS[episode.sector]?.[event.type];
  if (bij) {
    const eligible = bijEligibility(episode, ruleSet, catalog);
    if (eligible.ok === false) out.push(skip('bij', `${bij.type}: ${eligible.reason}`));
    else if (eligible.ok === 'unknown') {
      const route: Route = {
        recipient: null,
        exception: 'unknown-offence',
        reason: `unknown offence ${eligible.offences.join(', ')}`,
      };
      out.push(notice('bij', bij.type, route, ruleSet.legalBasis.bij));
    } else {
      const route =
        bij.route === 'brp' || !('leaveAddress' in event)
          ? brp()
          : routeToMunicipality(event.leaveAddress.municipalityCode, date, catalog);
      out.push(notice('bij', bij.type, route, ruleSet.legalBasis.bij));
    }
  }

  if (event.type === 'release-scheduled' && event.risk18b) {
    if (episode.sector !== 'GW')
      out.push(skip('bij', '18b-melding: art. 18b Pbw applies to the prison system (GW) only'));
    else if (!ruleSet.risk18b)
      out.push(
        skip('bij', `18b-melding: not in rule set ${ruleSet.name} (18b notices exist since September 2023)`),
      );
    else out.push(notice('bij', '18b-melding', brp(), ruleSet.legalBasis.risk18b));
  }

  const reintegration = REINTEGRATION_TRIGGERS[event.type];
  if (reintegration) {
    out.push(notice('reintegration', reintegration, brp(), ruleSet.legalBasis.reintegration));
    if (episode.sector === 'JJI')
      out.push(
        notice('reintegration', reintegration, { recipient: 'RVDK' }, ruleSet.legalBasis.reintegration),
      );
  }

  const victims = VICTIM_TRIGGERS[event.type];
  if (victims) {
    const caseNumber = episode.title.caseNumber;
    const registrations = caseNumber ? ctx.victims.filter((v) => v.caseNumber === caseNumber) : [];
    if (registrations.length === 0) {
      out.push(
        skip(
          'victims',
          caseNumber ? `no victim registration in case ${caseNumber}` : 'the title has no case number',
        ),
      );
    }
    for (const r of registrations) {
      out.push(
        notice('victims', victims, { recipient: 'CJIB-IDV' }, ruleSet.legalBasis.victims, r.victimReference),
      );
    }
  }
  return out;
}
