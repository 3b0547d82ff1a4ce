/**
 * The alert worker. A round collects what entered the boxes since the last
 * round into deliveries (one per user per box), then sends what is due, one
 * claimed user-and-box at a time.
 *
 * What survives a crash, and what may happen twice:
 * - A notice entering a box writes its outbox row in the same transaction
 *   (trigger), and collecting turns outbox rows into deliveries and deletes
 *   them in one transaction: no notice is lost or collected twice.
 * - A claim counts the attempt and takes a lease. The outcome is recorded
 *   after the SMTP server has accepted the message. A worker that dies
 *   between that acceptance and the record (a few milliseconds, one message)
 *   leaves the lease to run out; then the delivery is due again and is sent
 *   a second time. That window cannot be closed without the SMTP server
 *   taking part, so it is kept small, and the resent e-mail has the same
 *   Message-ID so a mail system that removes duplicates sees one message.
 *   The e-mail carries no content, so a duplicate costs a second notice of
 *   "something is waiting", nothing more.
 * - A worker that dies before the SMTP server accepted the message also
 *   leaves the lease to run out; the delivery is sent by the next worker.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../platform/db.ts';
import { startLoop } from '../platform/loop.ts';
import { type LockNoticeRound, sendLockNotices } from './lock-notices.ts';
import type { Mailer } from './mailer.ts';
import { describeError, senderDomain, serverAnswered } from './mailer.ts';
import { type AlertMail, composeAlert, DEFAULT_RETRY, type RetryPolicy } from './model.ts';
import {
  type Claim,
  claimNext,
  collectOutbox,
  markAttemptFailed,
  markSent,
  markSkipped,
  recheck,
} from './store.ts';

/** The structured logger the worker writes to (pino's, or a stand-in in tests). */
export interface AlertLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const silent: AlertLog = { info() {}, warn() {}, error() {} };

export interface AlertOptions {
  /** Where the portal is, for the link in the e-mail; none: no link. */
  portalUrl?: string | undefined;
  /** The sender; its domain names the Message-IDs. */
  from?: string | undefined;
  retry?: RetryPolicy | undefined;
  /** How long a claim is held while sending (longer than the mailer's timeouts together). */
  leaseMs?: number | undefined;
  /** Outbox rows collected per transaction. */
  collectBatch?: number | undefined;
  /** Most e-mails sent in one round; the rest waits for the next. */
  maxSends?: number | undefined;
  /** Names this worker in `locked_by`. */
  worker?: string | undefined;
  log?: AlertLog | undefined;
  /** Ends the round after the e-mail in hand (stop()). */
  signal?: AbortSignal | undefined;
}

