import { UUID_PATTERN } from '#shared/ids'
import type { Rejection } from '../db/schema.ts'

const BOOKKEEPING = new Set(['id', 'updatedAt', 'deleted'])

/** What the author wrote, as far as a person reads it: the record's words and dates, no ids, no bookkeeping. */
export function writtenValues(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key]) => !BOOKKEEPING.has(key))
    .flatMap(([, value]): unknown[] => Array.isArray(value) ? value as unknown[] : [value])
    .filter((value): value is string | number => (typeof value === 'string' && value.trim() !== '' && !UUID_PATTERN.test(value)) || typeof value === 'number')
    .map(String)
}

/** A refused record as a file its author keeps or hands to the curator: readable lines, then the record itself. */
export function rejectionFile(rejection: Rejection, heading: string): Blob {
  const text = [heading, '', ...writtenValues(rejection.record ?? rejection.fields), '', JSON.stringify({ entity: rejection.entity, id: rejection.recordId, record: rejection.record ?? rejection.fields }, null, 2)].join('\n')
  return new Blob([text], { type: 'text/plain;charset=utf-8' })
}
