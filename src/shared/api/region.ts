import * as v from 'valibot'
import type { IndicatorValue } from '../indicators/compute.ts'
import { FIRST_YEAR, LAST_YEAR } from '../model/indicatorYear.ts'

/** `?year=2026`: a calendar year of the indicators. */
export const RegionQuery = v.object({
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, 'out_of_range'), v.transform(Number), v.minValue(FIRST_YEAR, 'out_of_range'), v.maxValue(LAST_YEAR, 'out_of_range'))),
})

/**
 * The regional roll-up: each school's indicators and the totals, computed on the server by the shared code.
 * Numbers and school names only: no person, pair, meeting or answer ever appears here.
 */
export interface RegionIndicators {
  year: number
  schools: Array<{ schoolId: string, name: string, indicators: IndicatorValue[] }>
  total: IndicatorValue[]
}
