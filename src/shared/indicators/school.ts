import type { IndicatorYear } from '../model/indicatorYear.ts'
import type { Partner } from '../model/partner.ts'
import type { Program } from '../model/program.ts'
import type { SurveyCampaign } from '../model/surveyCampaign.ts'
import type { SatisfactionResult } from '../surveys/results.ts'
import { computeIndicators, type DefinitionInput, type IndicatorInput, type IndicatorValue } from './compute.ts'
import { satisfactionSamples } from './satisfaction.ts'

/** A school's records as the indicators read them: the same shape from Dexie on the PC and from the server's table. */
export interface SchoolRecords {
  people: IndicatorInput['people']
  pairs: IndicatorInput['pairs']
  partners: ReadonlyArray<Pick<Partner, 'deleted'>>
  programs: ReadonlyArray<Pick<Program, 'startDate' | 'deleted'>>
  indicatorYears: ReadonlyArray<Pick<IndicatorYear, 'year' | 'targets' | 'denominators' | 'deleted'>>
  indicatorDefinitions: readonly DefinitionInput[]
  campaigns: ReadonlyArray<Pick<SurveyCampaign, 'id' | 'audience' | 'phase' | 'closesOn' | 'deleted'>>
  /** Each campaign's satisfaction as the server computed it (hidden under 5 answers). */
  campaignSatisfaction: ReadonlyArray<{ campaignId: string, satisfaction: SatisfactionResult }>
}

/** The model's first year at the school: its earliest programme's, or `fallback` before there is one. */
export function firstYearOf(programs: SchoolRecords['programs'], fallback: number): number {
  const years = programs.filter(p => !p.deleted).map(p => Number(p.startDate.slice(0, 4)))
  return years.length ? Math.min(...years) : fallback
}

/**
 * Every calendar year from `first` to `last`, oldest first, stretched to take in `also` (the year a page shows
 * must be among the ones its picker offers, even before the school has a programme).
 */
export function yearRange(first: number, last: number, also = first): number[] {
  const from = Math.min(first, last, also)
  const to = Math.max(first, last, also)
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** One school's indicators for one year. */
export function schoolIndicators(records: SchoolRecords, year: number): IndicatorValue[] {
  return computeIndicators({
    year,
    firstYear: firstYearOf(records.programs, year),
    people: records.people,
    pairs: records.pairs,
    partnerCount: records.partners.filter(p => !p.deleted).length,
    settings: records.indicatorYears.find(y => !y.deleted && y.year === year),
    satisfaction: satisfactionSamples(records.campaigns, records.campaignSatisfaction),
    definitions: records.indicatorDefinitions,
  })
}
