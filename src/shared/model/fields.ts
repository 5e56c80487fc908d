import * as v from 'valibot'
import { isCalendarDate } from '../dates.ts'
import { UUID_PATTERN } from '../ids.ts'

/** Field builders shared by every model, so a message code means the same thing everywhere. */
export const CalendarDateField = v.pipe(v.string(), v.check(isCalendarDate, 'invalid_date'))
/** A date that may be unknown: '' rather than null, so IndexedDB can still index the field. */
export const OptionalCalendarDateField = v.pipe(v.string(), v.check(d => d === '' || isCalendarDate(d), 'invalid_date'))

/**
 * U+0000, which PostgreSQL text cannot hold, and a UTF-16 surrogate without its pair, which no UTF-8 byte can
 * say: text carrying either is damaged or hostile, and is refused alike on both databases.
 */
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const isCleanText = (s: string) => !BAD_CHARACTER.test(s)

export const CleanText = v.check(isCleanText, 'bad_characters')

export function requiredText(max: number) {
  return v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, 'too_long'), CleanText)
}

export function optionalText(max: number) {
  return v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'), CleanText)
}

/** «№ 12/Н» → «12/Н»: a document number is stored bare, so the one «№» the text puts before it is never doubled. */
export const withoutNumberSign = (text: string) => text.replace(/^\s*№\s*/u, '')

/** A document's number as typed, stored without a leading «№». */
export function documentNumber(max: number) {
  return v.pipe(optionalText(max), v.transform(withoutNumberSign))
}

export const IdField = v.pipe(v.string(), v.regex(UUID_PATTERN, 'invalid_id'))
export const IdListField = v.pipe(v.array(IdField), v.maxLength(100, 'too_many'))
export const TagListField = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200, 'too_long'), CleanText)), v.maxLength(50, 'too_many'))
export const FlagField = v.picklist([0, 1])

/**
 * A rule across a record's fields, said on the field `on`. It runs once `on` and the fields it `reads` hold values
 * of their type (valibot's partialCheck), not only once every field does: an emptied number input elsewhere no
 * longer hides an end before its start until the next send.
 */
export function crossCheck<TInput extends Record<string, unknown>, const TKey extends keyof TInput & string>(
  on: TKey,
  reads: readonly TKey[],
  requirement: (input: Pick<TInput, TKey>) => boolean,
  message: string,
): v.GenericValidation<TInput> {
  const paths: [[string], ...[string][]] = [[on], ...reads.map((key): [string] => [key])]
  // valibot checks a path against a record it knows, not a generic one; the signature holds callers to TInput's keys.
  const partial = v.partialCheck<Record<string, unknown>, typeof paths, Record<string, unknown>, string>(paths, input => requirement(input as Pick<TInput, TKey>), message)
  return v.forward(partial, [on]) as v.GenericValidation<TInput>
}
