import { isCalendarDate } from '#shared/dates'
import { UUID_PATTERN } from '#shared/ids'
import { formatDate } from '../i18n/index.ts'
import type { Rejection } from '../db/schema.ts'

const BOOKKEEPING = new Set(['id', 'updatedAt', 'deleted'])

// A stored code («intro», «in_person») is the app's word, not the author's.
const CODE = /^[a-z_]+$/

/** What the author wrote, as far as a person reads it: the record's words and dates; no ids, codes or bookkeeping. */
export function writtenValues(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key]) => !BOOKKEEPING.has(key))
    .flatMap(([, value]): unknown[] => Array.isArray(value) ? value as unknown[] : [value])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '' && !UUID_PATTERN.test(value) && !CODE.test(value))
    .map(value => isCalendarDate(value) ? formatDate(value) : value)
}

/** A refused record as a file its author keeps or hands to the curator: readable lines, then the record itself. */
export function rejectionFile(rejection: Rejection, heading: string): Blob {
  const text = [heading, '', ...writtenValues(rejection.record ?? rejection.fields), '', JSON.stringify({ entity: rejection.entity, id: rejection.recordId, record: rejection.record ?? rejection.fields }, null, 2)].join('\n')
  return new Blob([text], { type: 'text/plain;charset=utf-8' })
}
