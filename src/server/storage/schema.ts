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
}

/** One row, id 1, written by setup: its primary key is what makes a second setup fail, even in a race. */
export interface InstallationTable {
  id: number
  created_at: string
}

export interface SchoolsTable {
  id: string
  name: string
  created_at: string
  /** The per-school counter that orders every write the server makes (DESIGN.md, Sync protocol). */
  version_counter: Generated<number>
}

export interface UsersTable {
  school_id: string
  id: string
  name: string
  role: Role
  /** Unique across schools: signing in names no school. */
  login: string
  /** Null until a password is set (an account made by the curator, not yet handed over). */
  password_hash: string | null
  created_at: string
}

export interface SessionsTable {
  /** sha256 of the bearer token: a stolen database does not sign anyone in. */
  token_hash: string
  school_id: string
  user_id: string
  created_at: string
  last_seen_at: string
  revoked_at: string | null
}
