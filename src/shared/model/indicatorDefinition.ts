import * as v from 'valibot'
import { INDICATOR_KEYS, type IndicatorKey } from '../indicators/definitions.ts'
import { crossCheck, optionalText, requiredText } from './fields.ts'
import { FIRST_YEAR, LAST_YEAR } from './indicatorYear.ts'
import { PERSON_CATEGORIES, type PersonCategory } from './person.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/**
 * What an indicator counts: people of pairs active in the year (`participants`), partner organisations
 * that provided mentors (`partners`), or the exit surveys' satisfied respondents (`satisfaction`).
 */
export const INDICATOR_MEASURES = ['participants', 'partners', 'satisfaction'] as const
export type IndicatorMeasure = typeof INDICATOR_MEASURES[number]

export const INDICATOR_ROLES = ['mentee', 'mentor'] as const
export type IndicatorRole = typeof INDICATOR_ROLES[number]

/** Full years of age on 1 January of the indicator's year, both ends included: «до 18 лет» is 0–17. */
export interface AgeBand {
  from: number
  to: number
}

/**
 * A school's (or its region's) indicator as its documents define it: who counts, what the share is of, and
 * the table of its years — a target and the entered total per year, for whatever years the school's
 * horizon has (2020–2024, 2021–2024 …). Years are the maps' keys («2021»).
 */
export interface IndicatorDefinition extends SyncRecord {
  /** The school's own words: «Доля детей в возрасте от 10 до 19 лет, … в роли наставляемого». */
  name: string
  /** How the documents explain it: «отношение количества … к общему количеству …». */
  note: string
  measure: IndicatorMeasure
  /** Whose pairs (participants) or whose answers (satisfaction); partners always provide mentors. */
  role: IndicatorRole
  /** Participants only: the categories counted; empty — every category. */
  categories: PersonCategory[]
  /** Participants only: null — any age. */
  ageBand: AgeBand | null
  /** The total the share is of, as the curator sees it («дети 10–19 лет, проживающие в области»); satisfaction: the respondents. */
  denominator: string
  /** Year → percent. */
  targets: Record<string, number>
  /** Year → the entered total (the denominator's value that year). */
  totals: Record<string, number>
  unit: '%'
  position: number
  /**
   * The built-in indicator it counts the same people as: that indicator's year settings (IndicatorYear) stand
   * in for a missing target or total, and the region adds it to that indicator's total. '' — the school's own.
   */
  basedOn: IndicatorKey | ''
}

const Age = v.pipe(v.number(), v.integer('whole_number'), v.minValue(0, 'out_of_range'), v.maxValue(120, 'out_of_range'))
const YearKey = v.pipe(v.string(), v.regex(/^\d{4}$/, 'out_of_range'), v.check(y => Number(y) >= FIRST_YEAR && Number(y) <= LAST_YEAR, 'out_of_range'))
const Percent = v.pipe(v.number(), v.minValue(0, 'out_of_range'), v.maxValue(100, 'out_of_range'))
const Total = v.pipe(v.number(), v.integer('whole_number'), v.minValue(0, 'out_of_range'), v.maxValue(10_000_000, 'out_of_range'))
const byYear = <S extends v.GenericSchema<number>>(value: S) => v.pipe(v.record(YearKey, value), v.check(map => Object.keys(map).length <= 50, 'too_many'))

const AgeBandField = v.pipe(
  v.object({ from: Age, to: Age }),
  crossCheck('to', ['from'], band => band.to >= band.from, 'end_before_start'),
)

export const IndicatorDefinitionObject = v.object({
  name: requiredText(500),
  note: optionalText(2000),
  measure: v.picklist(INDICATOR_MEASURES),
  role: v.picklist(INDICATOR_ROLES),
  categories: v.pipe(v.array(v.picklist(PERSON_CATEGORIES)), v.maxLength(PERSON_CATEGORIES.length, 'too_many')),
  ageBand: v.nullable(AgeBandField),
  denominator: optionalText(300),
  targets: byYear(Percent),
  totals: byYear(Total),
  unit: v.optional(v.literal('%'), '%'),
  position: v.pipe(v.number(), v.integer(), v.minValue(0, 'out_of_range')),
  basedOn: v.optional(v.union([v.literal(''), v.picklist(INDICATOR_KEYS)]), ''),
})

export const IndicatorDefinitionFields = IndicatorDefinitionObject satisfies v.GenericSchema<unknown, RecordFields<IndicatorDefinition>>
