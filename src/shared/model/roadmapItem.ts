import * as v from 'valibot'
import { CalendarDateField, IdField, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

const ROADMAP_STAGES = [1, 2, 3, 4, 5, 6, 7] as const
const ROADMAP_STATUSES = ['planned', 'in_progress', 'done'] as const

/**
 * мероприятие дорожной карты программы, as kept before one roadmap per school (`RoadmapEvent`): still synced so
 * no school's old events are lost, and turned into the school's roadmap by `src/shared/roadmap/legacy.ts`.
 */
export interface RoadmapItem extends SyncRecord {
  programId: string
  stage: typeof ROADMAP_STAGES[number]
  title: string
  deadline: string
  responsible: string
  resultDocument: string
  status: typeof ROADMAP_STATUSES[number]
  position: number
}

export const RoadmapItemObject = v.object({
  programId: IdField,
  stage: v.picklist(ROADMAP_STAGES),
  title: requiredText(500),
  deadline: CalendarDateField,
  responsible: optionalText(300),
  resultDocument: optionalText(300),
  status: v.picklist(ROADMAP_STATUSES),
  position: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
})

export const RoadmapItemFields = RoadmapItemObject satisfies v.GenericSchema<unknown, RecordFields<RoadmapItem>>
