/**
 * HTTP caching of open-data answers: ETags (from the SHA-256 of the files an
 * answer comes from, and the query), conditional requests answered with 304,
 * public caching for five minutes, and the most recently rendered pages kept
 * in memory for the next asker of the same page.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const CACHE_CONTROL = 'public, max-age=300';
/** Part of every ETag: a change to how answers are written makes every cached copy stale. */
const ANSWER_VERSION = '1';

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url').slice(0, 32);
};

/** A strong ETag over the answer version and `parts`. */
export const etagOf = (...parts: string[]) => `"${hash(ANSWER_VERSION, ...parts)}"`;

/** Whether the client's If-None-Match names this ETag (weak or strong, or `*`). */
function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Sets the caching headers; true when the answer is a 304 that has been sent. */
export function cached(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag).header('Cache-Control', CACHE_CONTROL);
  if (!matches(request, etag)) return false;
  reply.code(304).send();
  return true;
}

/** The bytes of rendered pages kept for the next asker of the same page (dashboards ask the same). */
export const ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

export interface Answer {
  body: Buffer;
  next: string | null;
  filename: string;
}

/** The most recently used answers by ETag, up to `maxBytes` of bodies. */
export function recentAnswers(maxBytes: number) {
  const kept = new Map<string, Answer>();
  let bytes = 0;
  return {
    recall(etag: string): Answer | undefined {
      const answer = kept.get(etag);
      if (answer) {
        kept.delete(etag);
        kept.set(etag, answer);
      }
      return answer;
    },
    remember(etag: string, answer: Answer): void {
      if (answer.body.length > maxBytes / 8 || kept.has(etag)) return;
      kept.set(etag, answer);
      bytes += answer.body.length;
      for (const [oldest, old] of kept) {
        if (bytes <= maxBytes) break;
        kept.delete(oldest);
        bytes -= old.body.length;
      }
    },
  };
}
