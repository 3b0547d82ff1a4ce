/**
 * Routing several notices of the operations queue at once (issue 14): the
 * operator sends, say, all of one person's notices to one municipality with
 * one reason. All of them move, or none: the notices are locked and moved in
 * one transaction, and the first one that cannot be routed undoes the rest
 * and is named in the refusal, so the operator knows which to look at.
 */
import type { User } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { nextStatus } from './box.ts';
import { actorOf, checkNewRecipient, namedMunicipality } from './box-service.ts';
import { InvalidTransition, NoticeNotFound } from './errors.ts';
import type { BulkRouteBody } from './schemas.ts';
import { changeNotice, findNotice } from './store.ts';
import type { StoredNotice } from './stored-notice.ts';

/**
 * One notice of the batch could not be routed: its own refusal (code and status), naming it.
 * An id that is no notice of the queue is bad input to this request (422), not a missing route.
 */
export class BulkRouteRefused extends DomainError {
  constructor(id: number, index: number, cause: DomainError) {
    super(
      cause.status === 404 ? 'NOTICE_NOT_IN_QUEUE' : cause.code,
      cause.status === 404 ? 422 : cause.status,
      `notice ${id} cannot be routed: ${cause.message}; nothing was routed`,
      [{ field: `/ids/${index}`, rule: cause.code, message: `notice ${id}: ${cause.message}` }],
    );
  }
}

export async function routeManyByHand(
  db: Db,
  catalog: ReferenceCatalog,
  user: User,
  { ids, recipient, reason }: BulkRouteBody,
): Promise<StoredNotice[]> {
  const target = namedMunicipality(recipient, 'recipient', catalog);
  const actor = actorOf(user);
  return db.transaction().execute(async (trx) => {
    const routed: StoredNotice[] = [];
    // In id order, so two operators routing overlapping batches lock in the same order.
    const order = ids.map((id, index) => ({ id, index })).sort((a, b) => a.id - b.id);
    for (const { id, index } of order) {
      try {
        const notice = await findNotice(trx, id, 'queue', { lock: true });
        if (!notice) throw new NoticeNotFound();
        const to = nextStatus('route', notice.status);
        if (!to) throw new InvalidTransition(notice.status, 'route');
        await checkNewRecipient(trx, notice, target.code);
        await changeNotice(trx, notice, { action: 'route', to, recipient: target.code, reason }, actor);
        routed[index] = { ...notice, status: to, recipient: target.code };
      } catch (error) {
        if (error instanceof DomainError) throw new BulkRouteRefused(id, index, error);
        throw error;
      }
    }
    return routed;
  });
}
