import type { Program } from '../model/program.ts'
import type { Roadmap } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import { type ReportPeriod, touchesPeriod } from './reportPeriod.ts'
import { byStageThenPosition } from './roadmaps.ts'

type Period = Pick<Roadmap, 'startDate' | 'endDate'>

/**
 * A period's roadmaps as monitoring shows them and the справка reports them: every roadmap with a day in the
 * period (a calendar year, a school year), the earliest first, each with its live events that count in it, by stage
 * and place. An event tied to programmes counts when one of them ran in the period: a programme over before it owes
 * its roadmap nothing.
 */
export function periodRoadmaps<R extends Roadmap, E extends RoadmapEvent>(
  input: { roadmaps: readonly R[], events: readonly E[], programs: ReadonlyArray<Pick<Program, 'id'> & Period>, period: ReportPeriod },
): Array<{ roadmap: R, events: E[] }> {
  const ran = new Set(input.programs.filter(p => touchesPeriod(p, input.period)).map(p => p.id))
  return input.roadmaps.filter(r => !r.deleted && touchesPeriod(r, input.period))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map(roadmap => ({
      roadmap,
      events: input.events.filter(e => e.roadmapId === roadmap.id && !e.deleted && (!e.programIds.length || e.programIds.some(id => ran.has(id))))
        .sort(byStageThenPosition(roadmap)),
    }))
}
