import * as v from 'valibot'
import { DENOMINATOR_KEYS, type DenominatorKey, INDICATOR_KEYS, type IndicatorKey } from '../indicators/definitions.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const FIRST_YEAR = 2019
export const LAST_YEAR = 2100

/**
 * A school's targets and known totals for one calendar year (the seeds' tables run by «2021 г», «2022 г»).
 * `null` means «not set»: the seed's target applies, or the indicator has no denominator yet.
 */
export interface IndicatorYear extends SyncRecord {
  year: number
  targets: Record<IndicatorKey, number | null>
  denominators: Record<DenominatorKey, number | null>
}

/**
 * One record per school and year, so its id is the year's: two curators setting the same year offline
 * edit one record (field by field) instead of making two.
 */
export function indicatorYearId(year: number): string {
  return `00000000-0000-7000-8000-${String(year).padStart(12, '0')}`
}

const Percent = v.nullable(v.pipe(v.number(), v.minValue(0, 'out_of_range'), v.maxValue(100, 'out_of_range')))
const Count = v.nullable(v.pipe(v.number(), v.integer('whole_number'), v.minValue(0, 'out_of_range'), v.maxValue(10_000_000, 'out_of_range')))

const record = <K extends string, S extends v.GenericSchema>(keys: readonly K[], value: S) =>
  v.object(Object.fromEntries(keys.map(key => [key, v.optional(value, null)])) as Record<K, v.OptionalSchema<S, null>>)

export const IndicatorYearObject = v.object({
  year: v.pipe(v.number(), v.integer(), v.minValue(FIRST_YEAR, 'out_of_range'), v.maxValue(LAST_YEAR, 'out_of_range')),
  targets: record(INDICATOR_KEYS, Percent),
  denominators: record(DENOMINATOR_KEYS, Count),
})

export const IndicatorYearFields = IndicatorYearObject satisfies v.GenericSchema<unknown, RecordFields<IndicatorYear>>
