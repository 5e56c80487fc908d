import * as v from 'valibot'
import { ENTITY_NAMES } from '../sync/entityNames.ts'

const AUDIT_ACTIONS = ['create', 'update', 'delete', 'erase'] as const
export type AuditAction = typeof AUDIT_ACTIONS[number]
export const AUDIT_PAGE = 50

/** `?before=<version>&entity=<name>&record=<id>`: the page of the log older than `before`, newest first. */
export const AuditQuery = v.object({
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'invalid'), v.transform(Number))),
  entity: v.optional(v.picklist(ENTITY_NAMES)),
  record: v.optional(v.pipe(v.string(), v.maxLength(64, 'too_long'))),
})

/** One change as the log shows it: who, when, what record, which fields — never the values. */
export const AuditEntry = v.object({
  version: v.number(),
  at: v.pipe(v.string(), v.isoTimestamp()),
  userName: v.string(),
  entity: v.string(),
  recordId: v.string(),
  action: v.picklist(AUDIT_ACTIONS),
  fields: v.array(v.string()),
})
export type AuditEntry = v.InferOutput<typeof AuditEntry>

export const AuditPage = v.object({
  entries: v.array(AuditEntry),
  /** Pass as `before` for the next page; null at the log's start. */
  next: v.nullable(v.number()),
})
export type AuditPage = v.InferOutput<typeof AuditPage>
