import type { EntityName } from '#shared/sync/entityNames'
import type { RecordsTable } from '../storage/schema.ts'

/** A record as push, pull and the rules handle it: the row with its JSON parsed. */
export interface StoredRecord {
  entity: EntityName
  id: string
  version: number
  deleted: 0 | 1
  data: Record<string, unknown>
  /** The registry's `owner` field of the record (a meeting's pair, a pair's mentor), indexed for scope reads. */
  refId: string | null
}

export const ROW_COLUMNS = ['entity', 'id', 'version', 'deleted', 'data', 'ref_id'] as const

/** The columns of a `records` row that push, pull and the rules read. */
export type RecordRow = Pick<RecordsTable, typeof ROW_COLUMNS[number]>

export const recordKey = (entity: string, id: string) => `${entity}/${id}`

export function fromRow(row: RecordRow): StoredRecord {
  // Only known entities are ever written, so the cast holds.
  return { entity: row.entity as EntityName, id: row.id, version: row.version, deleted: row.deleted, data: JSON.parse(row.data) as Record<string, unknown>, refId: row.ref_id }
}
