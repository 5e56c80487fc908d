import { computed } from 'vue'
import { useQueryParam, useQueryReset } from '../../../composables/queryParam.ts'
import type { JournalFilter } from './queries.ts'

/**
 * The journal's filter, kept in the address (`?program=&month=&q=`): back from a pair's page, or on a reload,
 * the curator finds the month they were reading.
 */
export function useJournalFilter() {
  const programId = useQueryParam('program')
  const month = useQueryParam('month', { shape: /^\d{4}-(?:0[1-9]|1[0-2])$/ })
  const query = useQueryParam('q')
  // The same object while the values stay: any navigation (leaving for a pair's page too) makes a new `route.query`,
  // and a new object would start the journal's queries again for nothing.
  const filter = computed<JournalFilter>((previous) => {
    const next = { programId: programId.value, month: month.value, query: query.value }
    return previous && previous.programId === next.programId && previous.month === next.month && previous.query === next.query ? previous : next
  })
  const reset = useQueryReset(['program', 'month', 'q'])
  return { programId, month, query, filter, reset }
}
