import type { Change, MutationResult, PushRequest, PushResponse, RejectionCode } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { InTransaction } from '../storage/groupCommit.ts'
import type { Write } from '../storage/dialect.ts'
import type { RejectionsTable } from '../storage/schema.ts'
import type { Stamp } from '../records/read.ts'
import type { StoredRecord } from '../records/row.ts'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { ownFields } from '#shared/sync/entities'
import { type EntityName, isEntityName } from '#shared/sync/entityNames'
import { isProblemCode, type ProblemParams, russianProblem } from '#shared/problems'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { keepRefused, type RefusedChange } from '../handovers/store.ts'
import { loadRecords } from '../records/read.ts'
import { recordKey } from '../records/row.ts'
import { chunks } from '../storage/chunks.ts'
import { type RecordWrite, versionedWrites, type Writer } from '../records/write.ts'
import { claimDevice } from './claim.ts'
import { decide } from './apply.ts'
import { ConflictFinder } from './conflicts.ts'
import { loadReads } from './reads.ts'
import { storedField } from './check.ts'
import { goneChange, toChange } from './changes.ts'
import type { Batch, Db, Judge, Rejection, WireMutation } from './context.ts'
import { refusal } from './context.ts'
import { RULES } from './rules/index.ts'
import { deviceOf, holds, loadScope, overlayOf, type ScopeCache } from './scope.ts'
import { type PushStage, transactionStage } from './stage.ts'

type Known = WireMutation & { entity: EntityName }

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

/** What a push writes, gathered to be committed at once (`PushStage.commit`). */
class PushWrites {
  readonly writes: Write[] = []
  movesScope = false

  /** The changes at versions from `first` on, as `commitVersioned` writes them; returns their versions. */
  versioned(db: Db, writer: Writer, changes: readonly RecordWrite[], first: number): number[] {
    if (!changes.length)
      return []
    const { versions, writes, movesScope } = versionedWrites(db, writer, changes, first)
    this.writes.push(...writes)
    this.movesScope ||= movesScope
    return versions
  }
}

/**
 * The server's copy of each rejected record, for the device to put back. A record that exists but that
 * the caller may no longer hold goes as deleted — and then the device's cursor is no longer the truth
 * about what it holds: if its scope later returns to the same fingerprint (a pair handed away and back),
 * no reset would resend that record. So the device is told to start its next pull afresh.
 */
async function restoreOf(trx: Db, auth: AuthContext, state: Map<string, StoredRecord>, records: ReadonlyArray<{ entity: EntityName, id: string }>): Promise<{ restore: Change[], resetCursor: boolean }> {
  if (!records.length)
    return { restore: [], resetCursor: false }
  // The whole scope: what a device is sent back carries the fields the server derives for it.
  const scope = await loadScope(trx, auth)
  let resetCursor = false
  const restore = records.map(({ entity, id }): Change => {
    const record = state.get(recordKey(entity, id))
    if (record && holds(scope, entity, id, record.refId))
      return toChange(record, deviceOf(scope), overlayOf(scope, entity, id))
    resetCursor ||= record !== undefined
    return goneChange(entity, id)
  })
  return { restore, resetCursor }
}

/** The batch's deciders: for each entity it has, the rule's judge over what the rules read of the school (`reads.ts`). */
async function judgesFor(trx: Db, batch: Batch, known: readonly Known[], state: ReadonlyMap<string, StoredRecord>, kept: { cache: ScopeCache, stamp: Stamp } | undefined): Promise<Map<EntityName, Judge>> {
  const entities = new Set(known.map(m => m.entity))
  await loadReads(trx, batch, new Set([...entities].flatMap(entity => RULES[entity]?.reads ?? [])), known, state, kept)
  const judges = new Map<EntityName, Judge>()
  for (const entity of entities)
    judges.set(entity, await RULES[entity]?.judge?.(trx, batch) ?? {})
  return judges
}

/** The refusal in the Russian words protocol 1 shows as they come; kept in the stored row too, for whoever reads it. */
const russianReason = ({ problem, params, field }: Rejection) => russianProblem(problem, params, field)

const resultOf = (seq: number, rejection: Rejection, legacy: boolean): MutationResult =>
  ({ seq, status: 'rejected', ...rejection, ...(legacy ? { reason: russianReason(rejection) } : {}) })

/**
 * Decides the new mutations, in seq order, and gathers their writes into `out`; `state` follows the batch, so a
 * later one sees an earlier one.
 */
