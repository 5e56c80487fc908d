import type { Kysely, Transaction } from 'kysely'
import type { EntityName } from '#shared/sync/mutation'
import type { Change, MutationResult, PushRequest, PushResponse, RejectionCode } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database, RejectionsTable } from '../storage/schema.ts'
import type { Actor, WireMutation } from './apply.ts'
import type { StoredRecord } from './records.ts'
import type { Scope } from './scope.ts'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { isEntityName } from '#shared/sync/entities'
import type { AuditNote } from '../audit/log.ts'
import { writeAudit } from '../audit/log.ts'
import { forbidden } from '../auth/guard.ts'
import { forUpdate } from '../storage/dialect.ts'
import { loadQuestionnaires } from '../surveys/named.ts'
import { decide } from './apply.ts'
import { chunks, goneChange, loadLive, loadRecords, recordKey, saveRecords, toChange } from './records.ts'
import { REASONS } from './reasons.ts'
import { fieldsFor, holds, loadScope } from './scope.ts'

type Known = WireMutation & { entity: EntityName }

/**
 * Takes this device's row in client_state (locked to commit on PostgreSQL) and returns its last seq. A new
 * device's row is made first, so that two pushes of one new device queue on it instead of both seeing
 * "nothing applied yet".
 */
async function claimClient(trx: Transaction<Database>, kind: DbKind, auth: AuthContext, clientId: string, now: string): Promise<number> {
  const read = () => forUpdate(trx.selectFrom('client_state')
    .select(['user_id', 'last_seq'])
    .where('school_id', '=', auth.schoolId)
    .where('client_id', '=', clientId), kind)
    .executeTakeFirst()
  let state = await read()
  if (!state) {
    await trx.insertInto('client_state')
      .values({ school_id: auth.schoolId, client_id: clientId, user_id: auth.userId, last_seq: 0, updated_at: now })
      .onConflict(oc => oc.columns(['school_id', 'client_id']).doNothing())
      .execute()
    state = await read()
  }
  if (state?.user_id !== auth.userId)
    throw forbidden('Этот идентификатор клиента принадлежит другому пользователю')
  return state.last_seq
}

/**
 * Reserves `count` versions at once and returns the first. On PostgreSQL the row lock this takes is held to
 * commit, so pushes of one school commit in version order and a pull that read the counter can never miss a
 * version that commits later.
 */
export async function reserveVersions(trx: Transaction<Database>, schoolId: string, count: number): Promise<number> {
  const { version_counter } = await trx.updateTable('schools')
    .set(eb => ({ version_counter: eb('version_counter', '+', count) }))
    .where('id', '=', schoolId)
    .returning('version_counter')
    .executeTakeFirstOrThrow()
  return version_counter - count + 1
}

/** Splits a batch into what was applied before (seq ≤ lastSeq, or a seq repeated in the batch) and what is new, in seq order. */
function partition(mutations: readonly WireMutation[], lastSeq: number): { fresh: WireMutation[], duplicates: Set<WireMutation> } {
  const seen = new Set<number>()
  const fresh: WireMutation[] = []
  const duplicates = new Set<WireMutation>()
  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq || seen.has(mutation.seq))
      duplicates.add(mutation)
    else fresh.push(mutation)
    seen.add(mutation.seq)
  }
  fresh.sort((a, b) => a.seq - b.seq)
  return { fresh, duplicates }
}

interface Applied {
  outcomes: Map<WireMutation, MutationResult>
  restore: Change[]
  /** A restore took away a record that exists but left the caller's scope (see `restoreOf`). */
  resetCursor: boolean
}

/**
 * The server's copy of each rejected record, for the device to put back. A record that exists but that
 * the caller may no longer hold goes as deleted — and then the device's cursor is no longer the truth
 * about what it holds: if its scope later returns to the same fingerprint (a pair handed away and back),
 * no reset would resend that record. So the device is told to start its next pull afresh.
 */
function restoreOf(state: Map<string, StoredRecord>, scope: Scope, records: ReadonlyArray<{ entity: EntityName, id: string }>): { restore: Change[], resetCursor: boolean } {
  let resetCursor = false
  const restore = records.map(({ entity, id }): Change => {
    const record = state.get(recordKey(entity, id))
    if (record && holds(scope, entity, id, record.refId))
      return toChange(record, fieldsFor(scope))
    resetCursor ||= record !== undefined
    return goneChange(entity, id)
  })
  return { restore, resetCursor }
}

