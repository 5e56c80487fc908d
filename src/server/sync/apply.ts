import type { StoredRecord } from '../records/row.ts'
import { ownerOf, specOf } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { checkUpsert } from './check.ts'
import { type Batch, type Judge, type Outcome, type Rejection, reject, refusal, type WireMutation } from './context.ts'

/**
 * Who may write what, from the registry's `writers`. A curator: anything of the school but what only its
 * respondent writes. A mentor: `pairMentor` entities of own pairs, judged by the pair the record is in now AND
 * the pair the patch moves it to; a pair handed on since counts as own for what was made before. Everyone else
 * reads only.
 */
function permission(batch: Batch, judge: Judge, entity: EntityName, current: StoredRecord | undefined, mutation: WireMutation): Rejection | null {
  const { writers, owner, scope } = specOf(entity)
  const { role } = batch.owner
  if (role === 'curator' && writers !== 'respondent')
    return null
  if (role !== 'mentor' || batch.scope.kind !== 'person')
    return refusal('forbidden', 'read_only_role', undefined, { role })
  if (writers !== 'pairMentor' || owner === undefined || scope === 'school')
    return refusal('forbidden', 'mentor_entity')
  // The owners the mentor holds: for a `pairMentor` entity, the mentor's own pairs, and those that were when the change was made.
  const sets = batch.scope.sets[scope.set]
  const own = (ref: string) => sets.has(ref) || (judge.heldWhenMade?.(ref, mutation) ?? false)
  // A tombstone of a never-seen id has no pair: it belongs to no one, and the `deleted` answer says enough.
  if (current && current.refId !== null && !own(current.refId))
    return refusal('forbidden', 'foreign_pair')
  if (mutation.op === 'upsert' && Object.hasOwn(mutation.fields, owner)) {
    const target = mutation.fields[owner]
    if (typeof target !== 'string' || !own(target))
      return refusal('forbidden', 'move_to_foreign_pair', owner)
  }
  return null
}

/**
 * A record found through its owner stays with it: moving a meeting to another pair would leave a copy on the
 * old mentor's phone, whose scope did not change. It is deleted and recorded anew in the other pair instead.
 */
function movesOwner(entity: EntityName, current: StoredRecord | undefined, mutation: WireMutation): Rejection | null {
  const { scope, owner } = specOf(entity)
  if (scope === 'school' || scope.by !== 'owner' || owner === undefined || !current?.refId || mutation.op !== 'upsert')
    return null
  return Object.hasOwn(mutation.fields, owner) && mutation.fields[owner] !== current.refId ? refusal('invalid', 'stays_in_pair', owner) : null
}

/** Decides one mutation against the record's current state (which includes earlier mutations of the batch). */
export function decide(batch: Batch, judge: Judge, entity: EntityName, current: StoredRecord | undefined, mutation: WireMutation): Outcome {
  if (judge.decide)
    return judge.decide(current, mutation)
  const refused = permission(batch, judge, entity, current, mutation) ?? movesOwner(entity, current, mutation)
  if (refused)
    return reject(refused)
  const guarded = judge.guard?.(current, mutation)
  if (guarded)
    return reject(guarded)

  if (mutation.op === 'delete') {
    if (current?.deleted === 1)
      return { status: 'applied', record: null }
    // Deleting what the server never saw still leaves a tombstone, so a late upsert cannot bring it back.
    return { status: 'applied', record: current ? { ...current, deleted: 1 } : { entity, id: mutation.id, deleted: 1, data: {}, refId: null } }
  }

  // Delete wins: an edit made on a device that had not yet heard of the deletion is refused, not resurrecting.
  if (current?.deleted === 1)
    return reject(refusal('deleted', 'record_deleted'))
  const verdict = checkUpsert(entity, current?.data ?? null, mutation.fields)
  if (!verdict.ok)
    return reject(verdict.rejection)
  const data = judge.complete?.(verdict.data, current) ?? verdict.data
  const checked = judge.check?.(data, mutation, current)
  if (checked)
    return reject(checked)
  return { status: 'applied', record: { entity, id: mutation.id, deleted: 0, data, refId: ownerOf(entity, data) } }
}
