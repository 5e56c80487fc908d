import * as v from 'valibot'
import { DeadlineField } from '../roadmap/deadline.ts'
import { CalendarDateField, crossCheck, optionalText, requiredText } from './fields.ts'
import { EVENT_SPHERES, type RoadmapEvent } from './roadmapEvent.ts'
import type { Roadmap, RoadmapStage } from './roadmap.ts'
import { RoadmapObject, STAGE_NUMBERINGS } from './roadmap.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/** An event of a template: what a new roadmap copies, its deadline on the template's own timeline. */
export type TemplateEvent = Pick<RoadmapEvent, 'title' | 'deadline' | 'responsible' | 'sphere' | 'plannedResult'> & Partial<Pick<RoadmapEvent, 'number'>> & { stage: number }

/** What of a roadmap's print a template saved from it keeps: its numbering, layout, columns' heads, text and heading. */
export const PRINT_FIELDS = ['eventNumbering', 'layout', 'orientation', 'heads', 'stageHead', 'intro', 'approval', 'approvalKind'] as const
type TemplatePrint = Partial<Pick<Roadmap, typeof PRINT_FIELDS[number]>>

/**
 * A roadmap to start from: built in (src/shared/roadmap/templates.ts) or saved by the school from its own
 * roadmap for next year. Its dates are its own period's; a roadmap made from it shifts them by whole years.
 */
export interface RoadmapTemplate extends SyncRecord {
  title: string
  startDate: string
  endDate: string
  numbering: Roadmap['numbering']
  stages: Array<Pick<RoadmapStage, 'title' | 'resources'> & Partial<Pick<RoadmapStage, 'label' | 'unheaded' | 'asRow'>>>
  events: TemplateEvent[]
  /** How the roadmap it was saved from prints (seed 004's stage a row under «Наименование этапа»); none in a built-in one. */
  print?: TemplatePrint
}

const TemplateEventField = v.object({
  stage: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(29)),
  title: requiredText(2000),
  deadline: DeadlineField,
  responsible: optionalText(500),
  sphere: v.picklist(EVENT_SPHERES),
  plannedResult: optionalText(1000),
  number: v.optional(optionalText(20)),
})

export const RoadmapTemplateObject = v.object({
  title: requiredText(300),
  startDate: CalendarDateField,
  endDate: CalendarDateField,
  numbering: v.picklist(STAGE_NUMBERINGS),
  stages: v.pipe(v.array(v.object({ title: requiredText(500), resources: optionalText(2000), label: v.optional(optionalText(20)), unheaded: v.optional(v.boolean()), asRow: v.optional(v.boolean()) })), v.minLength(1, 'required'), v.maxLength(30, 'too_many')),
  events: v.pipe(v.array(TemplateEventField), v.maxLength(500, 'too_many')),
  // Added after the first release: optional, so templates saved before still pass the full check.
  print: v.optional(v.partial(v.pick(RoadmapObject, PRINT_FIELDS))),
})

export const RoadmapTemplateFields = v.pipe(
  RoadmapTemplateObject,
  crossCheck('events', ['stages'], t => t.events.every(e => e.stage < t.stages.length), 'invalid_id'),
) satisfies v.GenericSchema<unknown, RecordFields<RoadmapTemplate>>
