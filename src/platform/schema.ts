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
  fact_hash: string;
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
  event_log_id: number;
  skn: string;
  valid_from: string;
  municipality_code: string;
  street: string;
  house_number: string;
  postal_code: string;
  city: string;
}

export interface IdentityDeterminationsTable {
  event_log_id: number;
  skn: string;
  method: 'fingerprints' | 'identity-document' | 'statement';
  organisation: string;
  determined_at: Timestamp;
}

export interface DuplicateCandidatesTable {
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

export interface DetentionEpisodesTable {
  id: number;
  skn: string;
  sector: 'GW' | 'JJI' | 'TBS';
  admitted_on: string;
  /** TitleVersion[] of the detention module (contract 1.1: titles over time). */
  titles: ColumnType<unknown[], string, string>;
  planned_end_date: string | null;
  institution: string;
  status: 'detained' | 'escaped' | 'released';
  release_scheduled_on: string | null;
  risk18b: ColumnType<string[] | null, string | null, string | null>;
  conditional_termination_on: string | null;
  dr_plan_shared: boolean;
  released_on: string | null;
  last_event_log_id: number;
}

export interface DetentionStaysTable {
  id: number;
  episode_id: number;
  skn: string;
  institution: string;
  from_date: string;
  until_date: string | null;
}

export interface DetentionTimelineTable {
  id: number;
  episode_id: number;
  skn: string;
  type: string;
  on_date: string;
  occurred_at: Timestamp;
  institution: string;
  details: ColumnType<Record<string, unknown>, string, string>;
}

export interface OrganisationsTable {
  code: string;
  name: string;
  kind: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  organisation: string;
  roles: string[];
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: DefaultTimestamp;
  /** Since migration 0016. */
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface ProcessingLogTable {
  id: Generated<number>;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation: string;
  processing_activity_id: string;
  started_at: Timestamp;
  ended_at: Timestamp;
  status: 'ok' | 'error';
  subject_pseudonym: string;
  prev_hash: string;
  hash: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  trace_id: string;
  span_id: string;
  at: Timestamp;
  user_id: number | null;
  username: string;
  organisation: string;
  roles: string[];
  action: string;
  prev_hash: string;
  hash: string;
}

/** A hash chain of the processing or audit log; rows from `keyed_from` on carry keyed hashes. */
export interface LogChainsTable {
  chain: string;
  keyed_from: number;
}

export interface VictimRegistrationsTable {
  event_log_id: number;
  skn: string;
  case_number: string;
  victim_reference: string;
  registered_at: Timestamp;
}

export interface NoticesTable {
  id: Generated<number>;
  event_log_id: number;
  skn: string;
  box: 'bij' | 'reintegration' | 'victims';
  type: string;
  recipient: string | null;
  routing_exception: string | null;
  victim_reference: string | null;
  legal_basis: string;
  rule_set: string;
  created_at: DefaultTimestamp;
  status: 'awaiting-review' | 'delivered' | 'read' | 'acknowledged' | 'forwarded';
  forwarded_from: ColumnType<number | null, number | null | undefined, number | null>;
  supersedes: ColumnType<string | null, string | null | undefined, string | null>;
  late: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface NoticeHistoryTable {
  id: Generated<number>;
  notice_id: number;
  at: DefaultTimestamp;
  action: 'confirm' | 'change' | 'route' | 'open' | 'acknowledge' | 'forward' | 'forwarded-in';
  user_id: number | null;
  username: string;
  organisation: string;
  from_status: string | null;
  to_status: string;
  from_recipient: string | null;
  to_recipient: string | null;
  reason: string | null;
}

export interface NoticeTombstonesTable {
  id: number;
  box: string;
  type: string;
  recipient: string | null;
  routing_exception: string | null;
  legal_basis: string;
  rule_set: string;
  created_at: Timestamp;
  status: ColumnType<'expired', 'expired' | undefined, never>;
  status_at_expiry: string;
  forwarded_from: number | null;
  expired_at: Timestamp;
}

export interface NoticeDecisionsTable {
  event_log_id: number;
  box: string;
  reason: string;
  rule_set: string;
  /** Since migration 0015 (older rows filled by 0017); null for a decision made before in words no code has. */
  notice_type: ColumnType<string | null, string | null | undefined, string | null>;
  reasons: ColumnType<unknown[] | null, string | null | undefined, string | null>;
}

export interface AlertOutboxTable {
  notice_id: number;
  recipient: string;
  box: 'bij' | 'reintegration' | 'victims';
  delivered_at: DefaultTimestamp;
}

/**
 * The progress of a queued e-mail, the same in both e-mail queues (alert
 * deliveries and lock notices); each names its lease columns its own way.
 */
export interface QueuedMailColumns {
  status: ColumnType<
    'queued' | 'sent' | 'failed' | 'skipped',
    'queued' | undefined,
    'queued' | 'sent' | 'failed' | 'skipped'
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  skip_reason: string | null;
  created_at: DefaultTimestamp;
  sent_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface AlertDeliveriesTable extends QueuedMailColumns {
  id: Generated<number>;
  user_id: number;
  organisation: string;
  box: 'bij' | 'reintegration' | 'victims';
  notice_count: number;
  locked_by: string | null;
  locked_until: Timestamp | null;
}

export interface AlertDeliveryNoticesTable {
  delivery_id: number;
  notice_id: number;
}

export interface LoginThrottleTable {
  user_id: number;
  client: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface LoginLockNoticesTable extends QueuedMailColumns {
  id: Generated<number>;
  user_id: number;
  locked_at: Timestamp;
  lock_ends_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
}

export interface EventConflictsTable {
  id: Generated<number>;
  source: string;
  event_id: string;
  event_log_id: number | null;
  differing_fields: ColumnType<string[], string, never>;
  channel: 'api' | 'file';
  detected_at: DefaultTimestamp;
}

export interface ParticipationsTable {
  id: Generated<number>;
  municipality_code: string;
  box: 'bij' | 'reintegration';
  valid_from: string;
  authorisation_reference: string | null;
  authorisation_date: string | null;
  registered_at: DefaultTimestamp;
  registered_by_user_id: number | null;
  registered_by: string;
}

export interface ParticipationEndsTable {
  participation_id: number;
  valid_until: string;
  reason: string;
  ended_at: DefaultTimestamp;
  ended_by_user_id: number | null;
  ended_by: string;
}

export interface Database {
  event_log: EventLogTable;
  event_conflicts: EventConflictsTable;
  persons: PersonsTable;
  addresses: AddressesTable;
  identity_determinations: IdentityDeterminationsTable;
  duplicate_candidates: DuplicateCandidatesTable;
  api_tokens: ApiTokensTable;
  detention_episodes: DetentionEpisodesTable;
  detention_stays: DetentionStaysTable;
  detention_timeline: DetentionTimelineTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  processing_log: ProcessingLogTable;
  audit_log: AuditLogTable;
  log_chains: LogChainsTable;
  victim_registrations: VictimRegistrationsTable;
  notices: NoticesTable;
  notice_decisions: NoticeDecisionsTable;
  notice_history: NoticeHistoryTable;
  notice_tombstones: NoticeTombstonesTable;
  alert_outbox: AlertOutboxTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_notices: AlertDeliveryNoticesTable;
  login_throttle: LoginThrottleTable;
  login_lock_notices: LoginLockNoticesTable;
  participations: ParticipationsTable;
  participation_ends: ParticipationEndsTable;
}
