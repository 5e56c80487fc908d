import type { Program } from '../model/program.ts'
import type { Roadmap } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import { byStageThenPosition } from './roadmaps.ts'

type Period = Pick<Roadmap, 'startDate' | 'endDate'>

/** Whether a period (a roadmap's, a programme's) has a day in the calendar year. */
export const touchesYear = (period: Period, year: number) => period.startDate <= `${year}-12-31` && period.endDate >= `${year}-01-01`

/**
 * A calendar year's roadmaps as monitoring shows them and the справка reports them: every roadmap with a day in
 * the year, the earliest first, each with its live events that count in that year, by stage and place. An event
 * tied to programmes counts when one of them ran in the year: a programme over before it owes its roadmap nothing.
 */
export function yearRoadmaps<R extends Roadmap, E extends RoadmapEvent>(
  input: { roadmaps: readonly R[], events: readonly E[], programs: ReadonlyArray<Pick<Program, 'id'> & Period>, year: number },
): Array<{ roadmap: R, events: E[] }> {
  const ran = new Set(input.programs.filter(p => touchesYear(p, input.year)).map(p => p.id))
  return input.roadmaps.filter(r => !r.deleted && touchesYear(r, input.year))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map(roadmap => ({
      roadmap,
      events: input.events.filter(e => e.roadmapId === roadmap.id && !e.deleted && (!e.programIds.length || e.programIds.some(id => ran.has(id))))
        .sort(byStageThenPosition(roadmap)),
    }))
}
