/**
 * Authentication of source systems: `Authorization: Bearer <token>`. Declared
 * per route as a preHandler, so a route is protected because it says so, not
 * because of its URL.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.ts';
import { AuthError } from '../platform/errors.ts';
import { type TokenHolder, verifyApiToken } from './tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    sourceSystem?: TokenHolder;
  }
}

export function requireSourceToken(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const holder = match?.[1] ? await verifyApiToken(db, match[1]) : undefined;
    if (!holder) {
      reply.header('WWW-Authenticate', 'Bearer realm="ketenzicht"');
      throw new AuthError('UNAUTHENTICATED', 401, 'a valid source-system API token is required');
    }
    request.sourceSystem = holder;
  };
}