async function applyFresh(stage: PushStage, auth: AuthContext, request: PushRequest, fresh: readonly WireMutation[], now: string, scopes: ScopeCache | undefined, out: PushWrites): Promise<Applied> {
  const trx = stage.db
  // Taken first: the lock on the school's counter serialises its writers before anything is read.
  const { first, stamp } = await stage.claim.reserve(fresh.length)
  const scope = await (scopes?.load(trx, auth, 'sets', stamp) ?? loadScope(trx, auth, 'sets'))
  const batch: Batch = { owner: auth, userId: auth.userId, userName: auth.userName, scope, today: localCalendarDate(), now, live: new Map() }
  const known = fresh.filter((m): m is Known => isEntityName(m.entity))
  const state = await stage.records(known)
  const judges = await judgesFor(trx, batch, known, state, scopes && { cache: scopes, stamp })
  const conflicts = await ConflictFinder.start(trx, auth.schoolId, request.clientId, known, state)
  const writes: RecordWrite[] = []
  const outcomes = new Map<WireMutation, MutationResult>()
  const rejections: RejectionsTable[] = []
  const refusedChanges: RefusedChange[] = []
  const rejected = new Map<string, { entity: EntityName, id: string }>()
  const handedOn: Array<{ entity: EntityName, id: string }> = []
  const legacy = request.protocol < PROTOCOL_VERSION

  for (const mutation of fresh) {
    const { seq } = mutation
    if (!isEntityName(mutation.entity)) {
      const rejection = refusal('unknown_entity', 'unknown_entity', undefined, { entity: mutation.entity })
      outcomes.set(mutation, resultOf(seq, rejection, legacy))
      rejections.push(rejectionRow(auth, request.clientId, mutation, rejection, now))
      continue
    }
    const key = recordKey(mutation.entity, mutation.id)
    const current = state.get(key)
    const outcome = decide(batch, judges.get(mutation.entity) ?? {}, mutation.entity, current, mutation)
    if (outcome.status === 'applied') {
      if (outcome.record) {
        // Patches apply in server order (each write takes the next version), so the last writer wins per field.
        const record = { ...outcome.record, version: 0 }
        conflicts.applied(mutation as Known, current, record)
        state.set(key, record)
        writes.push({ record: outcome.record, action: actionOf(mutation, current), fields: ownFields(mutation.entity, Object.keys(mutation.fields)) })
        // A record a rule reads (a consent signed earlier in the batch) counts for the mutations after it.
        batch.live.get(record.entity)?.set(record.id, record)
        // A former mentor's meeting is kept in the pair handed on: the device gives up its copy.
        if (!holds(batch.scope, record.entity, record.id, record.refId))
          handedOn.push({ entity: record.entity, id: record.id })
      }
      outcomes.set(mutation, { seq, status: 'applied' })
      continue
    }
    const { status: _, ...rejection } = outcome
    outcomes.set(mutation, resultOf(seq, rejection, legacy))
    const row = rejectionRow(auth, request.clientId, mutation, rejection, now)
    rejections.push(row)
    // The record as the change would have made it, for the curator's list of refused changes.
    if (mutation.op === 'upsert')
      refusedChanges.push({ rejectionId: row.id, entity: mutation.entity, recordId: mutation.id, record: { ...(current?.deleted === 0 ? current.data : {}), ...mutation.fields }, problem: rejection.problem, madeAt: mutation.at })
    rejected.set(key, { entity: mutation.entity, id: mutation.id })
  }

  const writer = { schoolId: auth.schoolId, userId: auth.userId, now, clientId: request.clientId }
  const versions = out.versioned(trx, writer, writes, first)
  writes.forEach(({ record }, i) => state.set(recordKey(record.entity, record.id), { ...record, version: versions[i]! }))
  // After the writes, so each conflict's version is above the write it tells of.
  const found = await conflicts.records(trx, auth, now)
  out.versioned(trx, writer, found, found.length ? await stage.versions(found.length) : 0)
  out.writes.push(...chunks(rejections, 100).map(chunk => trx.insertInto('rejections').values(chunk)), ...keepRefused(trx, auth, refusedChanges, now))

  // The server's copy after the whole batch, so the device can put back what it had changed locally.
  return { outcomes, ...await restoreOf(trx, auth, state, [...rejected.values(), ...handedOn]) }
}

/**
 * A mutation re-sent after its answer was lost: if it was rejected, the device never learnt it, so the
 * rejection (kept in `rejections`) and the server's copy of the record are given again.
 */
