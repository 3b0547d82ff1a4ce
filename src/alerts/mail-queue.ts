/**
 * The rules both e-mail queues follow (alert deliveries in store.ts, lock
 * notices in lock-notice-store.ts): who may still be mailed, and what an
 * attempt writes to the progress columns they share (QueuedMailColumns).
 * Each store adds the release of its own lease columns and keeps the
 * condition that the claim is still the caller's.
 */
import type { Updateable } from 'kysely';
import type { QueuedMailColumns } from '../platform/schema.ts';
import { type RetryPolicy, retryDelay } from './model.ts';

type Progress = Updateable<QueuedMailColumns>;

/** The SMTP server accepted the e-mail. */
export const sentProgress = (at: Date) =>
  ({ status: 'sent', sent_at: at, finished_at: at, last_error: null }) satisfies Progress;

/** There was nothing to send, for `reason`. */
export const skippedProgress = (reason: string, at: Date) =>
  ({ status: 'skipped', skip_reason: reason, finished_at: at }) satisfies Progress;

/**
 * The `attempts`-th attempt failed: due again after retryDelay(attempts), or
 * `failed` when it was the last one the policy allows.
 */
export function failedAttemptProgress(
  attempts: number,
  error: string,
  at: Date,
  policy: RetryPolicy,
): { last: boolean; progress: Progress } {
  const last = attempts >= policy.maxAttempts;
  return {
    last,
    progress: last
      ? { status: 'failed', last_error: error, finished_at: at }
      : { last_error: error, next_attempt_at: new Date(at.getTime() + retryDelay(attempts, policy)) },
  };
}

export type Mailable<U> = { send: true; email: string; user: U } | { send: false; reason: string };

/** Just before sending: is the user still someone to mail (existing, active, with an e-mail address)? */
export function mailable<U extends { email: string | null; disabled: boolean }>(
  user: U | undefined,
): Mailable<U> {
  if (!user) return { send: false, reason: 'the user no longer exists' };
  if (user.disabled) return { send: false, reason: 'the user is disabled' };
  const email = user.email?.trim();
  if (!email) return { send: false, reason: 'the user has no e-mail address' };
  return { send: true, email, user };
}
