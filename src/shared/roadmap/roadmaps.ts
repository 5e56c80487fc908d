import { uuidv7 } from '../ids.ts'
import type { RecordFields } from '../model/record.ts'
import { approvalKindOf, nextRoadmapId, type Roadmap, roadmapIdFor } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import { PRINT_FIELDS, type RoadmapTemplate, type TemplateEvent } from '../model/roadmapTemplate.ts'
import type { Deadline } from './deadline.ts'
import type { DeadlineContext } from './parseDeadline.ts'
import { issuedDocumentOf } from './issuedDocument.ts'
import { renewedApproval } from './renewedApproval.ts'
import { roadmapSchoolYear } from './reportPeriod.ts'
import { shiftDeadline, shiftTitleYears } from './shiftDeadline.ts'

type Fields<T extends { id: string, updatedAt: string, deleted: 0 | 1 }> = RecordFields<T>

/** What a new roadmap is made of: its record and its events, each with the id it will be created under. */
export interface NewRoadmap {
  id: string
  fields: Fields<Roadmap>
  events: Array<{ id: string, fields: Fields<RoadmapEvent> }>
}

const yearOf = (date: string) => Number(date.slice(0, 4))
const shiftDate = (date: string, years: number) => `${yearOf(date) + years}${date.slice(4)}`

/** The period a deadline is read against («сентябрь» with no year is the first September of it). */
export const contextOf = (roadmap: Pick<Roadmap, 'startDate' | 'endDate'>): DeadlineContext =>
  ({ periodStart: roadmap.startDate, periodEnd: roadmap.endDate })

/**
 * The period a recurring deadline's named months are owed in. A roadmap of one school year (seed 002's «на 2024-2025
 * учебный год», 1 August – 30 June, begun in August by its preparation) owes «Ежегодно в мае, августе» in the May
 * and the August of its school year: not the August of its preparation, overdue in its first week, and not never.
 */
export function recurringContextOf(roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, deadline: Deadline): DeadlineContext {
  const context = contextOf(roadmap)
  const year = roadmapSchoolYear(roadmap)
  if (year === undefined || deadline.kind !== 'recurring' || !deadline.months.length)
    return context
  return { periodStart: [context.periodStart, `${year}-09-01`].sort()[1]!, periodEnd: [context.periodEnd, `${year + 1}-08-31`].sort()[1]! }
}

/** A new event of a stage, nothing done yet: what a template, a table, a roll-over or the old events give it. */
export function blankEvent(roadmapId: string, stageId: string, from: Omit<TemplateEvent, 'stage'>, position: number): Fields<RoadmapEvent> {
  return {
    roadmapId,
    stageId,
    programIds: [],
    title: from.title,
    deadline: from.deadline,
    responsibleIds: [],
    responsible: from.responsible,
    sphere: from.sphere,
    plannedResult: from.plannedResult,
    status: 'planned',
    doneOn: '',
    issued: null,
    occurrences: [],
    position,
    number: '',
  }
}

/** A roadmap starting in `startYear` from a template, its dates moved by whole years from the template's. */
export function roadmapFromTemplate(template: Fields<RoadmapTemplate>, startYear: number): NewRoadmap {
  const years = startYear - yearOf(template.startDate)
  const id = roadmapIdFor(startYear)
  const stages = template.stages.map(stage => ({ id: uuidv7(), ...stage, label: stage.label ?? '' }))
  const { approval = '', approvalKind, ...print } = template.print ?? {}
  const dates = { startDate: shiftDate(template.startDate, years), endDate: shiftDate(template.endDate, years) }
  const period = contextOf(dates)
  return {
    id,
    fields: {
      title: shiftTitleYears(template.title, years),
      ...dates,
      numbering: template.numbering,
      eventNumbering: 'stage',
      stages,
      // A template saved before it kept how its roadmap prints: one laid out by spheres (seed 000) has a sphere on every event.
      layout: !template.print && template.events.length && template.events.every(e => e.sphere) ? 'spheres' : 'events',
      ...print,
      ...renewedHeading({ approval, approvalKind }, years),
    },
    events: template.events.map(({ stage, number = '', ...event }, position) => ({
      id: uuidv7(),
      fields: { ...blankEvent(id, stages[stage]!.id, { ...event, deadline: shiftDeadline(event.deadline, years, period) }, position), number },
    })),
  }
}

type Placed = Pick<RoadmapEvent, 'stageId' | 'position'>

export const byStageThenPosition = (roadmap: Pick<Roadmap, 'stages'>) => {
  const order = new Map(roadmap.stages.map((s, i) => [s.id, i]))
  return (a: Placed, b: Placed) => (order.get(a.stageId) ?? 99) - (order.get(b.stageId) ?? 99) || a.position - b.position
}

/**
 * Each live event's number as the roadmap numbers them, by the event's id: «2.3» (stage, then place in it),
 * «17» straight through, or the number the school's table gave it, none where it gave none (seed 000's first event of
 * «Блок 4»; one added since has the number typed for it). Every screen and paper that numbers events takes them from
 * here, so a document that lists some of them (a programme's) still cites the numbers of the whole roadmap.
 */
