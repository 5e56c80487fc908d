import * as v from 'valibot'
import { ENTITY_NAMES } from '../sync/entities.ts'

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'erase'] as const
export type AuditAction = typeof AUDIT_ACTIONS[number]
export const AUDIT_PAGE = 50

/** `?before=<version>&entity=<name>&record=<id>`: the page of the log older than `before`, newest first. */
export const AuditQuery = v.object({
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'invalid'), v.transform(Number))),
  entity: v.optional(v.picklist(ENTITY_NAMES)),
  record: v.optional(v.pipe(v.string(), v.maxLength(64, 'too_long'))),
})

/** One change as the log shows it: who, when, what record, which fields — never the values. */
export interface AuditEntry {
  version: number
  at: string
  userName: string
  entity: string
  recordId: string
  action: AuditAction
  fields: string[]
}

export interface AuditPage {
  entries: AuditEntry[]
  /** Pass as `before` for the next page; null at the log's start. */
  next: number | null
}
