import type { Program } from '../model/program.ts'
import { roadmapIdFor } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import type { RoadmapItem } from '../model/roadmapItem.ts'
import { blankEvent, type NewRoadmap } from './roadmaps.ts'
import { BUILT_IN_TEMPLATES } from './templates.ts'

const stageId = (stage: number) => `stage-${stage}`

function statusOf(items: readonly RoadmapItem[]): RoadmapEvent['status'] {
  if (items.every(i => i.status === 'done'))
    return 'done'
  return items.some(i => i.status !== 'planned') ? 'in_progress' : 'planned'
}

/**
 * The roadmap of a school whose events were kept per programme (before one roadmap per school): one event per
 * stage and title, tied to every programme that had it, so the Положение or the training of mentors is one
 * event, not one per programme. Deterministic (the roadmap's id from its year, an event's from its oldest item,
 * stage ids from their numbers), so two curators converting offline make the same records.
 */
export function roadmapFromLegacy(items: readonly RoadmapItem[], programs: ReadonlyArray<Pick<Program, 'id' | 'startDate' | 'endDate' | 'deleted'>>): NewRoadmap | null {
  const live = items.filter(i => !i.deleted)
  const spans = programs.filter(p => !p.deleted && live.some(i => i.programId === p.id))
  if (!live.length || !spans.length)
    return null
  const startDate = spans.map(p => p.startDate).sort()[0]!
  const endDate = spans.map(p => p.endDate).sort().at(-1)!
  const id = roadmapIdFor(Number(startDate.slice(0, 4)))
  const groups = new Map<string, RoadmapItem[]>()
  for (const item of [...live].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${item.stage}\n${item.title.trim()}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const events = [...groups.values()].map((group) => {
    const first = group[0]!
    const deadline = { kind: 'on', at: group.map(i => i.deadline).sort()[0]!, text: '' } as const
    const fields = {
      ...blankEvent(id, stageId(first.stage), { title: first.title, deadline, responsible: first.responsible, sphere: '', plannedResult: first.resultDocument }, Math.min(...group.map(i => i.position))),
      programIds: [...new Set(group.map(i => i.programId))].sort(),
      status: statusOf(group),
    }
    return { id: first.id, fields }
  })
  const template = BUILT_IN_TEMPLATES.students
  return {
    id,
    fields: {
      title: template.title,
      startDate,
      endDate,
      numbering: 'arabic',
      eventNumbering: 'stage',
      stages: template.stages.map((stage, index) => ({ id: stageId(index + 1), ...stage, label: '' })),
      approval: '',
    },
    events,
  }
}
