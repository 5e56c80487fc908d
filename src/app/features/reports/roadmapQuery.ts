import { computed } from 'vue'
import { localCalendarDate } from '#shared/dates'
import type { Roadmap } from '#shared/model/roadmap'
import { currentRoadmap } from '#shared/roadmap/roadmaps'
import { useQueryParam } from '../../composables/queryParam.ts'

/**
 * The roadmap a document is about, kept in `?roadmap=` (as the roadmap's page links to it): the one the roadmap's page
 * opens on (running today, else the latest begun) until chosen; and all of them, latest first, for `RoadmapPick`.
 */
export function useRoadmapQuery(all: () => readonly Roadmap[] | undefined) {
  const roadmaps = computed(() => [...(all() ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate)))
  const opening = computed(() => currentRoadmap(roadmaps.value, localCalendarDate()))
  const chosen = useQueryParam('roadmap', { fallback: () => opening.value?.id ?? '' })
  const roadmap = computed(() => roadmaps.value.find(r => r.id === chosen.value) ?? opening.value)
  return { roadmaps, chosen, roadmap }
}
