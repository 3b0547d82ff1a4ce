/**
 * The Berichtenbox's states, as a typed table: where a notice starts, which
 * actions move it on and to which state. Pure: imports only its siblings.
 */
import type { Box, NoticeStatus } from './model.ts';

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
