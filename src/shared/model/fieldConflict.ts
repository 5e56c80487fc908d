import * as v from 'valibot'
import { IdField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

const CONFLICT_RESOLUTIONS = ['', 'kept', 'restored', 'merged'] as const
export type ConflictResolution = typeof CONFLICT_RESOLUTIONS[number]

/**
 * Two devices changed one field of a record without seeing each other's change. The server applies both in its
 * order, so the later one stays (`kept`), and writes this record so the earlier one (`overwritten`) is not lost:
 * both authors see it on their devices and may bring the other back, or keep both texts. Only the server makes
 * one; a device may only say how it was settled (`resolution`), see src/server/sync/rules/conflicts.ts.
 */
export interface FieldConflict extends SyncRecord {
  entity: string
  recordId: string
  field: string
  /** The pair the record belongs to, so the pair's mentor holds the conflict with the record; '' for none. */
  pairId: string
  kept: unknown
  keptBy: string
  keptByName: string
  overwritten: unknown
  overwrittenBy: string
  overwrittenByName: string
  /** The server's time of the later write. */
  at: string
  resolution: ConflictResolution
}

export const FieldConflictObject = v.object({
  entity: v.pipe(v.string(), v.maxLength(40)),
  recordId: IdField,
  field: v.pipe(v.string(), v.maxLength(64)),
  pairId: v.union([v.literal(''), IdField]),
  kept: v.unknown(),
  keptBy: v.pipe(v.string(), v.maxLength(64)),
  keptByName: optionalText(200),
  overwritten: v.unknown(),
  overwrittenBy: v.pipe(v.string(), v.maxLength(64)),
  overwrittenByName: optionalText(200),
  at: v.pipe(v.string(), v.isoTimestamp()),
  resolution: v.picklist(CONFLICT_RESOLUTIONS),
})

export const FieldConflictFields = FieldConflictObject satisfies v.GenericSchema<unknown, RecordFields<FieldConflict>>

/** Long texts can be kept both, the later first: what «оставить оба варианта» writes. */
export function bothTexts(kept: unknown, overwritten: unknown): string | null {
  return typeof kept === 'string' && typeof overwritten === 'string' ? `${kept}\n\n${overwritten}` : null
}
