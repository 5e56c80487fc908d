import { computed, type WritableComputedRef } from 'vue'
import { useRouter } from 'vue-router'
import { localCalendarDate } from '#shared/dates'
import { yearRange } from '#shared/indicators/school'
import type { Roadmap } from '#shared/model/roadmap'
import type { ReportPeriodKind } from '#shared/model/reportNote'
import { periodYearOn, type ReportPeriod, reportPeriod, roadmapSchoolYear, touchesPeriod } from '#shared/roadmap/reportPeriod'
import { currentRoadmap } from '#shared/roadmap/roadmaps'
import { useQueryParam } from './queryParam.ts'

/** The year a monitoring page shows, kept in `?year=` so a link or a reload keeps it; this year unless told otherwise. */
export function useYearQuery(fallback: () => number = () => new Date().getFullYear()) {
  const year = useQueryParam('year', { shape: /^2\d{3}$/, fallback: () => String(fallback()) })
  return computed({
    get: () => Number(year.value),
    set: (value: number) => { year.value = String(value) },
  })
}

interface Dated { startDate: string, endDate: string, deleted: number }
type Records = { programs: readonly Dated[], roadmaps: readonly Dated[] }
const live = (records: Records | undefined) => [...records?.programs ?? [], ...records?.roadmaps ?? []].filter(r => !r.deleted)
/** Whether a programme or a roadmap runs in the period: a report of it has work to tell. */
const worksIn = (records: Records | undefined, period: Pick<ReportPeriod, 'from' | 'to'>) => live(records).some(r => touchesPeriod(r, period))

/**
 * The years a monitoring page offers, newest first: from the start of the school's first programme or roadmap (a
 * roadmap «на 2020-2024 годы» entered now is reported on year by year) to `last`, and the year shown in any case.
 */
export function pickableYears(records: Records | undefined, last: number, shown: number): number[] {
  const starts = live(records).map(r => Number(r.startDate.slice(0, 4)))
  return yearRange(Math.min(last, ...starts), last, shown).reverse()
}

/**
 * The year a report opens on: this one while a programme or roadmap runs in it (or none is entered), else the last
 * year one ran, so a school that typed in a programme already over (seed 004's 2023–2024) opens on its year, not on
 * an empty one.
 */
export function lastYearOfWork(records: Records | undefined, thisYear: number): number {
  if (worksIn(records, reportPeriod('calendar', thisYear)))
    return thisYear
  const ended = live(records).map(r => Number(r.endDate.slice(0, 4))).filter(to => to < thisYear)
  return ended.length ? Math.max(...ended) : thisYear
}

/**
 * A report's period kept in the address (`?period=school&year=2024`: 2024/25): a school whose roadmap is a school
 * year's (seed 002's «на 2024-2025 учебный год») opens on a school year, others on a calendar year (`calendarYear`).
 * The school year is the one under way while a programme or roadmap runs in it, else its roadmap's. Another kind
 * keeps to the time shown: the calendar 2025 in June becomes 2024/25, under way, not 2025/26 to come; one navigation
 * for both, as two setters in a row would each start from the old address.
 */
export function usePeriodQuery(records: () => (Records & { roadmaps: readonly Roadmap[] }) | undefined, calendarYear: () => number) {
  const today = localCalendarDate()
  const roadmapYear = computed(() => roadmapSchoolYear(currentRoadmap(records()?.roadmaps ?? [], today)))
  const underway = periodYearOn('school', today)
  const schoolYear = () => (worksIn(records(), reportPeriod('school', underway)) ? underway : roadmapYear.value ?? underway)
  const kind = useQueryParam('period', { shape: /^(school|calendar)$/, fallback: () => (roadmapYear.value === undefined ? 'calendar' : 'school') }) as WritableComputedRef<ReportPeriodKind>
  const year = useYearQuery(() => (kind.value === 'school' ? schoolYear() : calendarYear()))
  const period = computed(() => reportPeriod(kind.value, year.value))
  const router = useRouter()
  function chooseKind(next: ReportPeriodKind): void {
    const on = [today, period.value.to].sort()[0]!
    void router.replace({ query: { ...router.currentRoute.value.query, period: next, year: String(periodYearOn(next, on)) } })
  }
  return { kind, year, period, chooseKind }
}