export interface AlertRound {
  /** Outbox rows (notice × recipient) taken in. */
  collected: number;
  /** Deliveries made from them. */
  queued: number;
  /** E-mails the SMTP server accepted (each may cover several deliveries). */
  sent: number;
  /** Deliveries that failed this attempt and wait for the next. */
  retrying: number;
  /** Deliveries that failed their last attempt. */
  failed: number;
  /** Deliveries not sent because there was nothing left to tell. */
  skipped: number;
  /** The e-mails telling account holders of a login lock (lock-notices.ts), sent first. */
  lockNotices: LockNoticeRound;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
const WORKER = `${os.hostname()}:${process.pid}`;

/**
 * One round, for the worker, a command or a test. `now` is the round's time;
 * what happens during the round is dated from it by the clock's progress, so
 * a test can put a round in the future (a retry that has come due). Without
 * a mailer (SMTP not configured) deliveries are collected and stay queued.
 */
export async function runAlertsOnce(
  db: Db,
  mailer: Mailer | undefined,
  now: Date = new Date(),
  options: AlertOptions = {},
): Promise<AlertRound> {
  const started = performance.now();
  const at = () => new Date(now.getTime() + Math.round(performance.now() - started));
  const roundId = randomUUID();
  const log = options.log ?? silent;
  const round: AlertRound = {
    collected: 0,
    queued: 0,
    sent: 0,
    retrying: 0,
    failed: 0,
    skipped: 0,
    lockNotices: { sent: 0, retrying: 0, failed: 0, skipped: 0 },
  };
  const batch = options.collectBatch ?? 500;
  for (;;) {
    const { notices, deliveries } = await collectOutbox(db, at(), batch);
    round.collected += notices;
    round.queued += deliveries;
    if (notices < batch) break;
  }
  if (!mailer) return round;

  const retry = options.retry ?? DEFAULT_RETRY;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const worker = options.worker ?? WORKER;
  const domain = senderDomain(options.from ?? '');
  // A lock notice is about someone trying to get into an account: it goes before news in a box.
  round.lockNotices = await sendLockNotices(db, mailer, {
    portalUrl: options.portalUrl,
    domain,
    retry,
    leaseMs,
    maxSends: options.maxSends ?? 200,
    worker,
    log,
    signal: options.signal,
    at,
  });
  for (let sends = 0; sends < (options.maxSends ?? 200) && !options.signal?.aborted; sends++) {
    const claim = await claimNext(db, at(), leaseMs, `${worker}/${randomUUID()}`);
    if (!claim) break;
    const context = {
      round: roundId,
      deliveries: claim.ids,
      organisation: claim.organisation,
      box: claim.box,
      user: claim.userId,
    };
    const check = await recheck(db, claim);
    if (!check.send) {
      await markSkipped(db, claim, check.reason, at());
      round.skipped += claim.ids.length;
      log.info({ ...context, reason: check.reason }, 'alert skipped');
      continue;
    }
    const mail: AlertMail = {
      to: check.email,
      ...composeAlert({
        box: claim.box,
        organisationName: check.organisationName,
        count: check.unread,
        portalUrl: options.portalUrl,
      }),
      messageId: messageId(claim, domain),
    };
    try {
      await mailer.send(mail);
    } catch (error) {
      const message = describeError(error);
      const outcome = await markAttemptFailed(db, claim, message, at(), retry);
      round.retrying += outcome.retrying;
      round.failed += outcome.failed;
      if (outcome.failed > 0)
        log.error({ ...context, attempts: [...claim.attempts.values()], error: message }, 'alert failed');
      else
        log.warn(
          { ...context, attempts: [...claim.attempts.values()], error: message },
          'alert not sent, will retry',
        );
      // Without an answer from the server (down, unreachable, timing out) the next e-mail would
      // fare no better: the rest waits for the next round instead of each waiting for a timeout.
      if (!serverAnswered(error)) break;
      continue;
    }
    if (await markSent(db, claim, at())) {
      round.sent++;
      log.info(context, 'alert sent');
    } else {
      // Our lease ran out while sending and another worker took the deliveries over.
      log.warn(context, 'alert sent, but its claim had passed to another worker');
    }
  }
  return round;
}

/** The same for every attempt at the same deliveries, so a resent e-mail is recognisable as the same one. */
function messageId(claim: Claim, domain: string): string {
  return `<alert-${claim.first.id}-${claim.first.createdAt.getTime()}@${domain}>`;
}

export interface AlertWorker {
  /** Ends the loop after the round in progress (and its e-mail in hand) and waits for that. */
  stop(): Promise<void>;
}

/**
 * Runs a round, waits `intervalMs`, runs the next: one loop, each round
 * awaited, so rounds never overlap. The first round runs at once, which also
 * catches up on what came in while the service was down.
 */
export function startAlertWorker(
  db: Db,
  mailer: Mailer | undefined,
  options: AlertOptions & { intervalMs: number },
): AlertWorker {
  const log = options.log ?? silent;
  return startLoop({
    intervalMs: options.intervalMs,
    round: async (signal) => {
      const round = await runAlertsOnce(db, mailer, new Date(), { ...options, signal });
      const { lockNotices, ...alerts } = round;
      if ([...Object.values(alerts), ...Object.values(lockNotices)].some((n) => n > 0))
        log.info({ ...round }, 'alert round');
    },
    onError: (error) => log.error({ err: error }, 'alert round failed'),
  });
}
