import type { EntityName } from '#shared/sync/entityNames'
import type { Change } from '#shared/sync/protocol'
import type { RecordRow, StoredRecord } from '../records/row.ts'
import { visibleFields } from '#shared/sync/entities'
import { fromRow } from '../records/row.ts'

/** Which fields a device gets: all (curator, observer) or a person's (`personFields` of the registry). */
export type Device = 'full' | 'person'

/**
 * The record as a device gets it. A deleted one carries no fields: the device only needs to drop it, and
 * what was in it stays on the server (counts stay auditable) instead of spreading to more phones.
 */
export function toChange(record: StoredRecord, device: Device, overlay?: Record<string, unknown>): Change {
  return {
    entity: record.entity,
    id: record.id,
    version: record.version,
    deleted: record.deleted,
    fields: record.deleted ? {} : { ...visibleFields(record.entity, record.data, device), ...overlay },
  }
}

/** `toChange(…).fields` as JSON text, straight from the stored text when every field is visible. */
export function fieldsJsonOf(row: RecordRow, device: Device, overlay?: Record<string, unknown>): string {
  if (row.deleted)
    return '{}'
  return device === 'full' && !overlay ? row.data : JSON.stringify(toChange(fromRow(row), device, overlay).fields)
}

/** What a device is told of a record it may not hold, or that does not exist: drop it. */
export function goneChange(entity: EntityName, id: string): Change {
  return { entity, id, version: 0, deleted: 1, fields: {} }
}
