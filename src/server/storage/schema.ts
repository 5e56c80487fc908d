import type { Generated } from 'kysely'
import type { Role } from '#shared/roles'

/**
 * The tables as queries see them. Timestamps are ISO-8601 text and ids are text (UUIDv7), so SQLite
 * and PostgreSQL hold the same values and the same queries run on both.
 */
export interface Database {
  installation: InstallationTable
  schools: SchoolsTable
  users: UsersTable
  sessions: SessionsTable
  records: RecordsTable
  client_state: ClientStateTable
  rejections: RejectionsTable
  enrollments: EnrollmentsTable
  ballots: BallotsTable
  survey_answers: SurveyAnswersTable
  survey_secrets: SurveySecretsTable
  audit_log: AuditLogTable
  erasure_mentions: ErasureMentionsTable
  handovers: HandoversTable
}

/** One row, id 1, written by setup: its primary key is what makes a second setup fail, even in a race. */
interface InstallationTable {
  id: number
  created_at: string
}

interface SchoolsTable {
  id: string
  name: string
  created_at: string
  /** The per-school counter that orders every write the server makes (DESIGN.md, Sync protocol). */
  version_counter: Generated<number>
  /** Changed by every restore from backup; pull cursors carry it (migrations/0007_epoch.ts). */
  epoch: Generated<string>
  /** The version of the school's last write to what scopes are made of (migrations/0014_scope_version.ts). */
  scope_version: Generated<number>
}

interface UsersTable {
  school_id: string
  id: string
  name: string
  role: Role
  /** Unique across schools: signing in names no school. */
  login: string
  /** Null until a password is set (an account made by the curator, not yet handed over). */
  password_hash: string | null
  created_at: string
  /** The person card (people record) of a mentor's or mentee's account: what a mentor's scope hangs on. */
  person_id: string | null
  /** Set while the curator has the account disabled: it signs nobody in and its sessions were revoked. */
  disabled_at: string | null
  /** Which observer or curator this is to the school (директор, педагог-психолог); null if not given. */
  title: string | null
}

interface SessionsTable {
  /** sha256 of the bearer token: a stolen database does not sign anyone in. */
  token_hash: string
  school_id: string
  user_id: string
  created_at: string
  last_seen_at: string
  revoked_at: string | null
  /** The device, as the curator sees and revokes it (the token hash never leaves the server). */
  id: string
  device_name: string
  last_sync_at: string | null
  /** Who revoked it: the user (logout) or a curator, which the device is told as `revoked`. */
  revoked_by: string | null
  /** sha256 of the key the app sent at sign-in: the device is known to this account (auth/routes.ts). */
  device_key_hash: string | null
  /** What the browser said at sign-in, for the curator's device list (users/deviceDescription.ts). */
  user_agent: string | null
  /** Chromium's client hints (model, system version) as JSON: its User-Agent no longer carries them. */
  ua_hints: string | null
}

/** One synced record of any entity; `data` is its fields as JSON (without id, version, deleted). */
export interface RecordsTable {
  school_id: string
  entity: string
  id: string
  /** From the school's counter: orders every write, and is what a pull cursor counts. */
  version: number
  deleted: 0 | 1
  data: string
  /** The registry's owner field, which scope queries use: a pair's mentorId, a meeting's pairId…; null if none. */
  ref_id: string | null
  updated_at: string
  updated_by: string
}

/** The highest seq applied per device (client id): what makes a push exactly-once. */
interface ClientStateTable {
  school_id: string
  client_id: string
  user_id: string
  last_seq: number
  /** `last_seq` before the device's latest push (migrations/0015_client_seq_before.ts). */
  seq_before: number
  updated_at: string
}

/** Mutations refused for good, kept for curators and audit. */
export interface RejectionsTable {
  school_id: string
  id: string
  client_id: string
  user_id: string
  seq: number
  entity: string
  record_id: string
  code: string
  field: string | null
  /** The problem code and its params as JSON (null in rows stored before codes, which have only `reason`). */
  problem: string | null
  params: string | null
  /** The refusal in Russian words, as protocol 1 shows it. */
  reason: string
  at: string
}

/** One-time codes that enroll a device for a user (a mentor's phone has no password). */
interface EnrollmentsTable {
  /** sha256 of the normalised code; global, since the code names no school. */
  code_hash: string
  school_id: string
  user_id: string
  created_at: string
  expires_at: string
  used_at: string | null
}

/** A printed card's right to answer one campaign once. No person, no account: see surveys/README.md. */
interface BallotsTable {
  school_id: string
  campaign_id: string
  /** sha256 of the normalised card code; global lookups, since the phone names no school. */
  code_hash: string
  created_at: string
  used_at: string | null
}

/** An anonymous answer: write-only (no pull reads it), aggregated by surveys/results. */
interface SurveyAnswersTable {
  school_id: string
  campaign_id: string
  /** HMAC of the card code with the school's secret (surveys/codes.ts): links a card's entry and exit answers. */
  pseudonym: string
  template_version: number
  /** JSON of the checked answers by item key. */
  answers: string
  received_at: string
  /** Its place among the school's anonymous answers (`survey_secrets.last_seq`); 0 until the school has a secret. */
  seq: Generated<number>
}

/** Per school: the key of its card pseudonyms, which never leaves the server, and the last answer's place. */
interface SurveySecretsTable {
  school_id: string
  secret: string
  last_seq: Generated<number>
  created_at: string
}

/** Who changed which record, when, and which fields (names only, never values): see migrations/0004_audit.ts. */
export interface AuditLogTable {
  school_id: string
  /** The version the write took: unique in the school, and the log's order. */
  version: number
  at: string
  user_id: string
  entity: string
  record_id: string
  action: 'create' | 'update' | 'delete' | 'erase'
  /** JSON array of the field names the change carried. */
  fields: string
  /** The device that made it (a push's client id); null for the server's own writes and older rows. */
  client_id: string | null
}

/** Where an erased person's name stood in a record's free text at erasure: positions, never words (migrations/0009_erasure.ts). */
export interface ErasureMentionsTable {
  school_id: string
  person_id: string
  entity: string
  record_id: string
  /** Dotted path of the text in the record's data: `notes`, `sections.results`, `requests.2`. */
  path: string
  /** The record's version when the name was found: a later write of the field takes it off the list. */
  version: number
  start: number
  length: number
}

/** A refused change its author handed to the curator (migrations/0010_handovers.ts). */
interface HandoversTable {
  school_id: string
  id: string
  user_id: string
  author: string
  entity: string
  record_id: string
  /** The record's own fields as JSON: nothing a device made up is kept. */
  record: string
  problem: string | null
  made_at: string
  sent_at: string
  status: Generated<'open' | 'accepted' | 'set_aside'>
  resolved_by: string | null
  resolved_at: string | null
}