async function reportAgain(trx: Db, auth: AuthContext, request: PushRequest, duplicates: ReadonlySet<WireMutation>): Promise<Applied> {
  const outcomes = new Map<WireMutation, MutationResult>()
  const seqs = [...duplicates].map(m => m.seq)
  const rows = seqs.length
    ? await trx.selectFrom('rejections').select(['seq', 'code', 'problem', 'params', 'reason', 'field'])
        .where('school_id', '=', auth.schoolId).where('client_id', '=', request.clientId).where('seq', 'in', seqs).execute()
    : []
  if (!rows.length)
    return { outcomes, restore: [], resetCursor: false }
  const bySeq = new Map(rows.map(row => [row.seq, row]))
  const again = [...duplicates].filter((m): m is Known => bySeq.has(m.seq) && isEntityName(m.entity))
  for (const mutation of again)
    outcomes.set(mutation, storedResult(mutation.seq, bySeq.get(mutation.seq)!, request.protocol < PROTOCOL_VERSION))
  const state = await loadRecords(trx, auth.schoolId, again)
  return { outcomes, ...await restoreOf(trx, auth, state, again) }
}

/** A rejection as it was stored; one stored before problem codes has only its Russian words. */
function storedResult(seq: number, row: Pick<RejectionsTable, 'code' | 'problem' | 'params' | 'reason' | 'field'>, legacy: boolean): MutationResult {
  const code = row.code as RejectionCode
  const field = row.field ?? undefined
  if (row.problem === null || !isProblemCode(row.problem))
    return { seq, status: 'rejected', code, reason: row.reason, ...(field === undefined ? {} : { field }) }
  const params = row.params === null ? undefined : JSON.parse(row.params) as ProblemParams
  return resultOf(seq, refusal(code, row.problem, field, params), legacy)
}

/**
 * Applies a push in ONE transaction: the writes, the rejections and the device's new lastSeq commit together
 * (on SQLite, in a savepoint of a transaction shared with the pushes that arrived with it). `scopes` keeps the pusher's scope between pushes (the server's routes give one; a demo's pushes need none).
 */
export function push(inTransaction: InTransaction, auth: AuthContext, request: PushRequest, scopes?: ScopeCache): Promise<PushResponse> {
  return inTransaction(async (trx) => {
    const now = new Date().toISOString()
    const claim = await claimDevice(trx, auth, request.clientId, request.mutations.map(m => m.seq), now)
    const response = await pushOn(transactionStage(trx, auth.schoolId, claim), auth, request, now, scopes)
    if (!response)
      throw new Error('a push in a transaction was refused its commit')
    return response
  })
}

/**
 * A push on a stage that holds its device (`stage.claim`): decides the batch, reads what the device is given back,
 * then commits the writes at once. Null when the stage could not commit (a guarded push whose school moved on).
 */
export async function pushOn(stage: PushStage, auth: AuthContext, request: PushRequest, now: string, scopes: ScopeCache | undefined): Promise<PushResponse | null> {
  const seqs = request.mutations.map(m => m.seq)
  const { lastSeq } = stage.claim
  const { fresh, duplicates } = partition(request.mutations, lastSeq)
  const out = new PushWrites()
  const applied = fresh.length > 0
    ? await applyFresh(stage, auth, request, fresh, now, scopes, out)
    : { outcomes: new Map<WireMutation, MutationResult>(), restore: [], resetCursor: false }
  const repeated = await reportAgain(stage.db, auth, request, duplicates)
  if (!await stage.commit(out.writes, out.movesScope))
    return null
  const outcomes = new Map([...applied.outcomes, ...repeated.outcomes])
  const restore = [...applied.restore, ...repeated.restore]

  const results = request.mutations.map(m => outcomes.get(m) ?? { seq: m.seq, status: 'duplicate' as const })
  const response: PushResponse = { lastSeq: Math.max(lastSeq, ...seqs), results, restore }
  if (applied.resetCursor || repeated.resetCursor)
    response.resetCursor = true
  return response
}

function actionOf(mutation: WireMutation, before: StoredRecord | undefined): RecordWrite['action'] {
  return mutation.op === 'delete' ? 'delete' : before && !before.deleted ? 'update' : 'create'
}

/** The stored refusal names a field only when the entity has it: a name the device made up is not kept. */
function rejectionRow(auth: AuthContext, clientId: string, mutation: WireMutation, rejection: Rejection, at: string): RejectionsTable {
  const field = isEntityName(mutation.entity) ? storedField(mutation.entity, rejection.field) : null
  return {
    school_id: auth.schoolId,
    id: uuidv7(),
    client_id: clientId,
    user_id: auth.userId,
    seq: mutation.seq,
    entity: mutation.entity,
    record_id: mutation.id,
    code: rejection.code,
    field,
    problem: rejection.problem,
    params: rejection.params === undefined ? null : JSON.stringify(rejection.params),
    reason: russianReason({ ...rejection, field: field ?? undefined }),
    at,
  }
}
