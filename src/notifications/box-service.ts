/**
 * What people do to a notice: a box's users acknowledge it (and BIJ officers
 * forward it to another municipality); Justid's operators confirm or change
 * the municipality of a BIJ notice, or route by hand one the rules could not.
 *
 * Each action reads, checks and changes the notice in one transaction, with
 * the notice locked, so two people acting at once cannot both move it on.
 * A notice out of the caller's reach is as absent as one that does not exist
 * (404); one whose state does not allow the action is a conflict (409). Every
 * change goes to the notice's history (store.ts, changeNotice).
 */
import type { User } from '../access/index.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { isValidOn, type Municipality, type ReferenceCatalog } from '../reference/index.ts';
import { type NoticeAction, nextStatus } from './box.ts';
import {
  AlreadyDelivered,
  ForwardToOwnMunicipality,
  InvalidTransition,
  NoticeNotFound,
  SameMunicipality,
  UnknownMunicipality,
} from './errors.ts';
import type { Box } from './model.ts';
import type { ForwardBody, ReviewDecision, RouteBody } from './schemas.ts';
import {
  type Actor,
  changeNotice,
  findNotice,
  hasTwin,
  insertForwardedCopy,
  type NoticeScope,
} from './store.ts';
import type { StoredNotice } from './stored-notice.ts';

export const actorOf = (user: User): Actor => ({
  userId: user.id,
  username: user.username,
  organisation: user.organisation,
});

/** The box of `user`'s organisation: what its officers may reach. */
export const boxScope = (box: Box, user: User): NoticeScope => ({ box, recipient: user.organisation });

/**
 * Takes `action` on a notice in `scope`, in one transaction. `prepare` runs
 * first on the locked notice and may refuse, or make what the change needs.
 */
function act<T = undefined>(
  db: Db,
  user: User,
  id: number,
  scope: NoticeScope,
  action: NoticeAction,
  change: { recipient?: string; forwardedTo?: string; reason?: string },
  prepare?: (trx: Db, notice: StoredNotice, actor: Actor) => Promise<T>,
): Promise<{ notice: StoredNotice; prepared: T | undefined }> {
  return db.transaction().execute(async (trx) => {
    const notice = await findNotice(trx, id, scope, { lock: true });
    if (!notice) throw new NoticeNotFound();
    const to = nextStatus(action, notice.status);
    if (!to) throw new InvalidTransition(notice.status, action);
    const actor = actorOf(user);
    const prepared = prepare ? await prepare(trx, notice, actor) : undefined;
    await changeNotice(trx, notice, { action, to, ...change }, actor);
    return {
      notice: { ...notice, status: to, recipient: change.recipient ?? notice.recipient },
      prepared,
    };
  });
}

/** A municipality someone names as recipient: it must exist today (a merged code is refused, 422). */
export function namedMunicipality(code: string, field: string, catalog: ReferenceCatalog): Municipality {
  const today = todayInNetherlands();
  const found = catalog.municipality(code);
  if (found && isValidOn(found, today)) return found;
  throw new UnknownMunicipality(code, field, catalog.resolveMunicipality(code, today));
}

/** A new recipient must differ from the current one and not have this notice already. */
export async function checkNewRecipient(trx: Db, n: StoredNotice, recipient: string): Promise<void> {
  if (recipient === n.recipient) throw new SameMunicipality();
  if (await hasTwin(trx, n, recipient)) throw new AlreadyDelivered(recipient);
}

/** From delivered or read to acknowledged. */
export async function acknowledge(db: Db, user: User, box: Box, id: number): Promise<StoredNotice> {
  const { notice } = await act(db, user, id, boxScope(box, user), 'acknowledge', {});
  return notice;
}

/**
 * Acknowledges several notices of `user`'s box, each in its own transaction with
 * its own history row, so one that may not be acknowledged (out of reach, or in a
 * state that does not allow it) is reported and does not undo the others.
 */
export async function acknowledgeMany(
  db: Db,
  user: User,
  box: Box,
  ids: readonly number[],
): Promise<{
  acknowledged: StoredNotice[];
  refused: { id: number; reason: 'not-found' | 'invalid-state'; status: StoredNotice['status'] | null }[];
}> {
  const acknowledged: StoredNotice[] = [];
  const refused: {
    id: number;
    reason: 'not-found' | 'invalid-state';
    status: StoredNotice['status'] | null;
  }[] = [];
  for (const id of ids) {
    try {
      acknowledged.push(await acknowledge(db, user, box, id));
    } catch (error) {
      if (error instanceof NoticeNotFound) refused.push({ id, reason: 'not-found', status: null });
      else if (error instanceof InvalidTransition)
        refused.push({ id, reason: 'invalid-state', status: error.from });
      else throw error;
    }
  }
  return { acknowledged, refused };
}

/**
 * A BIJ notice to another municipality: it becomes forwarded, and the other
 * municipality gets a delivered copy, linked to it, with the reason in the
 * copy's history. Returns the notice and the id of the copy.
 */
export async function forward(
  db: Db,
  catalog: ReferenceCatalog,
  user: User,
  id: number,
  { municipalityCode, reason }: ForwardBody,
): Promise<{ notice: StoredNotice; copy: number | undefined }> {
  const target = namedMunicipality(municipalityCode, 'municipalityCode', catalog);
  if (target.code === user.organisation) throw new ForwardToOwnMunicipality();
  const { notice, prepared } = await act(
    db,
    user,
    id,
    boxScope('bij', user),
    'forward',
    { forwardedTo: target.code, reason },
    async (trx, n, actor) => {
      const copy = await insertForwardedCopy(trx, n, target.code, actor, reason);
      if (copy === undefined) throw new AlreadyDelivered(target.code);
      return copy;
    },
  );
  return { notice, copy: prepared };
}

/** Justid's check of a BIJ notice's municipality: confirm it, or change it with a reason. */
export async function review(
  db: Db,
  catalog: ReferenceCatalog,
  user: User,
  id: number,
  decision: ReviewDecision,
): Promise<StoredNotice> {
  const change =
    decision.decision === 'change'
      ? {
          recipient: namedMunicipality(decision.municipalityCode, 'municipalityCode', catalog).code,
          reason: decision.reason,
        }
      : undefined;
  const { notice } = await act(
    db,
    user,
    id,
    'review',
    decision.decision,
    change ?? {},
    change ? (trx, n) => checkNewRecipient(trx, n, change.recipient) : undefined,
  );
  return notice;
}

/** A notice from the operations queue, routed by hand to a municipality, with the reason. */
export async function routeByHand(
  db: Db,
  catalog: ReferenceCatalog,
  user: User,
  id: number,
  { recipient, reason }: RouteBody,
): Promise<StoredNotice> {
  const target = namedMunicipality(recipient, 'recipient', catalog);
  const { notice } = await act(db, user, id, 'queue', 'route', { recipient: target.code, reason }, (trx, n) =>
    checkNewRecipient(trx, n, target.code),
  );
  return notice;
}
