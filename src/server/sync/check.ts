import * as v from 'valibot'
import { ownFields, specOf } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { isCleanText } from '#shared/model/fields'
import { FIELD_PARAMS, isProblemCode } from '#shared/problems'
import { type Rejection, refusal } from './context.ts'

export type Verdict = { ok: true, data: Record<string, unknown> } | { ok: false, rejection: Rejection }

const keyOf = (issue: v.BaseIssue<unknown>) => issue.path?.map(p => String(p.key)).join('.') ?? ''

/**
 * A field's issue as a refusal: the schema's message code, or `invalid` for valibot's own messages, which
 * quote the refused value (a rejection is stored and shown again: it must not copy what was sent).
 */
function fieldRefusal(issue: v.BaseIssue<unknown>): Rejection {
  const field = keyOf(issue)
  return isProblemCode(issue.message)
    ? refusal('invalid', issue.message, field, FIELD_PARAMS[issue.message])
    : refusal('invalid', 'invalid', field)
}

/** The field a refusal names, as it may be stored: a path's first step, and only when the entity has it. */
export const storedField = (entity: EntityName, path: string | undefined): string | null =>
  ownFields(entity, path === undefined ? [] : [path.split('.')[0]!])[0] ?? null

function holdsBadText(value: unknown): boolean {
  if (typeof value === 'string')
    return !isCleanText(value)
  if (Array.isArray(value))
    return value.some(holdsBadText)
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, inner]) => !isCleanText(key) || holdsBadText(inner))
  return false
}

/**
 * An upsert is checked twice with the shared schemas, as the app's form checks it: the patch alone (each
 * field it carries), then the record it makes merged over the server's copy (required fields, cross-field
 * rules). What is stored is the schema's output (trimmed), so both sides hold the same value.
 */
export function checkUpsert(entity: EntityName, current: Record<string, unknown> | null, fields: Record<string, unknown>): Verdict {
  const spec = specOf(entity)
  // Anywhere in the patch, whatever the field's type: the same refusal on SQLite and PostgreSQL.
  const dirty = Object.keys(fields).find(name => holdsBadText(fields[name]))
  if (dirty !== undefined)
    return { ok: false, rejection: refusal('invalid', 'bad_characters', storedField(entity, dirty) ?? undefined) }
  const patch = v.safeParse(spec.patch, fields)
  if (!patch.success)
    return { ok: false, rejection: fieldRefusal(patch.issues[0]) }
  // Fields the patch names but the schema does not know (or bookkeeping like updatedAt) are dropped here.
  const merged = { ...current, ...(patch.output as Record<string, unknown>) }
  const full = v.safeParse(spec.full, merged)
  if (full.success)
    return { ok: true, data: full.output }

  const missing = [...new Set(full.issues.map(keyOf).filter(key => key !== '' && !(key.split('.')[0]! in merged)))]
  if (missing.length > 0)
    return { ok: false, rejection: refusal('incomplete', 'incomplete', missing[0], { fields: missing.join(', ') }) }
  return { ok: false, rejection: fieldRefusal(full.issues[0]) }
}
