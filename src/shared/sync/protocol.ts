import * as v from 'valibot'
import { UUID_PATTERN } from '../ids.ts'
import { NoNul } from '../model/fields.ts'
import type { EntityName } from './entities.ts'
import type { ProblemCode, ProblemParams } from './problems.ts'

/** The client keeps each push under this many mutations and bytes, below the server's body limit. */
export const PUSH_BATCH_MAX = 500
export const PUSH_BATCH_MAX_BYTES = 512 * 1024
export const SERVER_BODY_LIMIT = 1024 * 1024
/** Rows per pull page: the client asks again while `more` is true. */
export const PULL_PAGE_ROWS = 2000

const MutationWire = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  entity: v.pipe(v.string(), v.maxLength(40), NoNul),
  id: v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id')),
  op: v.picklist(['upsert', 'delete']),
  fields: v.record(v.pipe(v.string(), v.maxLength(64), NoNul), v.unknown()),
  at: v.pipe(v.string(), v.maxLength(40)),
})

export const PushRequest = v.object({
  protocol: v.number(),
  clientId: v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id')),
  mutations: v.pipe(v.array(MutationWire), v.maxLength(PUSH_BATCH_MAX * 2)),
})
export type PushRequest = v.InferOutput<typeof PushRequest>

/** Why the server refused a mutation for good (it is acknowledged all the same). */
export type RejectionCode = 'invalid' | 'forbidden' | 'deleted' | 'unknown_entity' | 'incomplete'

export interface MutationResult {
  seq: number
  status: 'applied' | 'rejected' | 'duplicate'
  code?: RejectionCode
  /** Why, as a code the app words in its language (`problems` in its i18n), filled with `params`. */
  problem?: ProblemCode
  params?: ProblemParams
  /** Which field (dotted path) the refusal is about, when one is. */
  field?: string
  /** Protocol 1 only: the same in Russian words, for an app that predates `problem`. */
  reason?: string
}

/** A record as the server holds it now, within the caller's scope. */
export interface Change {
  entity: EntityName
  id: string
  version: number
  deleted: 0 | 1
  fields: Record<string, unknown>
}

export interface PushResponse {
  /** The highest seq of this client the server has; everything up to it may leave the outbox. */
  lastSeq: number
  results: MutationResult[]
  /** The server's copy of each record a rejected mutation touched (deleted: 1 when the caller may not hold it). */
  restore: Change[]
  /** The device lost a record its scope no longer holds: its next pull must start afresh (cursor null). */
  resetCursor?: true
}

export const PullRequest = v.object({
  protocol: v.number(),
  cursor: v.nullable(v.pipe(v.string(), v.maxLength(200))),
})
export type PullRequest = v.InferOutput<typeof PullRequest>

export interface PullResponse {
  cursor: string
  /** The caller's scope changed (or this is the first pull): drop synced records not re-sent, except pending ones. */
  reset: boolean
  changes: Change[]
  more: boolean
  /** Where this page stands among the versions to send (absent on a no-op pull): drives the progress bar. */
  position?: { from: number, at: number, head: number }
}
