import { computed } from 'vue'
import { localCalendarDate } from '#shared/dates'
import type { Roadmap } from '#shared/model/roadmap'
import { currentRoadmap } from '#shared/roadmap/roadmaps'
import { useQueryParam } from '../../composables/queryParam.ts'
import { useRequisites } from '../../data/requisites.ts'
import { useSchoolData } from '../../data/school.ts'
import { appointmentIssued } from './appointment.ts'
import { useDocumentDraft } from './draft.ts'

/**
 * The roadmap a document is about, kept in `?roadmap=` (as the roadmap's page links to it): the one the roadmap's page
 * opens on (running today, else the latest begun) until chosen; and all of them, latest first, for `RoadmapPick`.
 */
function useRoadmapQuery(all: () => readonly Roadmap[] | undefined) {
  const roadmaps = computed(() => [...(all() ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate)))
  const opening = computed(() => currentRoadmap(roadmaps.value, localCalendarDate()))
  const chosen = useQueryParam('roadmap', { fallback: () => opening.value?.id ?? '' })
  const roadmap = computed(() => roadmaps.value.find(r => r.id === chosen.value) ?? opening.value)
  return { roadmaps, chosen, roadmap }
}

/**
 * What the order approving a roadmap and the roadmap as approved stand on alike: the school's records and
 * requisites, the roadmap chosen, and the order's draft, whose number and date the roadmap's «УТВЕРЖДАЮ» cites.
 * Until the curator types them, they are those the roadmap's marks give (`issued`); `order` is the draft with them.
 */
export function useRoadmapOrder() {
  const data = useSchoolData()
  const requisites = useRequisites()
  const { roadmaps, chosen, roadmap } = useRoadmapQuery(() => data.value?.roadmaps)
  const control = useDocumentDraft('appointment', () => roadmap.value?.id ?? '', () => 0)
  const issued = computed(() => (data.value && roadmap.value ? appointmentIssued(data.value.roadmapEvents, roadmap.value) : undefined))
  const order = computed(() => ({ ...control.draft, number: control.draft.number || (issued.value?.number ?? ''), date: control.draft.date || (issued.value?.date ?? '') }))
  return { data, requisites, roadmaps, chosen, roadmap, control, issued, order }
}
