/**
 * The notification rules as a projection of the event log: each detention
 * event is decided by the rule set of its date, on the episode the detention
 * projection left for the same event (read through the port, `episodeAfter`),
 * with the person's BRP addresses and victim registrations as the batch has
 * them so far. Victim registrations are a projection table; the notices and
 * the decisions not to notify are what was decided at the time, so a rebuild
 * (which decides nothing) neither copies nor remakes them.
 */
import { episodeAfter, episodeBefore, isDetentionEvent } from '../detention/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import { loadAddressesOf } from '../identity/index.ts';
import type { Earlier, Projection } from '../ingest/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import type { Notice, RuleOutcome, Skip } from './model.ts';
import { loadParticipation, type ParticipationSnapshot, participationException } from './participation.ts';
import { ANNOUNCEMENT_TYPES, decide, type EarlierNotice, type VictimRegistration } from './rules.ts';
import type { RuleSet } from './rulesets.ts';
import {
  insertDecisions,
  insertNotices,
  insertVictimRegistrations,
  loadAnnouncements,
  loadVictimRegistrations,
} from './store.ts';

/** The rule set for an event's Dutch date. */
export type RuleChoice = (date: string) => RuleSet;

interface NotificationsState {
  catalog: ReferenceCatalog;
  addresses: Map<string, BrpAddress[]>;
  victims: Map<string, VictimRegistration[]>;
  /** Which municipalities take part in which box, and whose box has a user; undefined in a replay. */
  participation: ParticipationSnapshot | undefined;
  /** Per person, the notices a later one may correct, with the event-log id that made them. */
  announcements: Map<string, (EarlierNotice & { logId: number })[]>;
  registrations: (VictimRegistration & { skn: string; logId: number; at: string })[];
  notices: (Notice & { logId: number; receivedAt?: string })[];
  /** The decisions not to notify, kept for the operators' explanation of an event. */
  skips: (Skip & { logId: number })[];
}

const NOTIFICATIONS = 'notifications';

/** What the rules decided for an event (notices made, and why not where they did not), from its ingest results. */
export function ruleOutcomesOf(results: Earlier): RuleOutcome[] {
  return (results.get(NOTIFICATIONS) as RuleOutcome[] | undefined) ?? [];
}

export interface NotificationOptions {
  /**
   * Whether a notice for a municipality that does not take part in its box on the event's date,
   * or whose box has no active user, goes to the operators instead (the service); `replay` shows
   * what the rules propose and leaves this out.
   */
  participation?: boolean;
  /**
   * When a notice counts as received: `ingest` (the service: when the rules made it) or `event`
   * (a replay of history, such as the demo's load: when its event happened, so the box reads as if
   * each notice had come at the time).
   */
  receivedAt?: 'ingest' | 'event';
}

/** A notice the municipality cannot receive goes to the operators with the reason. */
function checkParticipation(
  outcome: RuleOutcome,
  snapshot: ParticipationSnapshot | undefined,
  date: string,
): RuleOutcome {
  if (!snapshot || !('notice' in outcome) || outcome.notice.recipient === null) return outcome;
  const refused = participationException(snapshot, outcome.notice.box, outcome.notice.recipient, date);
  if (!refused) return outcome;
  return { notice: { ...outcome.notice, recipient: null, exception: refused.exception } };
}

/**
 * The projection, deciding by `rules`; without rules (a rebuild) it keeps the
 * victim registrations and decides no notices.
 */
export function notificationsProjection(rules?: RuleChoice, options: NotificationOptions = {}) {
  return {
    name: NOTIFICATIONS,
    tables: ['victim_registrations'] as const,
    async load(db, batch, { catalog }) {
      const notifying = rules
        ? [
            ...new Set(
              batch
                .filter((s) => isDetentionEvent(s.event) || s.event.type === 'victim-registered')
                .map((s) => s.event.skn),
            ),
          ]
        : [];
      const [addresses, victims, announcements, participation] = await Promise.all([
        loadAddressesOf(db, notifying),
        loadVictimRegistrations(db, notifying),
        loadAnnouncements(db, notifying, ANNOUNCEMENT_TYPES),
        rules && options.participation && notifying.length > 0 ? loadParticipation(db) : undefined,
      ]);
      return {
        catalog,
        addresses,
        victims,
        announcements,
        participation,
        registrations: [],
        notices: [],
        skips: [],
      };
    },
    check(state, { event, logId }, earlier) {
      const episode = episodeAfter(earlier);
      const day = dutchDate(event.occurredAt);
      const outcomes: RuleOutcome[] =
        rules && isDetentionEvent(event) && episode
          ? decide({
              event,
              episode,
              before: episodeBefore(earlier),
              addresses: state.addresses.get(event.skn) ?? [],
              victims: state.victims.get(event.skn) ?? [],
              // Only this episode's: a release date told in an earlier detention is not corrected.
              earlier: (state.announcements.get(event.skn) ?? []).filter((n) => n.logId >= episode.id),
              catalog: state.catalog,
              ruleSet: rules(day),
            }).map((o) => checkParticipation(o, state.participation, day))
          : [];
      return {
        status: 'apply',
        result: outcomes,
        commit: () => {
          if (event.type === 'victim-registered') {
            const registration = { caseNumber: event.caseNumber, victimReference: event.victimReference };
            state.registrations.push({ ...registration, skn: event.skn, logId, at: event.occurredAt });
            state.victims.set(event.skn, [...(state.victims.get(event.skn) ?? []), registration]);
          }
          // Later events of the batch see the addresses earlier ones registered.
          if (rules && event.type === 'address-registered')
            state.addresses.set(event.skn, [...(state.addresses.get(event.skn) ?? []), event]);
          for (const o of outcomes) {
            if ('notice' in o) {
              state.notices.push({
                ...o.notice,
                logId,
                ...(options.receivedAt === 'event' ? { receivedAt: event.occurredAt } : {}),
              });
              if (ANNOUNCEMENT_TYPES.includes(o.notice.type))
                state.announcements.set(event.skn, [
                  ...(state.announcements.get(event.skn) ?? []),
                  { ...o.notice, logId },
                ]);
            } else state.skips.push({ ...o.skip, logId });
          }
        },
      };
    },
    async write(db, state) {
      await insertVictimRegistrations(db, state.registrations);
      await insertNotices(db, state.notices);
      await insertDecisions(db, state.skips);
      return new Map();
    },
  } satisfies Projection<NotificationsState>;
}
