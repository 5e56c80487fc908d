import { computed } from 'vue'
import { yearRange } from '#shared/indicators/school'
import { useQueryParam } from './queryParam.ts'

/** The year a monitoring page shows, kept in `?year=` so a link or a reload keeps it; this year unless told otherwise. */
export function useYearQuery(fallback: () => number = () => new Date().getFullYear()) {
  const year = useQueryParam('year', { shape: /^2\d{3}$/, fallback: () => String(fallback()) })
  return computed({
    get: () => Number(year.value),
    set: (value: number) => { year.value = String(value) },
  })
}

/**
 * The years a monitoring page offers, newest first: from the start of the school's first programme or roadmap (a
 * roadmap «на 2020-2024 годы» entered now is reported on year by year) to `last`, and the year shown in any case.
 */
export function pickableYears(records: { programs: readonly Dated[], roadmaps: readonly Dated[] } | undefined, last: number, shown: number): number[] {
  const starts = [...records?.programs ?? [], ...records?.roadmaps ?? []].filter(r => !r.deleted).map(r => Number(r.startDate.slice(0, 4)))
  return yearRange(Math.min(last, ...starts), last, shown).reverse()
}

/**
 * The year a report opens on: this one while a programme or roadmap runs in it (or none is entered), else the last
 * year one ran, so a school that typed in a programme already over (seed 004's 2023–2024) opens on its year, not on
 * an empty one.
 */
export function lastYearOfWork(records: { programs: readonly Dated[], roadmaps: readonly Dated[] } | undefined, thisYear: number): number {
  const spans = [...records?.programs ?? [], ...records?.roadmaps ?? []].filter(r => !r.deleted)
    .map(r => [Number(r.startDate.slice(0, 4)), Number(r.endDate.slice(0, 4))] as const)
  if (spans.some(([from, to]) => from <= thisYear && thisYear <= to))
    return thisYear
  const ended = spans.filter(([, to]) => to < thisYear).map(([, to]) => to)
  return ended.length ? Math.max(...ended) : thisYear
}

interface Dated { startDate: string, endDate: string, deleted: number }
