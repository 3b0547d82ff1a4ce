/**
 * E-mail alerts: who is told that a box has something new, what the e-mail
 * says, and how long a failed delivery waits before it is tried again.
 *
 * The e-mail says only that something is waiting in which box of which
 * organisation. It never carries a notice's content (no name, SKN, BSN,
 * notice type or date): e-mail leaves the chain's systems, and what a
 * notice may say is bound to its legal basis and to the logged read in the
 * Berichtenbox (docs/api.md, "Berichtenbox").
 */

import type { Role } from '../access/index.ts';
import type { Box } from '../notifications/index.ts';
import { BOX_ROLE } from '../notifications/index.ts';

export const ALERT_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** The role that reads each box: the Berichtenbox's own table. */
export const ALERT_ROLE: Readonly<Record<Box, Role>> = BOX_ROLE;

/** The box as its users know it in the portal. */
export const BOX_NAME: Readonly<Record<Box, string>> = {
  bij: 'BIJ',
  reintegration: 'Re-integratie',
  victims: 'Slachtoffers',
};

export interface AlertMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per delivery, so a mail sent twice (see jobs.ts) can be recognised as one by the receiving side. */
  messageId: string;
}

/** The subject and text of an alert: the box and the organisation, and nothing of the notices. */
export function composeAlert(input: {
  box: Box;
  organisationName: string;
  /** How many notices it covers; only "one" or "more" is told. */
  count: number;
  portalUrl: string | undefined;
}): { subject: string; text: string } {
  const box = BOX_NAME[input.box];
  const what = input.count === 1 ? 'Er staat een nieuw bericht klaar' : 'Er staan nieuwe berichten klaar';
  const read = input.count === 1 ? 'het' : 'ze';
  const login = input.portalUrl
    ? `Log in op Ketenzicht om ${read} te lezen: ${input.portalUrl}`
    : `Log in op Ketenzicht om ${read} te lezen.`;
  return {
    subject: `${input.count === 1 ? 'Nieuw bericht' : 'Nieuwe berichten'} in de Berichtenbox ${box}`,
    text: [
      `${what} in de Berichtenbox ${box} van ${input.organisationName}.`,
      login,
      '',
      'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
      '',
    ].join('\n'),
  };
}

export interface RetryPolicy {
  /** Attempts before a delivery is `failed`. */
  maxAttempts: number;
  /** The wait after the first failed attempt; it doubles with each next one. */
  baseDelayMs: number;
  /** The longest wait between attempts. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
};

/** The wait after the `attempts`-th failed attempt: base, 2×base, 4×base, … at most maxDelayMs. */
export function retryDelay(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}