/** Decides and writes the new mutations, in seq order; `state` follows the batch, so a later one sees an earlier one. */
async function applyFresh(trx: Transaction<Database>, auth: AuthContext, clientId: string, fresh: readonly WireMutation[], now: string): Promise<Applied> {
  let next = await reserveVersions(trx, auth.schoolId, fresh.length)
  const scope = await loadScope(trx, auth)
  const actor: Actor = { role: auth.role, scope }
  if (scope.kind === 'person' && fresh.some(m => m.entity === 'surveyResponses'))
    actor.questionnaires = await loadQuestionnaires(trx, auth.schoolId, scope, localCalendarDate())
  if (auth.role === 'curator' && fresh.some(m => m.entity === 'pairs' && m.op === 'upsert'))
    actor.consents = await loadLive(trx, auth.schoolId, 'consents')
  const state = await loadRecords(trx, auth.schoolId, fresh.filter((m): m is Known => isEntityName(m.entity)))
  const dirty = new Map<string, StoredRecord>()
  const outcomes = new Map<WireMutation, MutationResult>()
  const rejections: RejectionsTable[] = []
  const rejected = new Map<string, { entity: EntityName, id: string }>()
  const audit: AuditNote[] = []

  for (const mutation of fresh) {
    const { seq } = mutation
    if (!isEntityName(mutation.entity)) {
      const reason = REASONS.unknownEntity(mutation.entity)
      outcomes.set(mutation, { seq, status: 'rejected', code: 'unknown_entity', reason })
      rejections.push(rejectionRow(auth, clientId, mutation, 'unknown_entity', reason, undefined, now))
      continue
    }
    const key = recordKey(mutation.entity, mutation.id)
    const current = state.get(key)
    const outcome = decide(actor, mutation.entity, current, mutation)
    if (outcome.status === 'applied') {
      if (outcome.record) {
        // Each write takes the next version: patches apply in server order, so the last writer wins per field.
        const record = { ...outcome.record, version: next++ }
        state.set(key, record)
        dirty.set(key, record)
        audit.push(auditNote(mutation.entity, mutation, record.version, current))
        // A consent signed (or withdrawn) earlier in the batch counts for the pairs after it.
        if (record.entity === 'consents')
          actor.consents?.set(record.id, record)
      }
      outcomes.set(mutation, { seq, status: 'applied' })
      continue
    }
    const { code, reason, field } = outcome
    outcomes.set(mutation, field === undefined ? { seq, status: 'rejected', code, reason } : { seq, status: 'rejected', code, reason, field })
    rejections.push(rejectionRow(auth, clientId, mutation, code, reason, field, now))
    rejected.set(key, { entity: mutation.entity, id: mutation.id })
  }

  await saveRecords(trx, auth.schoolId, [...dirty.values()], auth.userId, now)
  await writeAudit(trx, auth.schoolId, auth.userId, now, audit)
  for (const chunk of chunks(rejections, 100))
    await trx.insertInto('rejections').values(chunk).execute()

  // The server's copy after the whole batch, so the device can put back what it had changed locally.
  return { outcomes, ...restoreOf(state, actor.scope, [...rejected.values()]) }
}

/**
 * A mutation re-sent after its answer was lost: if it was rejected, the device never learnt it, so the
 * rejection (kept in `rejections`) and the server's copy of the record are given again.
 */
async function reportAgain(trx: Transaction<Database>, auth: AuthContext, clientId: string, duplicates: ReadonlySet<WireMutation>): Promise<Applied> {
  const outcomes = new Map<WireMutation, MutationResult>()
  const seqs = [...duplicates].map(m => m.seq)
  const rows = seqs.length
    ? await trx.selectFrom('rejections').select(['seq', 'code', 'reason', 'field'])
        .where('school_id', '=', auth.schoolId).where('client_id', '=', clientId).where('seq', 'in', seqs).execute()
    : []
  if (!rows.length)
    return { outcomes, restore: [], resetCursor: false }
  const bySeq = new Map(rows.map(row => [row.seq, row]))
  const again = [...duplicates].filter((m): m is Known => bySeq.has(m.seq) && isEntityName(m.entity))
  for (const mutation of again) {
    const { reason, field } = bySeq.get(mutation.seq)!
    const code = bySeq.get(mutation.seq)!.code as RejectionCode
    outcomes.set(mutation, field === null ? { seq: mutation.seq, status: 'rejected', code, reason } : { seq: mutation.seq, status: 'rejected', code, reason, field })
  }
  const scope = await loadScope(trx, auth)
  const state = await loadRecords(trx, auth.schoolId, again)
  return { outcomes, ...restoreOf(state, scope, again) }
}

/** Applies a push in ONE transaction: the writes, the rejections and the device's new lastSeq commit together. */
export function push(db: Kysely<Database>, kind: DbKind, auth: AuthContext, request: PushRequest): Promise<PushResponse> {
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString()
    const lastSeq = await claimClient(trx, kind, auth, request.clientId, now)
    const { fresh, duplicates } = partition(request.mutations, lastSeq)
    const applied = fresh.length > 0
      ? await applyFresh(trx, auth, request.clientId, fresh, now)
      : { outcomes: new Map<WireMutation, MutationResult>(), restore: [], resetCursor: false }
    const repeated = await reportAgain(trx, auth, request.clientId, duplicates)
    const outcomes = new Map([...applied.outcomes, ...repeated.outcomes])
    const restore = [...applied.restore, ...repeated.restore]

    const newLastSeq = Math.max(lastSeq, ...request.mutations.map(m => m.seq))
    if (newLastSeq > lastSeq) {
      await trx.updateTable('client_state')
        .set({ last_seq: newLastSeq, updated_at: now })
        .where('school_id', '=', auth.schoolId)
        .where('client_id', '=', request.clientId)
        .execute()
    }
    const results = request.mutations.map(m => outcomes.get(m) ?? { seq: m.seq, status: 'duplicate' as const })
    const response: PushResponse = { lastSeq: newLastSeq, results, restore }
    if (applied.resetCursor || repeated.resetCursor)
      response.resetCursor = true
    return response
  })
}

/** What the log keeps of an applied mutation: its kind and the names of the fields it carried. */
function auditNote(entity: EntityName, mutation: WireMutation, version: number, before: StoredRecord | undefined): AuditNote {
  const action = mutation.op === 'delete' ? 'delete' : before && !before.deleted ? 'update' : 'create'
  return { version, entity, recordId: mutation.id, action, fields: Object.keys(mutation.fields).sort() }
}

function rejectionRow(auth: AuthContext, clientId: string, mutation: WireMutation, code: RejectionCode, reason: string, field: string | undefined, at: string): RejectionsTable {
  return {
    school_id: auth.schoolId,
    id: uuidv7(),
    client_id: clientId,
    user_id: auth.userId,
    seq: mutation.seq,
    entity: mutation.entity,
    record_id: mutation.id,
    code,
    field: field ?? null,
    reason,
    at,
  }
}
