/**
 * Table types for Kysely, one interface per table, mirroring the SQL in
 * migrations/. Generated columns use `Generated<>`; `date` columns are
 * `YYYY-MM-DD` strings (see db.ts).
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface EventLogTable {
  id: Generated<number>;
  source: string;
  event_id: string;
  type: string;
  skn: string;
  occurred_at: Timestamp;
  received_at: DefaultTimestamp;
  payload: ColumnType<unknown, string, never>;
}

export interface PersonsTable {
  skn: string;
  bsn: string | null;
  surname: string;
  given_names: string;
  birth_date: string;
  gender: string;
  match_initial: string;
  registered_at: Timestamp;
  updated_at: Timestamp;
  last_event_log_id: number;
}

export interface AddressesTable {
  id: Generated<number>;
  skn: string;
  valid_from: string;
  municipality_code: string;
  street: string;
  house_number: string;
  postal_code: string;
  city: string;
  event_log_id: number;
}

export interface IdentityDeterminationsTable {
  id: Generated<number>;
  skn: string;
  method: 'fingerprints' | 'identity-document' | 'statement';
  organisation: string;
  determined_at: Timestamp;
  event_log_id: number;
}

export interface DuplicateCandidatesTable {
  id: Generated<number>;
  skn: string;
  candidate_skn: string;
  reason: 'same-bsn' | 'similar-name-same-birth-date';
  score: number;
  detected_at: DefaultTimestamp;
  status: ColumnType<'open' | 'same-person' | 'different-persons', string | undefined, string>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  source: string;
  name: string;
  token_hash: string;
  created_at: DefaultTimestamp;
  revoked_at: Timestamp | null;
}

export interface Database {
  event_log: EventLogTable;
  persons: PersonsTable;
  addresses: AddressesTable;
  identity_determinations: IdentityDeterminationsTable;
  duplicate_candidates: DuplicateCandidatesTable;
  api_tokens: ApiTokensTable;
}
