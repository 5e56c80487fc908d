import { computed } from 'vue'
import { yearRange } from '#shared/indicators/school'
import { useQueryParam } from './queryParam.ts'

/** The year a monitoring page shows, kept in `?year=` so a link or a reload keeps it; this year by default. */
export function useYearQuery() {
  const year = useQueryParam('year', { shape: /^2\d{3}$/, fallback: () => String(new Date().getFullYear()) })
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

interface Dated { startDate: string, deleted: number }
