import { PRINTED_COLUMNS, type PrintedHead, type Roadmap, romanNumeral } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { Person } from '#shared/model/person'
import { deadlineWords } from '#shared/roadmap/formatDeadline'
import { eventNumbers } from '#shared/roadmap/roadmaps'
import { shortName } from '../../data/names.ts'
import { stageHeading, stageName } from '../../data/roadmapStages.ts'
import { locale, t } from '../../i18n/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { type Block, ROADMAP_COLUMN_WIDTHS, ROADMAP_SPHERES_WIDTHS, ROADMAP_STAGES_COLUMN_WIDTHS, type TableBlock } from './document.ts'
import '../roadmap/messages.ts'
import './documentsMessages.ts'

/** What the roadmap's documents print of the roadmap itself. */
export type PrintedRoadmap = Pick<Roadmap, 'id' | 'title' | 'startDate' | 'endDate' | 'numbering' | 'eventNumbering' | 'stages' | 'approval' | 'approvalKind' | 'preamble' | 'layout' | 'heads'>

/** The roadmap's live events, each stage's in order, with their numbers and their deadline and responsible as printed. */
function printedStages(roadmap: PrintedRoadmap, events: readonly RoadmapEvent[], people: readonly Person[]) {
  const names = new Map(people.map(p => [p.id, p.name]))
  const ofRoadmap = events.filter(e => !e.deleted && e.roadmapId === roadmap.id)
  const numbers = eventNumbers(roadmap, ofRoadmap)
  return roadmap.stages.map((stage, s) => ({
    stage,
    name: stageHeading(roadmap, s),
    events: ofRoadmap.filter(e => e.stageId === stage.id).sort((a, b) => a.position - b.position).map(e => ({
      event: e,
      // A roadmap numbered as its table prints the table's numbers only: one the school left unnumbered stays so on
      // paper (seed 000's first of «Блок 4»), where the screens give it one by its stage to point at.
      number: roadmap.eventNumbering === 'table' ? e.number : numbers.get(e.id) ?? '',
      deadline: deadlineWords(e.deadline, locale.value).words,
      responsible: [e.responsible, ...e.responsibleIds.map(id => shortName(names.get(id) ?? ''))].filter(Boolean).join('; '),
    })),
  }))
}

/** What the school writes between its title and its table (seed 003's goal and tasks), a paragraph a line. */
export function preambleParagraphs(roadmap: PrintedRoadmap): Block[] {
  return (roadmap.preamble ?? '').split('\n').map(line => line.trim()).filter(Boolean).map(text => ({ kind: 'paragraph', text }))
}

/**
 * The roadmap as the school approves it, in the seeds' columns (№ п/п, мероприятие, срок, ответственный, результат /
 * вид документа): one table, each stage a row across it in the school's numbering, its events under it in order,
 * numbered as the roadmap numbers them («2.3», or «17» straight through), and the stage's resources after them.
 * The plan only: nothing of how the events went (done, overdue, which programme) is printed.
 */
export function roadmapTable(roadmap: PrintedRoadmap, events: readonly RoadmapEvent[], people: readonly Person[]): TableBlock {
  if (roadmap.layout === 'spheres')
    return spheresTable(roadmap, events, people)
  if (roadmap.layout === 'stages')
    return stagesTable(roadmap, events, people)
  // A stage is a row across the table here, not a column.
  const heads = printedHeads(roadmap).filter((head): head is EventHead => head.role !== 'stage')
  const rows: string[][] = []
  const subheads: NonNullable<TableBlock['subheads']> = []
  for (const { stage, name, events: ofStage } of printedStages(roadmap, events, people)) {
    if (!stage.unheaded)
      subheads.push({ before: rows.length, text: name })
    rows.push(...ofStage.map(e => heads.map(({ role }) => cellOf[role](e))))
    // Seed 000 gives each stage the resources it draws on, in a column of their own: printed under its events.
    if (stage.resources.trim())
      subheads.push({ before: rows.length, text: t('documents.roadmap.resources', { resources: stage.resources.trim() }), note: true })
  }
  return { kind: 'table', ...headAndWidths(heads), rows, subheads }
}

/** The columns as the school's table headed and ordered them, else the app's. */
const printedHeads = (roadmap: PrintedRoadmap): readonly PrintedHead[] =>
  roadmap.heads?.length ? roadmap.heads : PRINTED_COLUMNS.map(role => ({ role, text: '' }))

/** The columns' heads, in the school's words where it wrote them, and their shares of the sheet's width. */
function headAndWidths(heads: readonly PrintedHead[], shares = ROADMAP_COLUMN_WIDTHS): Pick<TableBlock, 'head' | 'widths'> {
  const widths = heads.map(({ role }) => shares[role])
  const total = widths.reduce((sum, width) => sum + width, 0)
  return { head: heads.map(({ role, text }) => text || t(HEAD_WORDS[role])), widths: widths.map(width => (width * 100) / total) }
}

