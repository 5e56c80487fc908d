import * as v from 'valibot'
import { IdField, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/**
 * лучшая практика наставничества (методическая копилка): what a pair or a programme did well, told so that
 * others can repeat it. Files stay where the school keeps them; the record names them (a link or a path).
 */
export interface Practice extends SyncRecord {
  title: string
  description: string
  programId: string
  /** '' for a practice of the whole programme. */
  pairId: string
  date: string
  files: string[]
}

export const PracticeObject = v.object({
  title: v.pipe(requiredText(300), v.minLength(2, 'required')),
  description: optionalText(10_000),
  programId: IdField,
  pairId: v.union([v.literal(''), IdField]),
  date: OptionalCalendarDateField,
  files: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500, 'too_long'))), v.maxLength(20, 'too_many')),
})

export const PracticeFields = PracticeObject satisfies v.GenericSchema<unknown, RecordFields<Practice>>
