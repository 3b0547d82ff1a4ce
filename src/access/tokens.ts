/**
 * API tokens for source systems (TULP-GW, JVS, MITS, SKDB, CJIB). A token is
 * 256 random bits shown once at creation; only its SHA-256 hash is stored
 * (a slow password hash adds nothing for a random secret of this length).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../platform/db.ts';

const PREFIX = 'kz_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  id: number;
  source: string;
  name: string;
  /** The secret itself: shown once, never stored. */
  token: string;
}

export async function createApiToken(db: Db, source: string, name: string): Promise<CreatedToken> {
  const token = PREFIX + randomBytes(32).toString('base64url');
  const row = await db
    .insertInto('api_tokens')
    .values({ source, name, token_hash: hashToken(token) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, source, name, token };
}

export interface TokenHolder {
  tokenId: number;
  source: string;
  name: string;
}

export async function verifyApiToken(db: Db, token: string): Promise<TokenHolder | undefined> {
  if (!token.startsWith(PREFIX) || token.length > 100) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'source', 'name'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { tokenId: row.id, source: row.source, name: row.name } : undefined;
}

export async function revokeApiToken(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface TokenInfo {
  id: number;
  source: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export async function listApiTokens(db: Db): Promise<TokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'source', 'name', 'created_at', 'revoked_at'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}
