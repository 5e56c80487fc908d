import type { Kysely } from 'kysely'
import type { Role } from '#shared/roles'
import type { ScopeSet } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { ProblemCode, ProblemParams } from '#shared/problems'
import type { PushRequest, RejectionCode } from '#shared/sync/protocol'
import type { StoredRecord } from '../records/row.ts'
import type { Database } from '../storage/schema.ts'

/** The types the generic sync (push, apply, scope, pull) and the entities' rule modules share. */

export type Db = Kysely<Database>
export type WireMutation = PushRequest['mutations'][number]

export interface ScopeOwner {
  schoolId: string
  role: Role
  personId: string | null
}

export type ScopeSets = Record<ScopeSet, Set<string>>

/** Fields the server derives for a person's device on records of an entity, by id (never stored, never pushed). */
export type Overlays = Partial<Record<EntityName, Map<string, Record<string, unknown>>>>

/**
 * What of a school a user's devices may hold (DESIGN.md, Sync protocol → Scope): `school`, everything
 * (curator, observer); `person`, the sets the rule modules' scope hooks fill for a mentor or mentee, each
 * entity held by the registry's scope rule; `none` (region: its screens do not sync records). The fingerprint
 * changes exactly when the sets change, which is what turns a pull into a reset.
 */
export type Scope
  = | { kind: 'school', fingerprint: string }
    | { kind: 'person', fingerprint: string, sets: ScopeSets, overlays: Overlays }
    | { kind: 'none', fingerprint: string }

export interface Rejection {
  code: RejectionCode
  problem: ProblemCode
  params?: ProblemParams
  field?: string
}

/** What one mutation does: a new state of its record (to be versioned and written), nothing, or a refusal. */
export type Outcome
  = | { status: 'applied', record: Omit<StoredRecord, 'version'> | null }
    | ({ status: 'rejected' } & Rejection)

export function refusal(code: RejectionCode, problem: ProblemCode, field?: string, params?: ProblemParams): Rejection {
  return { code, problem, ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params }) }
}

export const reject = (rejection: Rejection): Outcome => ({ status: 'rejected', ...rejection })

/** One push's decider: who pushes, with what scope, on which calendar day, and the live records rules read. */
export interface Batch {
  owner: ScopeOwner
  /** The account that pushes. */
  userId: string
  /** Its name: what the server itself writes where a record says who typed it in. */
  userName: string
  scope: Scope
  today: string
  /** The server's time of the push, ISO. */
  now: string
  /** Live records of the entities some rule `reads`, by id, following the batch as it is applied. */
  live: Map<EntityName, Map<string, StoredRecord>>
}

/** An entity's rule for one batch, over what it loaded for it. Each hook is optional. */
export interface Judge {
  /** Replaces the generic decision entirely (the entity's writers are `respondent`). */
  decide?: (current: StoredRecord | undefined, mutation: WireMutation) => Outcome
  /** Before anything else of an upsert or a delete the caller may make: a refusal, or null to go on. */
  guard?: (current: StoredRecord | undefined, mutation: WireMutation) => Rejection | null
  /** After the schema check: what the server fills in of a new record (the upsert's `current` is undefined). */
  complete?: (data: Record<string, unknown>, current: StoredRecord | undefined) => Record<string, unknown>
  /** Whether the pusher led this owner (a pair) when the change was made, though it is no longer theirs. */
  heldWhenMade?: (ownerId: string, mutation: WireMutation) => boolean
  /** After the schema check: a refusal of the record the upsert makes (from `current`, if any), or null. */
  check?: (data: Record<string, unknown>, mutation: WireMutation, current: StoredRecord | undefined) => Rejection | null
}

/**
 * What an entity needs beyond its registry entry (src/shared/sync/entities.ts), registered in `rules/index.ts`.
 * `scope` hooks run in registration order for a mentor's or mentee's scope, each filling sets, then `overlay`s;
 * `reads` are loaded into the batch's `live` once for a batch with this entity in it; `judge` is built then.
 */
export interface EntityRule {
  scope?: (db: Db, owner: ScopeOwner & { personId: string }, sets: ScopeSets) => Promise<void>
  /**
   * After every scope hook: fields derived for the entity's records in the scope (the pairs' consent marks on a
   * mentor's phone). They join the fingerprint, so a change of them resets the device's pull.
   */
  overlay?: (db: Db, owner: ScopeOwner & { personId: string }, sets: ScopeSets) => Promise<Map<string, Record<string, unknown>>>
  reads?: readonly EntityName[]
  judge?: (db: Db, batch: Batch) => Judge | Promise<Judge>
}
