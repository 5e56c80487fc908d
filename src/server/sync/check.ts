import type { EntityName } from '#shared/sync/mutation'
import type { RejectionCode } from '#shared/sync/protocol'
import * as v from 'valibot'
import { type Consent, consentedPeople, pairLacksConsent } from '#shared/model/consent'
import { ENTITIES } from '#shared/sync/entities'
import type { StoredRecord } from './records.ts'
import { fieldReason, REASONS } from './reasons.ts'

export type Verdict
  = | { ok: true, data: Record<string, unknown> }
    | { ok: false, code: Extract<RejectionCode, 'invalid' | 'incomplete'>, field: string, reason: string }

const keyOf = (issue: v.BaseIssue<unknown>) => issue.path?.map(p => String(p.key)).join('.') ?? ''

/**
 * An upsert is checked twice with the shared schemas, as the app's form checks it: the patch alone (each
 * field it carries), then the record it makes merged over the server's copy (required fields, cross-field
 * rules). What is stored is the schema's output (trimmed), so both sides hold the same value.
 */
export function checkUpsert(entity: EntityName, current: Record<string, unknown> | null, fields: Record<string, unknown>): Verdict {
  const spec = ENTITIES[entity]
  const patch = v.safeParse(spec.patch, fields)
  if (!patch.success) {
    const issue = patch.issues[0]
    const field = keyOf(issue)
    return { ok: false, code: 'invalid', field, reason: fieldReason(field, issue.message) }
  }
  // Fields the patch names but the schema does not know (or bookkeeping like updatedAt) are dropped here.
  const merged = { ...current, ...(patch.output as Record<string, unknown>) }
  const full = v.safeParse(spec.full, merged)
  if (full.success)
    return { ok: true, data: full.output as Record<string, unknown> }

  const missing = full.issues.map(keyOf).filter(key => key !== '' && !(key.split('.')[0]! in merged))
  if (missing.length > 0)
    return { ok: false, code: 'incomplete', field: missing[0]!, reason: REASONS.incomplete([...new Set(missing)]) }
  const issue = full.issues[0]
  const field = keyOf(issue)
  return { ok: false, code: 'invalid', field, reason: fieldReason(field, issue.message) }
}

/**
 * No consent, no pairing (DESIGN.md, Consent; the pair form applies the same rule): an active pair's mentor
 * and every mentee need a consent in force. An ended pair is not checked, so a pair can still be closed after
 * a consent is withdrawn. Returns the field that lacks one.
 */
export function lacksConsent(pair: Record<string, unknown>, consents: ReadonlyMap<string, StoredRecord>): 'mentorId' | 'menteeIds' | null {
  const inForce = consentedPeople([...consents.values()].map(c => ({ ...c.data as Pick<Consent, 'personId' | 'withdrawnDate'>, deleted: c.deleted })))
  return pairLacksConsent(pair as Parameters<typeof pairLacksConsent>[0], inForce)
}
