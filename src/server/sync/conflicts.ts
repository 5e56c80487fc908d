import type { Kysely } from 'kysely'
import { uuidv7 } from '#shared/ids'
import type { FieldConflict } from '#shared/model/fieldConflict'
import type { RecordFields } from '#shared/model/record'
import { ownerOf, ownFields, specOf } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { AuthContext } from '../auth/guard.ts'
import type { StoredRecord } from '../records/row.ts'
import { recordKey } from '../records/row.ts'
import type { RecordWrite } from '../records/write.ts'
import { chunks } from '../storage/chunks.ts'
import type { Database } from '../storage/schema.ts'
import type { WireMutation } from './context.ts'
import { decodeCursor } from './cursor.ts'

type Db = Kysely<Database>

/** A logged write of a record: its version, the fields it carried, and whose device made it. */
interface Write {
  version: number
  fields: readonly string[]
  clientId: string | null
  userId: string
}

interface Found {
  entity: EntityName
  recordId: string
  field: string
  before: unknown
  after: unknown
  overwrittenBy: string
  pairId: string
}

/** Entities whose fields two devices may both edit; the conflicts themselves are not one. */
const watched = (entity: EntityName) => entity !== 'conflicts' && specOf(entity).writers !== 'respondent'

/** The version of the others' writes the mutation's author had seen, if the device said. */
const seenVersion = (mutation: WireMutation): number | null => decodeCursor(mutation.seen ?? null)?.version ?? null

/**
 * Finds, during one push, the fields its device changes that another device changed since the author last pulled
 * (README.md, «Conflicts»). Whatever the order, the server applies both; this only keeps the value
 * the later write replaced, so neither author loses it. One query, and only for records written since their
 * author's pull: most pushes read nothing.
 */
export class ConflictFinder {
  private readonly found: Found[] = []

  private constructor(private readonly writes: Map<string, Write[]>, private readonly clientId: string) {}

  static async start(trx: Db, schoolId: string, clientId: string, mutations: ReadonlyArray<WireMutation & { entity: EntityName }>, state: ReadonlyMap<string, StoredRecord>): Promise<ConflictFinder> {
    const since = new Map<string, number>()
    for (const mutation of mutations) {
      const seen = seenVersion(mutation)
      const current = state.get(recordKey(mutation.entity, mutation.id))
      if (seen !== null && mutation.op === 'upsert' && watched(mutation.entity) && current && current.version > seen)
        since.set(recordKey(mutation.entity, mutation.id), Math.min(seen, since.get(recordKey(mutation.entity, mutation.id)) ?? seen))
    }
    return new ConflictFinder(await loggedWrites(trx, schoolId, since), clientId)
  }

  /** After a mutation is applied: what it overwrote of another device's, then itself as the latest write of its fields. */
  applied(mutation: WireMutation & { entity: EntityName }, before: StoredRecord | undefined, after: Omit<StoredRecord, 'version'>): void {
    const key = recordKey(mutation.entity, mutation.id)
    const fields = ownFields(mutation.entity, Object.keys(mutation.fields))
    const writes = this.writes.get(key)
    const seen = seenVersion(mutation)
    if (writes && seen !== null && before && before.deleted === 0 && mutation.op === 'upsert') {
      for (const field of fields) {
        const latest = writes.filter(write => write.version > seen && write.fields.includes(field)).at(-1)
        const [was, now] = [before.data[field], after.data[field]]
        if (latest && latest.clientId !== this.clientId && JSON.stringify(was) !== JSON.stringify(now))
          this.found.push({ entity: mutation.entity, recordId: mutation.id, field, before: was, after: now, overwrittenBy: latest.userId, pairId: pairOf(mutation.entity, after.data) })
      }
    }
    writes?.push({ version: Number.POSITIVE_INFINITY, fields, clientId: this.clientId, userId: '' })
  }

  /** The conflict records to write with the push: one per field overwritten, naming both authors. */
  async records(trx: Db, auth: AuthContext, now: string): Promise<RecordWrite[]> {
    if (this.found.length === 0)
      return []
    const names = await userNames(trx, auth.schoolId, [auth.userId, ...this.found.map(f => f.overwrittenBy)])
    return this.found.map((found): RecordWrite => {
      const data: RecordFields<FieldConflict> = {
        entity: found.entity,
        recordId: found.recordId,
        field: found.field,
        pairId: found.pairId,
        kept: found.after,
        keptBy: auth.userId,
        keptByName: names.get(auth.userId) ?? '',
        overwritten: found.before,
        overwrittenBy: found.overwrittenBy,
        overwrittenByName: names.get(found.overwrittenBy) ?? '',
        at: now,
        resolution: '',
      }
      return { record: { entity: 'conflicts', id: uuidv7(), deleted: 0, data, refId: found.pairId }, action: 'create', fields: Object.keys(data).sort() }
    })
  }
}

/** A meeting's or plan item's conflict goes with its pair to the mentor's phone; any other stays the curator's. */
const pairOf = (entity: EntityName, data: Record<string, unknown>): string =>
  specOf(entity).writers === 'pairMentor' ? ownerOf(entity, data) ?? '' : ''

/** The logged writes of these records after the given versions, oldest first, by record key. */
async function loggedWrites(trx: Db, schoolId: string, since: ReadonlyMap<string, number>): Promise<Map<string, Write[]>> {
  const writes = new Map<string, Write[]>()
  const byEntity = new Map<string, string[]>()
  for (const key of since.keys()) {
    const [entity, id] = key.split('/') as [string, string]
    byEntity.set(entity, [...byEntity.get(entity) ?? [], id])
    writes.set(key, [])
  }
  for (const [entity, ids] of byEntity) {
    for (const chunk of chunks(ids, 500)) {
      const rows = await trx.selectFrom('audit_log').select(['record_id', 'version', 'fields', 'client_id', 'user_id'])
        .where('school_id', '=', schoolId).where('entity', '=', entity).where('record_id', 'in', chunk)
        .orderBy('version')
        .execute()
      for (const row of rows) {
        const key = recordKey(entity, row.record_id)
        if (row.version > since.get(key)!)
          writes.get(key)!.push({ version: row.version, fields: JSON.parse(row.fields) as string[], clientId: row.client_id, userId: row.user_id })
      }
    }
  }
  return writes
}

async function userNames(trx: Db, schoolId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await trx.selectFrom('users').select(['id', 'name']).where('school_id', '=', schoolId).where('id', 'in', [...new Set(ids)]).execute()
  return new Map(rows.map(row => [row.id, row.name]))
}