export function eventNumbers(roadmap: Pick<Roadmap, 'stages' | 'eventNumbering'>, events: ReadonlyArray<Placed & Pick<RoadmapEvent, 'id' | 'deleted'> & Partial<Pick<RoadmapEvent, 'number'>>>): Map<string, string> {
  const stageIndex = new Map(roadmap.stages.map((s, i) => [s.id, i]))
  const inStage = new Map<string, number>()
  const numbers = new Map<string, string>()
  for (const event of events.filter(e => !e.deleted && stageIndex.has(e.stageId)).sort(byStageThenPosition(roadmap))) {
    const place = (inStage.get(event.stageId) ?? 0) + 1
    inStage.set(event.stageId, place)
    const byStage = `${stageIndex.get(event.stageId)! + 1}.${place}`
    numbers.set(event.id, roadmap.eventNumbering === 'through' ? String(numbers.size + 1) : roadmap.eventNumbering === 'table' ? event.number ?? '' : byStage)
  }
  return numbers
}

/** The school's roadmap saved as a template: stages, events and deadlines, how it prints; no statuses. */
export function templateFromRoadmap(roadmap: Fields<Roadmap>, events: readonly RoadmapEvent[]): Fields<RoadmapTemplate> {
  const index = new Map(roadmap.stages.map((s, i) => [s.id, i]))
  return {
    title: roadmap.title,
    startDate: roadmap.startDate,
    endDate: roadmap.endDate,
    numbering: roadmap.numbering,
    stages: roadmap.stages.map(({ id: _id, ...stage }) => stage),
    events: events.filter(e => !e.deleted && index.has(e.stageId)).sort(byStageThenPosition(roadmap)).map(e => ({
      stage: index.get(e.stageId)!,
      title: e.title,
      deadline: e.deadline,
      responsible: e.responsible,
      sphere: e.sphere,
      plannedResult: e.plannedResult,
      ...(e.number && { number: e.number }),
    })),
    // The fields the roadmap set, by the one list the template's schema checks: none left `undefined` to send.
    print: Object.fromEntries(PRINT_FIELDS.flatMap(field => (roadmap[field] === undefined ? [] : [[field, roadmap[field]]]))),
  }
}

/**
 * The next учебный год's roadmap from this one (the next period, for one over several years: `rolledOverPeriod`): the
 * same stages and events that much later, nothing done yet.
 * The old roadmap is left as it is: what was done, when and with which document stays there as history.
 * Every field of how it is numbered and printed goes with it (layout, heads, the stages' head, the text before the
 * table, the form of the approval heading), whatever fields a later version adds; only the period, the title's years
 * and the approval's dates and numbers change.
 */
export function rollOver(roadmap: Roadmap, events: readonly RoadmapEvent[]): NewRoadmap {
  const id = nextRoadmapId(roadmap)
  const { years, ...dates } = rolledOverPeriod(roadmap)
  const { id: _id, updatedAt: _updatedAt, deleted: _deleted, approvalKind, ...kept } = roadmap
  const period = contextOf(dates)
  return {
    id,
    fields: {
      ...kept,
      title: shiftTitleYears(roadmap.title, years),
      ...dates,
      // A year's approval is its own: the next is approved again, in the school's own form where it has one.
      ...renewedHeading({ approval: roadmap.approval, approvalKind }, years),
    },
    events: events.filter(e => !e.deleted).sort(byStageThenPosition(roadmap)).map((e, position) => ({
      id: uuidv7(),
      fields: {
        ...blankEvent(id, e.stageId, { ...e, deadline: shiftDeadline(e.deadline, years, period), plannedResult: nextResult(e.plannedResult, years) }, position),
        programIds: e.programIds,
        responsibleIds: e.responsibleIds,
        number: e.number,
      },
    })),
  }
}

/** Last year's order in a result cell (seed 002's «Приказ №32 от 04.09.2024 г.») is next year's to issue: «Приказ № __ от __.__.2025 г.». */
const nextResult = (result: string, years: number) => (issuedDocumentOf(result) ? renewedApproval(result, years) : result)

/**
 * The next roadmap's period, and how many years on it starts: its length in whole years, so one for a year's roadmap
 * (a school year's, a calendar year's, the teachers' template's sixteen months) and five for seed 003's «на 2020-2024
 * годы», which rolls over to 2025–2029.
 */
export function rolledOverPeriod(roadmap: Pick<Roadmap, 'startDate' | 'endDate'>): { years: number, startDate: string, endDate: string } {
  const months = (yearOf(roadmap.endDate) - yearOf(roadmap.startDate)) * 12 + Number(roadmap.endDate.slice(5, 7)) - Number(roadmap.startDate.slice(5, 7)) + 1
  const years = Math.max(1, Math.round(months / 12))
  return { years, startDate: shiftDate(roadmap.startDate, years), endDate: shiftDate(roadmap.endDate, years) }
}

/**
 * The approval heading `years` on, of the kind chosen: the school's own words with their dates and numbers blank
 * (`renewedApproval`), kept too while the director's or none is chosen, to be chosen again without retyping them.
 */
function renewedHeading(heading: Pick<Roadmap, 'approval' | 'approvalKind'>, years: number): Pick<Roadmap, 'approval' | 'approvalKind'> {
  return { approval: renewedApproval(heading.approval, years), approvalKind: approvalKindOf(heading) }
}

/** The roadmap a page opens on: the one running today, else the latest begun, else the first to come. */
export function currentRoadmap<T extends Pick<Roadmap, 'startDate' | 'endDate' | 'deleted'>>(roadmaps: readonly T[], today: string): T | undefined {
  const live = roadmaps.filter(r => !r.deleted).sort((a, b) => a.startDate.localeCompare(b.startDate))
  return live.find(r => r.startDate <= today && today <= r.endDate)
    ?? live.filter(r => r.startDate <= today).at(-1)
    ?? live[0]
}
