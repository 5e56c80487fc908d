import { type Kysely, sql } from 'kysely'
import type { PushRequest, PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { Database } from '../storage/schema.ts'
import type { Write } from '../storage/dialect.ts'
import { isEntityName } from '#shared/sync/entityNames'
import { fromRow, recordKey, type RecordRow, type StoredRecord } from '../records/row.ts'
import { ownedBy } from './claim.ts'
import { pushOn } from './push.ts'
import { type ScopeCache, StagedScopes } from './scope.ts'
import type { PushStage } from './stage.ts'

/** What one statement reads for a push: the school's counter and stamp, the device's row, the records named (none: nulls). */
interface ReadRow extends Nullable<RecordRow> {
  version_counter: number
  epoch: string
  scope_version: number
  user_id: string | null
  last_seq: number | null
}

type Nullable<T> = { [K in keyof T]: T[K] | null }

interface Read {
  counter: number
  epoch: string
  scopeVersion: number
  device: { userId: string, lastSeq: number } | null
  records: Map<string, StoredRecord>
}

/** A batch bigger than a day's work (a first upload, a curator's import) takes its transaction: one statement holds it badly. */
const GUARDED_AT_MOST = 100

/**
 * How long a school whose guard failed takes the lock first: its writers are many at once, and the guard would fail
 * again. Into one school with 40 devices at once, a second let a burst of guards fail each second, and pushes fell
 * below those of the transaction (227–298/s against 279–380); ten seconds keep them level (307–311 against 305–358).
 */
const CONTENDED_MS = 10_000

async function readForPush(db: Kysely<Database>, schoolId: string, clientId: string, request: PushRequest): Promise<Read | null> {
  const known = request.mutations.filter(m => isEntityName(m.entity))
  const { rows } = await sql<ReadRow>`select s.version_counter, s.epoch, s.scope_version, c.user_id, c.last_seq,
      r.entity, r.id, r.version, r.deleted, r.data, r.ref_id
    from schools s
    left join client_state c on c.school_id = ${schoolId} and c.client_id = ${clientId}
    left join records r on r.school_id = ${schoolId}
      and (r.entity, r.id) in (select * from unnest(${known.map(m => m.entity)}::text[], ${known.map(m => m.id)}::text[]))
    where s.id = ${schoolId}`.execute(db)
  const [first] = rows
  if (!first)
    return null
  const records = new Map<string, StoredRecord>()
  for (const row of rows) {
    if (row.entity !== null && row.id !== null)
      records.set(recordKey(row.entity, row.id), fromRow(row as RecordRow))
  }
  const device = first.user_id === null || first.last_seq === null ? null : { userId: first.user_id, lastSeq: first.last_seq }
  return { counter: first.version_counter, epoch: first.epoch, scopeVersion: first.scope_version, device, records }
}

/** What a push read and what it takes: the guard of its one statement. */
interface Guard {
  schoolId: string
  clientId: string
  /** The device's seq and the school's counter and epoch as read. */
  lastSeq: number
  counter: number
  epoch: string
  /** The batch's highest seq, and the versions it took. */
  upTo: number
  taken: number
  now: string
}

/**
 * The push's writes in ONE statement, each in a WITH, guarded: the device's seq and the school's counter and epoch
 * must be those the push read, or `push_guard` (migration 0016) fails the statement and nothing is written. The counter
 * moves by the versions the push took, and the scope's stamp with it when a scope input was written.
 */
async function commitGuarded(db: Kysely<Database>, guard: Guard, writes: readonly Write[], movesScope: boolean): Promise<boolean> {
  const { schoolId, clientId, upTo, now, taken } = guard
  const scopeVersion = movesScope ? sql`version_counter + ${taken}` : sql`scope_version`
  try {
    await sql`with "claimed" as (update client_state set seq_before = last_seq, last_seq = greatest(last_seq, ${upTo}), updated_at = ${now}
        where school_id = ${schoolId} and client_id = ${clientId} and last_seq = ${guard.lastSeq} returning 1),
      "counted" as (update schools set version_counter = version_counter + ${taken}, scope_version = ${scopeVersion}
        where id = ${schoolId} and version_counter = ${guard.counter} and epoch = ${guard.epoch} returning 1)
      ${writes.length ? sql`, ${sql.join(writes.map((write, i) => sql`${sql.ref(`write${i}`)} as (${write})`))}` : sql``}
      select push_guard(exists (select from "claimed") and exists (select from "counted")) as held`.execute(db)
    return true
  } catch (error) {
    if ((error as { code?: unknown }).code === '40001')
      return false
    throw error
  }
}

/**
 * Pushes on PostgreSQL in two round trips after the session's: one statement reads the device, the school's
 * counter and the records the batch names; the rules decide on them (reading more if they must, on the same
 * school, which nothing changed as long as its counter stands); one guarded statement writes it all. Where a
 * transaction takes five (BEGIN, the claim, the records, the writes, COMMIT), and holds the school's lock over
 * four of them. When a writer of the school came in between, the guard fails and the push is made again in its
 * transaction, as are a new device's, a large batch's, and for ten seconds those of a school whose guard failed.
 */
export class GuardedPushes {
  readonly #contended = new Map<string, number>()

  constructor(private readonly db: Kysely<Database>) {}

  /** The push's answer, or null when it must take its transaction (`push` in push.ts). */
  async push(auth: AuthContext, request: PushRequest, scopes: ScopeCache): Promise<PushResponse | null> {
    if (request.mutations.length > GUARDED_AT_MOST || this.#contendedNow(auth.schoolId))
      return null
    const read = await readForPush(this.db, auth.schoolId, request.clientId, request)
    if (!read?.device)
      return null
    ownedBy(auth, read.device.userId)
    const now = new Date().toISOString()
    const { device, counter, epoch } = read
    const upTo = Math.max(0, ...request.mutations.map(m => m.seq))
    const guard: Guard = { schoolId: auth.schoolId, clientId: request.clientId, lastSeq: device.lastSeq, counter, epoch, upTo, taken: 0, now }
    const stamp = { epoch: read.epoch, scopeVersion: read.scopeVersion }
    const take = (count: number) => {
      const first = counter + guard.taken + 1
      guard.taken += count
      return first
    }
    const stage: PushStage = {
      db: this.db,
      claim: { lastSeq: device.lastSeq, reserve: count => Promise.resolve({ first: take(count), stamp }) },
      records: keys => Promise.resolve(new Map(keys.flatMap(({ entity, id }) => {
        const record = read.records.get(recordKey(entity, id))
        return record ? [[recordKey(entity, id), record] as const] : []
      }))),
      versions: count => Promise.resolve(take(count)),
      commit: (writes, movesScope) => commitGuarded(this.db, guard, writes, movesScope),
    }
    const staged = new StagedScopes(scopes)
    const response = await pushOn(stage, auth, request, now, staged)
    if (response)
      staged.publish()
    else this.#contended.set(auth.schoolId, Date.now())
    return response
  }

  #contendedNow(schoolId: string): boolean {
    const since = this.#contended.get(schoolId)
    if (since === undefined)
      return false
    if (Date.now() - since < CONTENDED_MS)
      return true
    this.#contended.delete(schoolId)
    return false
  }
}
