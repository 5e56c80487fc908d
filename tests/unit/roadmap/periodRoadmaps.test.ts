import { calendarYear } from '#shared/roadmap/reportPeriod'
import { describe, expect, it } from 'vitest'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { roadmapFromTemplate } from '#shared/roadmap/roadmaps'
import { BUILT_IN_TEMPLATES } from '#shared/roadmap/templates'
import { periodRoadmaps } from '#shared/roadmap/periodRoadmaps'

const asRecord = <T extends object>(id: string, fields: T) => ({ id, updatedAt: '', deleted: 0 as const, ...fields })

function schoolRoadmap(startYear: number) {
  const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, startYear)
  return { roadmap: asRecord(made.id, made.fields) as Roadmap, events: made.events.map(e => asRecord(e.id, e.fields) as RoadmapEvent) }
}

describe('a calendar year\'s roadmaps', () => {
  const [y2024, y2025, y2026] = [schoolRoadmap(2024), schoolRoadmap(2025), schoolRoadmap(2026)]
  const programs = [
    { id: 'over', startDate: '2024-09-01', endDate: '2025-05-31' },
    { id: 'running', startDate: '2025-09-01', endDate: '2026-05-31' },
  ]
  // The 2025/26 roadmap: its first event tied to a programme over before 2026, its second to one running in it.
  const tied = y2025.events.map((e, i) => (i === 0 ? { ...e, programIds: ['over'] } : i === 1 ? { ...e, programIds: ['running'] } : e))

  it('are every roadmap with a day in the year, the earliest first, a deleted one left out', () => {
    const of = (year: number, roadmaps: Roadmap[]) => periodRoadmaps({ roadmaps, events: [], programs, period: calendarYear(year) }).map(r => r.roadmap.startDate)
    // Sorted by start whatever order the device holds them in.
    expect(of(2026, [y2026.roadmap, y2024.roadmap, y2025.roadmap])).toEqual(['2025-09-01', '2026-09-01'])
    expect(of(2026, [y2026.roadmap, { ...y2025.roadmap, deleted: 1 }])).toEqual(['2026-09-01'])
    expect(of(2023, [y2024.roadmap])).toEqual([])
  })

  it('count the events of the year: school-wide ones and those of a programme that ran in it, by stage and place', () => {
    const [ofYear] = periodRoadmaps({ roadmaps: [y2025.roadmap], events: [...tied].reverse(), programs, period: calendarYear(2026) })
    expect(ofYear!.events.map(e => e.id)).toEqual(tied.slice(1).map(e => e.id))
    // In 2025 the first programme ran: its event counts there.
    const [before] = periodRoadmaps({ roadmaps: [y2025.roadmap], events: tied, programs, period: calendarYear(2025) })
    expect(before!.events).toHaveLength(tied.length)
    const deleted = periodRoadmaps({ roadmaps: [y2025.roadmap], events: tied.map((e, i) => (i === 2 ? { ...e, deleted: 1 as const } : e)), programs, period: calendarYear(2025) })
    expect(deleted[0]!.events).toHaveLength(tied.length - 1)
  })
})
