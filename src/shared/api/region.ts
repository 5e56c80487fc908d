import * as v from 'valibot'
import type { IndicatorValue } from '../indicators/compute.ts'
import { FIRST_YEAR, LAST_YEAR } from '../model/indicatorYear.ts'

/** `?year=2026`: a calendar year of the indicators. */
export const RegionQuery = v.object({
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, 'out_of_range'), v.transform(Number), v.minValue(FIRST_YEAR, 'out_of_range'), v.maxValue(LAST_YEAR, 'out_of_range'))),
})

/**
 * The regional roll-up: each school's indicators and the totals, computed on the server by the shared code.
 * Each value is keyed by the total it adds to (`totalKeyOf`): a built-in indicator's key, or `name:…` for a
 * school's own kind. Numbers, school names and the names of schools' own indicators only: no person, pair,
 * meeting, answer or record id ever appears here.
 */
export interface RegionIndicators {
  year: number
  schools: Array<{ schoolId: string, name: string, indicators: IndicatorValue[] }>
  total: IndicatorValue[]
}
