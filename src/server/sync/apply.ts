import type { Role } from '#shared/roles'
import type { EntityName } from '#shared/sync/mutation'
import type { PushRequest, RejectionCode } from '#shared/sync/protocol'
import type { StoredRecord } from './records.ts'
import type { Questionnaires } from '../surveys/named.ts'
import type { Scope } from './scope.ts'
import { ENTITIES } from '#shared/sync/entities'
import { decideResponse } from '../surveys/named.ts'
import { checkUpsert, lacksConsent } from './check.ts'
import { refIdOf } from './records.ts'
import { REASONS } from './reasons.ts'

export type WireMutation = PushRequest['mutations'][number]

export interface Actor {
  role: Role
  scope: Scope
  /** Loaded only for a batch with named answers in it. */
  questionnaires?: Questionnaires
  /** The school's live consents, by id, following the batch: loaded only for a curator's batch with pairs in it. */
  consents?: Map<string, StoredRecord>
}

export interface Rejection {
  code: RejectionCode
  reason: string
  field?: string
}

/** What one mutation does: a new state of its record (to be versioned and written), nothing, or a refusal. */
export type Outcome
  = | { status: 'applied', record: Omit<StoredRecord, 'version'> | null }
    | ({ status: 'rejected' } & Rejection)

export const reject = (code: RejectionCode, reason: string, field?: string): Outcome =>
  field === undefined ? { status: 'rejected', code, reason } : { status: 'rejected', code, reason, field }

/**
 * Who may write what. A curator: anything of the school. A mentor: meetings and plan items of own pairs,
 * judged by the pair the record is in now AND the pair the patch moves it to. Everyone else reads only.
 */
function refusal(actor: Actor, entity: EntityName, current: StoredRecord | undefined, mutation: WireMutation): Rejection | null {
  if (actor.role === 'curator')
    return null
  if (actor.role !== 'mentor' || actor.scope.kind !== 'person')
    return { code: 'forbidden', reason: REASONS.readOnly(actor.role) }
  if (!ENTITIES[entity].pairScoped)
    return { code: 'forbidden', reason: REASONS.mentorEntity }
  const own = actor.scope.pairIds
  // A tombstone of a never-seen id has no pair: it belongs to no one, and the `deleted` answer says enough.
  if (current && current.refId !== null && !own.has(current.refId))
    return { code: 'forbidden', reason: REASONS.foreignPair }
  if (mutation.op === 'upsert' && Object.hasOwn(mutation.fields, 'pairId')) {
    const target = mutation.fields.pairId
    if (typeof target !== 'string' || !own.has(target))
      return { code: 'forbidden', reason: REASONS.moveToForeignPair, field: 'pairId' }
  }
  return null
}

/** Decides one mutation against the record's current state (which includes earlier mutations of the batch). */
export function decide(actor: Actor, entity: EntityName, current: StoredRecord | undefined, mutation: WireMutation): Outcome {
  if (entity === 'surveyResponses')
    return decideResponse(actor, current, mutation)
  const refused = refusal(actor, entity, current, mutation)
  if (refused)
    return reject(refused.code, refused.reason, refused.field)
  // A meeting or plan item stays in its pair: moving it would leave a copy on the old mentor's phone,
  // whose scope did not change. It is deleted and recorded anew in the other pair instead.
  if (ENTITIES[entity].pairScoped && current?.refId && mutation.op === 'upsert'
    && Object.hasOwn(mutation.fields, 'pairId') && mutation.fields.pairId !== current.refId)
    return reject('invalid', REASONS.staysInPair, 'pairId')

  if (mutation.op === 'delete') {
    if (current?.deleted === 1)
      return { status: 'applied', record: null }
    // Deleting what the server never saw still leaves a tombstone, so a late upsert cannot bring it back.
    return { status: 'applied', record: current ? { ...current, deleted: 1 } : { entity, id: mutation.id, deleted: 1, data: {}, refId: null } }
  }

  // Delete wins: an edit made on a device that had not yet heard of the deletion is refused, not resurrecting.
  if (current?.deleted === 1)
    return reject('deleted', REASONS.deleted)
  // An erased card stays erased: a device that still holds the old name cannot write it back.
  if (entity === 'people' && current?.data.erased === 1)
    return reject('forbidden', REASONS.erased)
  if (entity === 'people' && mutation.fields.erased === 1)
    return reject('forbidden', REASONS.erasedByServer, 'erased')
  const verdict = checkUpsert(entity, current?.data ?? null, mutation.fields)
  if (!verdict.ok)
    return reject(verdict.code, verdict.reason, verdict.field)
  // Without loaded consents (which only a curator's pair batch has) nobody counts as consenting: refused, not let through.
  const lacking = entity === 'pairs' ? lacksConsent(verdict.data, actor.consents ?? new Map()) : null
  if (lacking)
    return reject('invalid', REASONS.noConsent(lacking), lacking)
  return { status: 'applied', record: { entity, id: mutation.id, deleted: 0, data: verdict.data, refId: refIdOf(entity, verdict.data) } }
}
