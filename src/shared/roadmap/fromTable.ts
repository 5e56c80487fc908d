import { uuidv7 } from '../ids.ts'
import { approvalKindOf, type DocumentTable, type Roadmap, roadmapIdFor, romanNumeral } from '../model/roadmap.ts'
import type { RecordFields } from '../model/record.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import type { ImportedRoadmap } from './importedRoadmap.ts'
import { issuedDocumentOf } from './issuedDocument.ts'
import { blankEvent, type NewRoadmap } from './roadmaps.ts'

export interface ImportTarget {
  title: string
  startDate: string
  endDate: string
  /** The approval heading above the school's table («УТВЕРЖДАЮ …»), where its text had one. */
  approval?: string
  /** 'none' for a document whose text above its table has no approval heading (seeds 001, 003); else by `approval`. */
  approvalKind?: Roadmap['approvalKind']
  /** The text between the school's title and its table (seed 003's goals and tasks). */
  intro?: string
  /** The document's other tables the curator keeps, printed after the roadmap's (seed 001's passport). */
  otherTables?: DocumentTable[]
  /** The roadmap it replaces, or a new one's id; by default the starting year's roadmap. */
  id?: string
}

/**
 * The school's numbers as it wrote them (seed 001's «1.» … «20.», then «19», «20.» again; seed 002's «2.1.» under its
 * second part, though its first part's second section had a «2.1.» already), printed so by default; «through» only
 * where they are 1, 2 … n exactly, which the app prints the same and goes on for an event added later. No numbers:
 * by stage.
 */
function eventNumberingOf(table: ImportedRoadmap): Roadmap['eventNumbering'] {
  if (!table.events.some(event => event.number))
    return 'stage'
  return table.events.every((event, i) => event.number === String(i + 1)) ? 'through' : 'table'
}

/**
 * Whether the stages keep the labels their table wrote: where the roadmap's one numbering would not give them
 * (seed 002's «I.», then «1.» and «2.» inside it, then «II.»; seed 000's «1 этап», then «Блок 3»; seed 001's «1 этап»,
 * then «Этап 2», the word first, which the numbering «1 этап» would reword).
 */
function labelsAsWritten(table: ImportedRoadmap): boolean {
  const expected = (index: number) => (table.numbering === 'roman' ? romanNumeral(index) : String(index + 1))
  return table.stages.some((stage, index) => {
    if (/^этап/i.test(stage.numberLabel))
      return true
    const number = /[IVXLC]+|\d+/.exec(stage.numberLabel)?.[0] ?? ''
    const kind = /^блок/i.test(stage.numberLabel) ? 'block' : /^[IVXLC]+$/.test(number) ? 'roman' : 'arabic'
    return number !== expected(index) || (kind !== table.numbering && !(kind === 'arabic' && table.numbering === 'arabic'))
  })
}

/** What a recurring or standing event marks is each occurrence, not the whole: one document does not close it. */
const ONCE: ReadonlyArray<RoadmapEvent['deadline']['kind']> = ['on', 'by', 'period', 'external', 'text']

/**
 * An event whose result cell names a document issued by `today` (seed 002's «Приказ №32 от 04.09.2024 г.») was done
 * by it: imported done on that day, the document as its issued one, the cell kept as the school wrote it.
 */
function doneByDocument(event: RecordFields<RoadmapEvent>, today: string): RecordFields<RoadmapEvent> {
  const issued = ONCE.includes(event.deadline.kind) ? issuedDocumentOf(event.plannedResult) : null
  return issued && issued.date <= today ? { ...event, status: 'done', doneOn: issued.date, issued } : event
}

/**
 * The school's own table as its roadmap: its stages in its numbering, its events in its order with their
 * deadlines; events found before any stage row go to a first stage of their own, so none is dropped.
 */
export function roadmapFromTable(table: ImportedRoadmap, target: ImportTarget, looseStageTitle: string, today: string): NewRoadmap {
  const id = target.id ?? roadmapIdFor(Number(target.startDate.slice(0, 4)))
  const loose = table.events.some(e => e.stageIndex === null)
  const asWritten = labelsAsWritten(table)
  const stages = [
    ...(loose ? [{ id: uuidv7(), title: looseStageTitle, resources: '', label: '', unheaded: true }] : []),
    ...table.stages.map(stage => ({ id: uuidv7(), title: stage.title, resources: stage.resources, label: asWritten ? stage.numberLabel : '', ...(stage.asRow && { asRow: true }) })),
  ]
  const stageOf = (index: number | null) => stages[index === null ? 0 : index + (loose ? 1 : 0)]!.id
  return {
    id,
    fields: {
      title: target.title,
      startDate: target.startDate,
      endDate: target.endDate,
      numbering: table.numbering,
      eventNumbering: eventNumberingOf(table),
      stages,
      approval: target.approval ?? '',
      // Each set, none left out: in place of another roadmap the record is written over that one's fields.
      approvalKind: approvalKindOf({ approval: target.approval ?? '', approvalKind: target.approvalKind }),
      intro: target.intro ?? '',
      otherTables: target.otherTables ?? [],
      // A table of a stage a row prints as it was written: its events by sphere (seed 000), or in one cell (seed 004).
      layout: table.columns.inside || table.columns.outside ? 'spheres' : table.columns.stage ? 'stages' : 'events',
      heads: table.heads,
      stageHead: table.stageHead,
    },
    events: table.events.map((event, position) => ({
      id: uuidv7(),
      fields: { ...doneByDocument(blankEvent(id, stageOf(event.stageIndex), { ...event, plannedResult: event.result }, position), today), number: event.number },
    })),
  }
}
