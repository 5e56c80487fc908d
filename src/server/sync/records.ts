import type { Kysely } from 'kysely'
import type { EntityName } from '#shared/sync/mutation'
import type { Change } from '#shared/sync/protocol'
import type { Database } from '../storage/schema.ts'
import { visibleFields } from '#shared/sync/entities'

/** A record as push and pull handle it: the row with its JSON parsed. */
export interface StoredRecord {
  entity: EntityName
  id: string
  version: number
  deleted: 0 | 1
  data: Record<string, unknown>
  refId: string | null
}

export interface RecordRow {
  entity: string
  id: string
  version: number
  deleted: 0 | 1
  data: string
  ref_id: string | null
}

export const recordKey = (entity: string, id: string) => `${entity}/${id}`

const REF_FIELD: Partial<Record<EntityName, string>> = { pairs: 'mentorId', meetings: 'pairId', planItems: 'pairId', surveyResponses: 'personId' }

/** The owner a scope query looks a record up by: a pair's mentor, a meeting's or plan item's pair, a named answer's respondent. */
export function refIdOf(entity: EntityName, data: Record<string, unknown>): string | null {
  const field = REF_FIELD[entity]
  const ref = field === undefined ? null : data[field]
  return typeof ref === 'string' ? ref : null
}

export function fromRow(row: RecordRow): StoredRecord {
  // Only known entities are ever written, so the cast holds.
  return { entity: row.entity as EntityName, id: row.id, version: row.version, deleted: row.deleted, data: JSON.parse(row.data), refId: row.ref_id }
}

/**
 * The record as a device gets it. A deleted one carries no fields: the device only needs to drop it, and
 * what was in it stays on the server (counts stay auditable) instead of spreading to more phones.
 */
export function toChange(record: StoredRecord, fields: 'full' | 'mentor'): Change {
  return {
    entity: record.entity,
    id: record.id,
    version: record.version,
    deleted: record.deleted,
    fields: record.deleted ? {} : visibleFields(record.entity, record.data, fields),
  }
}

/** `toChange(…).fields` as JSON text, straight from the stored text when every field is visible. */
export function fieldsJsonOf(row: RecordRow, fields: 'full' | 'mentor'): string {
  if (row.deleted)
    return '{}'
  return fields === 'full' ? row.data : JSON.stringify(toChange(fromRow(row), fields).fields)
}

/** What a device is told of a record it may not hold, or that does not exist: drop it. */
export function goneChange(entity: EntityName, id: string): Change {
  return { entity, id, version: 0, deleted: 1, fields: {} }
}

// Well under SQLite's and PostgreSQL's limits on bound parameters, with 9 columns a row.
const CHUNK = 200

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size))
  return out
}

/** The current rows of the given records, by recordKey: one query per entity and chunk (on the primary key), not one per record. */
export async function loadRecords(db: Kysely<Database>, schoolId: string, keys: ReadonlyArray<{ entity: EntityName, id: string }>): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>()
  const idsByEntity = new Map<EntityName, Set<string>>()
  for (const { entity, id } of keys)
    idsByEntity.set(entity, (idsByEntity.get(entity) ?? new Set()).add(id))
  for (const [entity, ids] of idsByEntity) {
    for (const chunk of chunks([...ids], 500)) {
      const rows = await db.selectFrom('records')
        .select(['entity', 'id', 'version', 'deleted', 'data', 'ref_id'])
        .where('school_id', '=', schoolId)
        .where('entity', '=', entity)
        .where('id', 'in', chunk)
        .execute()
      for (const row of rows)
        found.set(recordKey(row.entity, row.id), fromRow(row))
    }
  }
  return found
}

/** Every live record of one entity in a school, by id: for a rule that looks across records (a pair's consents). */
export async function loadLive(db: Kysely<Database>, schoolId: string, entity: EntityName): Promise<Map<string, StoredRecord>> {
  const rows = await db.selectFrom('records')
    .select(['entity', 'id', 'version', 'deleted', 'data', 'ref_id'])
    .where('school_id', '=', schoolId)
    .where('entity', '=', entity)
    .where('deleted', '=', 0)
    .execute()
  return new Map(rows.map(row => [row.id, fromRow(row)]))
}

/** Writes each record's final state once, whatever number of mutations in the batch touched it. */
export async function saveRecords(db: Kysely<Database>, schoolId: string, records: readonly StoredRecord[], userId: string, now: string): Promise<void> {
  for (const chunk of chunks(records)) {
    await db.insertInto('records')
      .values(chunk.map(r => ({
        school_id: schoolId,
        entity: r.entity,
        id: r.id,
        version: r.version,
        deleted: r.deleted,
        data: JSON.stringify(r.data),
        ref_id: r.refId,
        updated_at: now,
        updated_by: userId,
      })))
      .onConflict(oc => oc.columns(['school_id', 'entity', 'id']).doUpdateSet(eb => ({
        version: eb.ref('excluded.version'),
        deleted: eb.ref('excluded.deleted'),
        data: eb.ref('excluded.data'),
        ref_id: eb.ref('excluded.ref_id'),
        updated_at: eb.ref('excluded.updated_at'),
        updated_by: eb.ref('excluded.updated_by'),
      })))
      .execute()
  }
}
