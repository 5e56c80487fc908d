import * as v from 'valibot'
import { IdField } from '../model/fields.ts'
import { ENTITY_NAMES } from '../sync/entityNames.ts'

/** A refused change its author hands to the curator: the whole record as the author's device had it. */
export const HandoverRequest = v.object({
  id: IdField,
  entity: v.picklist(ENTITY_NAMES),
  recordId: v.pipe(v.string(), v.minLength(1), v.maxLength(64, 'too_long')),
  record: v.record(v.string(), v.unknown()),
  problem: v.optional(v.pipe(v.string(), v.maxLength(64, 'too_long'))),
  madeAt: v.pipe(v.string(), v.isoTimestamp()),
})
export type HandoverRequest = v.InferOutput<typeof HandoverRequest>

/** The curator's decision: entered on the author's behalf (the curator's own device writes it), or set aside. */
export const HandoverDecision = v.object({ status: v.picklist(['accepted', 'set_aside']) })

export const Handover = v.object({
  id: v.string(),
  entity: v.picklist(ENTITY_NAMES),
  recordId: v.string(),
  record: v.record(v.string(), v.unknown()),
  author: v.string(),
  problem: v.nullable(v.string()),
  madeAt: v.string(),
  sentAt: v.string(),
  /** Kept by the server when it refused the change, not handed over by its author. */
  refused: v.boolean(),
})
export type Handover = v.InferOutput<typeof Handover>
export const Handovers = v.array(Handover)
