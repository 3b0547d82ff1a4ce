/**
 * Resolving a session cookie to its user on every request, without a
 * database round trip each time: a resolved session is trusted for a few
 * seconds, and its idle timeout is extended at most once a minute. A logout
 * on this process takes effect at once; on another process of a scaled-out
 * deployment within `trustMs`.
 */
import type { Db } from '../platform/db.ts';
import { deleteSession, type Session, touchSession } from './store.ts';

export interface SessionPolicy {
  sessionIdleMinutes: number;
  sessionMaxMinutes: number;
}

export interface SessionResolver {
  resolve(id: string): Promise<Session | undefined>;
  end(id: string): Promise<void>;
  /**
   * Drops what this process trusts of a user's sessions, so a change to the
   * user (deactivation, a reset, a new password) holds from the next request.
   */
  forgetUser(userId: number): void;
}

const TRUST_MS = 5_000;
const MAX_CACHED = 10_000;

export function sessionResolver(db: Db, policy: SessionPolicy, trustMs = TRUST_MS): SessionResolver {
  const cache = new Map<string, { session: Session; checkedAt: number }>();
  return {
    async resolve(id) {
      const now = Date.now();
      const cached = cache.get(id);
      if (cached && now - cached.checkedAt < trustMs && cached.session.expiresAt.getTime() > now)
        return cached.session;
      const session = await touchSession(db, id, policy.sessionIdleMinutes, policy.sessionMaxMinutes);
      if (!session) {
        cache.delete(id);
        return undefined;
      }
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(id, { session, checkedAt: now });
      return session;
    },
    async end(id) {
      cache.delete(id);
      await deleteSession(db, id);
    },
    forgetUser(userId) {
      for (const [id, entry] of cache) if (entry.session.user.id === userId) cache.delete(id);
    },
  };
}
