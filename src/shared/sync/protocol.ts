import * as v from 'valibot'
import { UUID_PATTERN } from '../ids.ts'
import { IdField, CleanText } from '../model/fields.ts'
import { ENTITY_NAMES } from './entityNames.ts'
import { PUSH_BATCH_MAX, SEQ_MAX } from './limits.ts'
import { PROBLEM_CODES } from '../problems.ts'

const MutationWire = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SEQ_MAX, 'out_of_range')),
  entity: v.pipe(v.string(), v.maxLength(40), CleanText),
  id: v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id')),
  op: v.picklist(['upsert', 'delete']),
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(64), CleanText), v.unknown()),
    v.description('A patch of the entity\'s fields (components Fields.<entity>): only what the user changed'),
  ),
  at: v.pipe(v.string(), v.maxLength(40)),
  seen: v.optional(v.pipe(v.string(), v.maxLength(200), v.description('The pull cursor the device had when the change was made'))),
})

const PullCursor = v.nullable(v.pipe(v.string(), v.maxLength(200)))

export const PushRequest = v.object({
  protocol: v.number(),
  clientId: v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id')),
  mutations: v.pipe(v.array(MutationWire), v.maxLength(PUSH_BATCH_MAX * 2)),
  /** The device's pull cursor, on its last batch: the answer brings the pull's first page too (`pulled`). */
  pull: v.optional(v.object({ cursor: PullCursor })),
})
export type PushRequest = v.InferOutput<typeof PushRequest>

/** Why the server refused a mutation for good (it is acknowledged all the same). */
const REJECTION_CODES = ['invalid', 'forbidden', 'deleted', 'unknown_entity', 'incomplete'] as const
export type RejectionCode = typeof REJECTION_CODES[number]

export const MutationResult = v.object({
  seq: v.number(),
  status: v.picklist(['applied', 'rejected', 'duplicate']),
  code: v.optional(v.picklist(REJECTION_CODES)),
  /** Why, as a code the app words in its language (`problems` in its i18n), filled with `params`. */
  problem: v.optional(v.picklist(PROBLEM_CODES)),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  /** Which field (dotted path) the refusal is about, when one is. */
  field: v.optional(v.string()),
  /** Protocol 1 only: the same in Russian words, for an app that predates `problem`. */
  reason: v.optional(v.string()),
})
export type MutationResult = v.InferOutput<typeof MutationResult>

/** A record as the server holds it now, within the caller's scope. */
export const Change = v.object({
  entity: v.picklist(ENTITY_NAMES),
  id: IdField,
  version: v.number(),
  deleted: v.picklist([0, 1]),
  fields: v.pipe(v.record(v.string(), v.unknown()), v.description('The record\'s fields (components Fields.<entity>); {} when deleted')),
})
export type Change = v.InferOutput<typeof Change>

export const PullRequest = v.object({
  protocol: v.number(),
  cursor: PullCursor,
})
export type PullRequest = v.InferOutput<typeof PullRequest>

export const PullResponse = v.object({
  cursor: v.pipe(v.string(), v.description('Opaque: send it back on the next pull')),
  /** The caller's scope changed (or this is the first pull): drop synced records not re-sent, except pending ones. */
  reset: v.boolean(),
  changes: v.array(Change),
  more: v.boolean(),
  /** Where this page stands among the versions to send (absent on a no-op pull): drives the progress bar. */
  position: v.optional(v.object({ from: v.number(), at: v.number(), head: v.number() })),
})
export type PullResponse = v.InferOutput<typeof PullResponse>

export const PushResponse = v.object({
  /** The highest seq of this client the server has; everything up to it may leave the outbox. */
  lastSeq: v.number(),
  results: v.array(MutationResult),
  /**
   * The server's copy of each record a rejected mutation touched (deleted: 1 when the caller may not hold it), and
   * a deletion of each applied one the caller no longer holds (a meeting made before its pair was handed on).
   */
  restore: v.array(Change),
  /** The device lost a record its scope no longer holds: its next pull must start afresh (cursor null). */
  resetCursor: v.optional(v.literal(true)),
  /**
   * The pull's page from the cursor the push asked from (or from none, with `resetCursor`), read after the push
   * was written: a mentor's day goes out and comes back in one round trip.
   */
  pulled: v.optional(PullResponse),
})
export type PushResponse = v.InferOutput<typeof PushResponse>

/** A pull page without its changes: what the streamed form of a page (`PULL_STREAM_TYPE`) sends first. */
export type PullHead = Omit<PullResponse, 'changes'>
