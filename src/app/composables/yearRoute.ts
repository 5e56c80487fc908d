import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/** The year a monitoring page shows, kept in `?year=` so a link or a reload keeps it; this year by default. */
export function useYearQuery() {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const year = Number(route.query.year)
      return Number.isInteger(year) && year > 2000 ? year : new Date().getFullYear()
    },
    set: (year: number) => void router.replace({ query: { ...route.query, year: String(year) } }),
  })
}