type PrintedEvent = ReturnType<typeof printedStages>[number]['events'][number]
type EventHead = PrintedHead & { role: Exclude<PrintedHead['role'], 'stage'> }
const cellOf: Record<EventHead['role'], (e: PrintedEvent) => string> = {
  number: e => e.number,
  title: e => e.event.title,
  deadline: e => e.deadline,
  responsible: e => e.responsible,
  result: e => e.event.plannedResult,
}
/** The app's words for a column whose head the school did not write (a roadmap made in the app). */
const HEAD_WORDS: Record<PrintedHead['role'], MessageKey> = {
  number: 'documents.roadmap.number',
  stage: 'documents.roadmap.stage',
  title: 'documents.roadmap.event',
  deadline: 'documents.roadmap.deadline',
  responsible: 'documents.roadmap.responsible',
  result: 'documents.roadmap.result',
}

/**
 * Seed 000's table: a stage a row, its name as the school writes it («1 этап «Подготовка условий…»») and deadline
 * first, then its events in the column of their sphere (one with none set is the school's own work, inside), then its
 * resources. The deadline its events share is the stage's; an event's own deadline, who answers for it and its result
 * follow its title.
 */
function spheresTable(roadmap: PrintedRoadmap, events: readonly RoadmapEvent[], people: readonly Person[]): TableBlock {
  const rows = printedStages(roadmap, events, people).map(({ stage, events: ofStage }, s) => {
    const name = stage.unheaded ? stage.title : `${stageName(roadmap, s)} «${stage.title}»`
    const deadlines = [...new Set(ofStage.map(e => e.deadline))]
    const shared = deadlines.length === 1 ? deadlines[0]! : ''
    const line = (e: typeof ofStage[number]) => {
      const details = [e.deadline !== shared && e.deadline && t('documents.roadmap.eventDeadline', { deadline: e.deadline }), e.responsible, e.event.plannedResult].filter(Boolean)
      return [e.number && `${e.number}.`, e.event.title, details.length ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ')
    }
    const of = (sphere: 'inside' | 'outside') => ofStage.filter(e => (e.event.sphere || 'inside') === sphere).map(line).join('\n')
    return [[name, shared].filter(Boolean).join('\n'), of('inside'), of('outside'), stage.resources.trim()]
  })
  const head = [t('documents.roadmap.stageColumn'), t('documents.roadmap.inside'), t('documents.roadmap.outside'), t('documents.roadmap.resourcesColumn')]
  return { kind: 'table', head, rows, widths: ROADMAP_SPHERES_WIDTHS, breakRows: true }
}

/**
 * Seed 004's table: a stage a row, its number and title, its events in one cell («1) Сбор информации… 2) Формирование…»,
 * one alone unnumbered) with its resources after them, and what its events share in the other columns. Where they
 * differ, each event's is given by its number.
 */
function stagesTable(roadmap: PrintedRoadmap, events: readonly RoadmapEvent[], people: readonly Person[]): TableBlock {
  const own = printedHeads(roadmap)
  const heads = own.some(({ role }) => role === 'stage') ? own : withStageColumn(own)
  const rows = printedStages(roadmap, events, people).map(({ stage, events: ofStage }, s) => {
    const numbered = (values: string[]) => values.map((value, i) => (ofStage.length > 1 && value ? `${i + 1}) ${value}` : value)).filter(Boolean).join('\n')
    const shared = (values: string[]) => (new Set(values.filter(Boolean)).size > 1 ? numbered(values) : values.find(Boolean) ?? '')
    const cells: Record<PrintedHead['role'], () => string> = {
      number: () => (stage.unheaded ? '' : `${stage.label?.replace(/\.$/, '') || (roadmap.numbering === 'roman' ? romanNumeral(s) : s + 1)}.`),
      stage: () => (stage.unheaded ? '' : stage.title),
      title: () => [numbered(ofStage.map(e => e.event.title)), stage.resources.trim() && t('documents.roadmap.resources', { resources: stage.resources.trim() })].filter(Boolean).join('\n'),
      deadline: () => shared(ofStage.map(e => e.deadline)),
      responsible: () => shared(ofStage.map(e => e.responsible)),
      result: () => shared(ofStage.map(e => e.event.plannedResult)),
    }
    return heads.map(({ role }) => cells[role]())
  })
  return { kind: 'table', ...headAndWidths(heads, ROADMAP_STAGES_COLUMN_WIDTHS), rows, breakRows: true }
}

/** A stage's column, after the number's, for a roadmap printed a stage a row whose columns had none. */
function withStageColumn(heads: readonly PrintedHead[]): PrintedHead[] {
  const at = heads.findIndex(({ role }) => role === 'number') + 1
  return [...heads.slice(0, at), { role: 'stage', text: '' }, ...heads.slice(at)]
}
