import * as v from 'valibot'
import { isCalendarDate } from '../dates.ts'
import { UUID_PATTERN } from '../ids.ts'

/** Field builders shared by every model, so a message code means the same thing everywhere. */
export const CalendarDateField = v.pipe(v.string(), v.check(isCalendarDate, 'invalid_date'))
/** A date that may be unknown: '' rather than null, so IndexedDB can still index the field. */
export const OptionalCalendarDateField = v.pipe(v.string(), v.check(d => d === '' || isCalendarDate(d), 'invalid_date'))

export function requiredText(max: number) {
  return v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, 'too_long'))
}

export function optionalText(max: number) {
  return v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'))
}

/** PostgreSQL text cannot hold U+0000: a string stored in a column of its own refuses it (record fields travel as JSON, where it is escaped). */
export const NoNul = v.check((s: string) => !s.includes('\u0000'), 'invalid')

export const IdField = v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id'))
export const IdListField = v.pipe(v.array(IdField), v.maxLength(100, 'too_many'))
export const TagListField = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200, 'too_long'))), v.maxLength(50, 'too_many'))
export const FlagField = v.picklist([0, 1])
