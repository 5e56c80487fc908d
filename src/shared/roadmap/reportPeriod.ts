import type { ReportPeriodKind } from '../model/reportNote.ts'

/**
 * What a справка reports on: a calendar year (the programme's indicators have their targets by year), or a school
 * year from 1 September to 31 August (seed 002's roadmap «на 2024-2025 учебный год», its справка «ежегодно в июне»).
 * `year` is the calendar year, or the school year's first.
 */
export interface ReportPeriod {
  kind: ReportPeriodKind
  year: number
  from: string
  to: string
}

export function reportPeriod(kind: ReportPeriod['kind'], year: number): ReportPeriod {
  return kind === 'school'
    ? { kind, year, from: `${year}-09-01`, to: `${year + 1}-08-31` }
    : { kind, year, from: `${year}-01-01`, to: `${year}-12-31` }
}

export const calendarYear = (year: number): ReportPeriod => reportPeriod('calendar', year)

export const inPeriod = (date: string, period: Pick<ReportPeriod, 'from' | 'to'>): boolean => date >= period.from && date <= period.to

/** Whether a span (a roadmap's, a programme's) has a day in the period. */
export const touchesPeriod = (span: { startDate: string, endDate: string }, period: Pick<ReportPeriod, 'from' | 'to'>): boolean =>
  span.startDate <= period.to && span.endDate >= period.from

/** The calendar year whose indicators a period reports: a school year's ends in it. */
export const indicatorYearOf = (period: ReportPeriod): number => (period.kind === 'school' ? period.year + 1 : period.year)

/**
 * The school year a roadmap of one school year plans (seed 002's «на 2024-2025 учебный год», 1 August 2024 –
 * 30 June 2025, begun in August with its preparation): a school that plans so reports so. Undefined for a calendar
 * year's roadmap or one of several years (seeds 001, 003).
 */
export function roadmapSchoolYear(roadmap: { startDate: string, endDate: string } | undefined): number | undefined {
  if (!roadmap)
    return undefined
  const [startYear, startMonth] = roadmap.startDate.split('-').map(Number) as [number, number]
  const [endYear, endMonth] = roadmap.endDate.split('-').map(Number) as [number, number]
  return endYear === startYear + 1 && startMonth >= 6 && endMonth <= 8 ? startYear : undefined
}

/** The year of a period of `kind` that `date` falls in: its calendar year, or the school year under way (from 1 September). */
export function periodYearOn(kind: ReportPeriodKind, date: string): number {
  const [year = 2000, month = 1] = date.split('-').map(Number)
  return kind === 'school' && month < 9 ? year - 1 : year
}
