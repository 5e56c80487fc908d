import type { Kysely } from 'kysely'
import type { RecordFields } from '#shared/model/record'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import { chunks } from '../storage/chunks.ts'
import { prepared } from '../storage/prepared.ts'
import { fromRow, recordKey, ROW_COLUMNS, type StoredRecord } from './row.ts'
import { type Arm, armsQuery } from './window.ts'

type Db = Kysely<Database>

const recordsByIds = prepared((db: Db, schoolId: string, entity: EntityName, ids: string[]) => db.selectFrom('records').select(ROW_COLUMNS)
  .where('school_id', '=', schoolId).where('entity', '=', entity).where('id', 'in', ids))

/** The current rows of the given records, by recordKey: one query per entity and chunk (on the primary key), not one per record. */
export async function loadRecords(db: Db, schoolId: string, keys: ReadonlyArray<{ entity: EntityName, id: string }>): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>()
  const idsByEntity = new Map<EntityName, Set<string>>()
  for (const { entity, id } of keys)
    idsByEntity.set(entity, (idsByEntity.get(entity) ?? new Set()).add(id))
  for (const [entity, ids] of idsByEntity) {
    for (const chunk of chunks([...ids], 500)) {
      const rows = await recordsByIds(db, schoolId, entity, chunk)
      for (const row of rows)
        found.set(recordKey(row.entity, row.id), fromRow(row))
    }
  }
  return found
}

/** Which live records of an entity to read: all, those of some ids, or those of some owners (`ref_id`). */
export type Filter = { ids: readonly string[] } | { owner: string } | { owners: readonly string[] } | undefined

/** Every live record of one entity in a school (or those the filter names), as stored. */
export async function loadLive(db: Db, schoolId: string, entity: EntityName, filter?: Filter): Promise<StoredRecord[]> {
  if (filter && 'ids' in filter) {
    const found = await loadRecords(db, schoolId, filter.ids.map(id => ({ entity, id })))
    return [...found.values()].filter(r => r.deleted === 0)
  }
  const live = () => db.selectFrom('records').select(ROW_COLUMNS)
    .where('school_id', '=', schoolId).where('entity', '=', entity).where('deleted', '=', 0)
  if (filter && 'owners' in filter) {
    const rows = []
    for (const chunk of chunks([...new Set(filter.owners)], 500))
      rows.push(...await live().where('ref_id', 'in', chunk).execute())
    return rows.map(fromRow)
  }
  const rows = await live().$if(filter !== undefined, q => q.where('ref_id', '=', filter!.owner)).execute()
  return rows.map(fromRow)
}

/**
 * The live records several arms lead to (the ids of one entity, the owners of another) in one statement per 500
 * keys of each arm, not one per arm: a push's people and their consents are one round trip.
 */
export async function loadLiveByArms(db: Db, schoolId: string, arms: readonly Arm[]): Promise<StoredRecord[]> {
  const rows = []
  const longest = Math.max(0, ...arms.map(arm => arm.keys.length))
  for (let start = 0; start < longest; start += 500) {
    const query = armsQuery(db, schoolId, arms.map(arm => ({ ...arm, keys: arm.keys.slice(start, start + 500) })), true)
    rows.push(...await query?.execute() ?? [])
  }
  return rows.map(fromRow)
}

/** Every record of one entity in a school, deleted ones too (erasure rewrites those as well). */
export async function loadEvery(db: Db, schoolId: string, entity: EntityName): Promise<StoredRecord[]> {
  const rows = await db.selectFrom('records').select(ROW_COLUMNS).where('school_id', '=', schoolId).where('entity', '=', entity).execute()
  return rows.map(fromRow)
}

/**
 * A live record's fields with its id, typed by the registry. What is stored passed the entity's full schema
 * when it was written, so the type holds (fields added later come with schema defaults only on a new write).
 */
export type Live<E extends EntityName> = RecordFields<SyncedRecords[E]> & { id: string }

export async function liveRecords<E extends EntityName>(db: Db, schoolId: string, entity: E, filter?: Filter): Promise<Array<Live<E>>> {
  return (await loadLive(db, schoolId, entity, filter)).map(r => ({ ...r.data as RecordFields<SyncedRecords[E]>, id: r.id }))
}

/** The live records of several entities in ONE query, by entity: for readers that need a school's registries together. */
export async function liveRecordsOf<const E extends EntityName>(db: Db, schoolId: string, entities: readonly E[]): Promise<{ [K in E]: Array<Live<K>> }> {
  const rows = await db.selectFrom('records').select(ROW_COLUMNS)
    .where('school_id', '=', schoolId).where('entity', 'in', [...entities]).where('deleted', '=', 0)
    .execute()
  const byEntity = new Map<string, Array<Live<E>>>(entities.map(entity => [entity, []]))
  for (const row of rows)
    byEntity.get(row.entity)?.push({ ...fromRow(row).data as RecordFields<SyncedRecords[E]>, id: row.id })
  return Object.fromEntries(byEntity) as { [K in E]: Array<Live<K>> }
}

export async function liveRecord<E extends EntityName>(db: Db, schoolId: string, entity: E, id: string): Promise<Live<E> | null> {
  return (await liveRecords(db, schoolId, entity, { ids: [id] }))[0] ?? null
}

/**
 * What a school's scopes are made of stands at: the epoch a restore changes and the version of the last write to
 * the scope's entities (`scope_version`). While both are the same, so is every scope computed from them.
 */
export interface Stamp {
  epoch: string
  scopeVersion: number
}

/** Where a school's writes stand: its counter (the newest version of its records) and its stamp; the pull cursor carries the counter and the epoch. */
export interface Head extends Stamp {
  counter: number
}

export async function readHead(db: Db, schoolId: string): Promise<Head> {
  const school = await db.selectFrom('schools').select(['version_counter', 'epoch', 'scope_version']).where('id', '=', schoolId).executeTakeFirstOrThrow()
  return { counter: school.version_counter, epoch: school.epoch, scopeVersion: school.scope_version }
}
