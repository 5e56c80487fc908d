import { computed } from 'vue'
import { useRoute } from 'vue-router'

/** `?program=` of a document about the whole school rather than one programme. */
export const WHOLE_SCHOOL = 'school'

/** The programme a document page is about, as `ProgramPick` keeps it in `?program=`. */
export function useProgramQuery() {
  const route = useRoute()
  return computed(() => (typeof route.query.program === 'string' ? route.query.program : ''))
}
