/**
 * Lock notices: the account holder hears, by e-mail, that password logins to
 * their account were locked for some client after repeated wrong passwords
 * (src/access/login-throttle.ts). Sent by the alert worker's round, through
 * the same mailer and with the same retries as the Berichtenbox alerts.
 *
 * The e-mail says when, and what to do. It carries no password, no client
 * address and no place: the holder needs to know that someone tried, not
 * where from, and an address in an e-mail is personal data that leaves the
 * chain's systems. Operators find the address in the service's log.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db.ts';
import {
  claimLockNotice,
  type LockNoticeClaim,
  markLockNoticeAttemptFailed,
  markLockNoticeSent,
  markLockNoticeSkipped,
  recheckLockNotice,
} from './lock-notice-store.ts';
import { describeError, type Mailer, serverAnswered } from './mailer.ts';
import type { RetryPolicy } from './model.ts';

const day = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** The subject and text of a lock notice, in Dutch, times in Dutch time. */
export function composeLockNotice(input: {
  username: string;
  lockedAt: Date;
  lockEndsAt: Date;
  portalUrl: string | undefined;
}): { subject: string; text: string } {
  const until = time.format(input.lockEndsAt);
  return {
    subject: 'Mislukte inlogpogingen op uw Ketenzicht-account',
    text: [
      `Op ${day.format(input.lockedAt)} om ${time.format(input.lockedAt)} is meerdere keren achter elkaar ` +
        `geprobeerd met een onjuist wachtwoord in te loggen op uw Ketenzicht-account (gebruikersnaam ${input.username}).`,
      '',
      `Vanaf de plek waar dat gebeurde kan tot ${until} niet met een wachtwoord op uw account worden ingelogd. ` +
        'Inloggen vanaf een andere plek werkt gewoon.',
      '',
      `Was u dit zelf? Dan hoeft u niets te doen. Probeer het na ${until} opnieuw.`,
      'Was u dit niet? Dan probeert misschien iemand anders in te loggen met uw gebruikersnaam. ' +
        'Meld dit bij de beheerder van uw organisatie. Denkt u dat iemand anders uw wachtwoord kent, ' +
        'vraag de beheerder dan om het te vervangen.',
      '',
      input.portalUrl ? `Ketenzicht: ${input.portalUrl}` : undefined,
      'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
      '',
    ]
      .filter((line) => line !== undefined)
      .join('\n'),
  };
}

export interface LockNoticeRound {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

export interface LockNoticeOptions {
  portalUrl?: string | undefined;
  /** The sender's domain, for Message-IDs. */
  domain: string;
  retry: RetryPolicy;
  leaseMs: number;
  maxSends: number;
  worker: string;
  log: {
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
  };
  signal?: AbortSignal | undefined;
  /** The round's clock (see runAlertsOnce). */
  at: () => Date;
}

/** The same for every attempt at one notice, so a resent e-mail is recognisable as the same one. */
function messageId(claim: LockNoticeClaim, domain: string): string {
  return `<lock-${claim.id}-${claim.createdAt.getTime()}@${domain}>`;
}

/** Sends the lock notices that are due, one claimed notice at a time. */
export async function sendLockNotices(
  db: Db,
  mailer: Mailer,
  options: LockNoticeOptions,
): Promise<LockNoticeRound> {
  const round: LockNoticeRound = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const { at, log } = options;
  for (let sends = 0; sends < options.maxSends && !options.signal?.aborted; sends++) {
    const claim = await claimLockNotice(db, at(), options.leaseMs, `${options.worker}/${randomUUID()}`);
    if (!claim) break;
    const context = { lockNotice: claim.id, user: claim.userId, attempts: claim.attempts };
    const check = await recheckLockNotice(db, claim);
    if (!check.send) {
      await markLockNoticeSkipped(db, claim, check.reason, at());
      round.skipped++;
      log.info({ ...context, reason: check.reason }, 'lock notice skipped');
      continue;
    }
    try {
      await mailer.send({
        to: check.email,
        ...composeLockNotice({
          username: check.username,
          lockedAt: claim.lockedAt,
          lockEndsAt: claim.lockEndsAt,
          portalUrl: options.portalUrl,
        }),
        messageId: messageId(claim, options.domain),
      });
    } catch (error) {
      const message = describeError(error);
      const outcome = await markLockNoticeAttemptFailed(db, claim, message, at(), options.retry);
      if (outcome === 'failed') {
        round.failed++;
        log.error({ ...context, error: message }, 'lock notice failed');
      } else if (outcome === 'retrying') {
        round.retrying++;
        log.warn({ ...context, error: message }, 'lock notice not sent, will retry');
      }
      if (!serverAnswered(error)) break;
      continue;
    }
    if (await markLockNoticeSent(db, claim, at())) {
      round.sent++;
      log.info(context, 'lock notice sent');
    } else {
      log.warn(context, 'lock notice sent, but its claim had passed to another worker');
    }
  }
  return round;
}
