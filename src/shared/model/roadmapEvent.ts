import * as v from 'valibot'
import { type Deadline, DeadlineField } from '../roadmap/deadline.ts'
import { IdField, IdListField, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const EVENT_STATUSES = ['planned', 'in_progress', 'done'] as const
/** Seed 000's columns: «работа внутри учреждения» / «работа с внешней средой» (partners, parents, community). */
export const EVENT_SPHERES = ['', 'inside', 'outside'] as const

/** One carrying-out of a recurring or standing event («ежегодно в мае»: May 2025 done on the 20th, with its result). */
interface EventOccurrence {
  /** The occurrence it fulfils ('2025-05', '2025-Q2', '2025'), or the day for a standing event. */
  key: string
  on: string
  result: string
}

/** The document actually issued for an event: «Приказ №32 от 04.09.2024 г.», «Протокол педсовета №1». */
export interface IssuedDocument {
  kind: string
  number: string
  date: string
  /** A document made in the app (its route) or a file's address. */
  link: string
}

/** мероприятие дорожной карты: school-wide (no programmes) or tied to one or several programmes. */
export interface RoadmapEvent extends SyncRecord {
  roadmapId: string
  stageId: string
  programIds: string[]
  title: string
  deadline: Deadline
  /** People of the base who answer for it, and roles in words («классные руководители»). */
  responsibleIds: string[]
  responsible: string
  sphere: typeof EVENT_SPHERES[number]
  /** «Результат, вид документа» as planned. */
  plannedResult: string
  status: typeof EVENT_STATUSES[number]
  doneOn: string
  issued: IssuedDocument | null
  occurrences: EventOccurrence[]
  position: number
  /** The number as the school's table wrote it («2.1.», «17»), printed where the roadmap numbers as the table does; '' for one added in the app. */
  number: string
}

const OccurrenceField = v.object({
  key: v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4])(-\d{2})?)?$/, 'invalid_date')),
  on: OptionalCalendarDateField,
  result: optionalText(1000),
})

const IssuedField = v.nullable(v.object({
  kind: optionalText(200),
  number: optionalText(50),
  date: OptionalCalendarDateField,
  link: optionalText(1000),
}))

export const RoadmapEventObject = v.object({
  roadmapId: IdField,
  stageId: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, 'invalid_id')),
  programIds: IdListField,
  title: requiredText(2000),
  deadline: DeadlineField,
  responsibleIds: IdListField,
  responsible: optionalText(500),
  sphere: v.picklist(EVENT_SPHERES),
  plannedResult: optionalText(1000),
  status: v.picklist(EVENT_STATUSES),
  doneOn: OptionalCalendarDateField,
  issued: IssuedField,
  occurrences: v.pipe(v.array(OccurrenceField), v.maxLength(200, 'too_many')),
  position: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  // Added after the first release: optional with a default, so older records still pass the full check.
  number: v.optional(optionalText(20), ''),
})

export const RoadmapEventFields = RoadmapEventObject satisfies v.GenericSchema<unknown, RecordFields<RoadmapEvent>>

/** Whether the event belongs on a programme's roadmap: its own events and the school-wide ones. */
export const concernsProgram = (event: Pick<RoadmapEvent, 'programIds'>, programId: string): boolean =>
  event.programIds.length === 0 || event.programIds.includes(programId)
