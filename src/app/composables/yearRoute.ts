import { computed } from 'vue'
import { useQueryParam } from './queryParam.ts'

/** The year a monitoring page shows, kept in `?year=` so a link or a reload keeps it; this year by default. */
export function useYearQuery() {
  const year = useQueryParam('year', { shape: /^2\d{3}$/, fallback: () => String(new Date().getFullYear()) })
  return computed({
    get: () => Number(year.value),
    set: (value: number) => { year.value = String(value) },
  })
}
