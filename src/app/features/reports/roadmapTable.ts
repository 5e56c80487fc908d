import { PRINTED_COLUMNS, type PrintedHead, type Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { Person } from '#shared/model/person'
import { deadlineWords } from '#shared/roadmap/formatDeadline'
import { tableName } from '#shared/roadmap/pastedText'
import { eventNumbers } from '#shared/roadmap/roadmaps'
import { shortName } from '../../data/names.ts'
import { stageHeading, stageName, stageNumber } from '../../data/roadmapStages.ts'
import { locale, t } from '../../i18n/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { type Block, type PrintedColumn, ROADMAP_COLUMN_WIDTHS, ROADMAP_SPHERES_WIDTHS, ROADMAP_STAGES_COLUMN_WIDTHS, type TableBlock } from './document.ts'
import '../roadmap/messages.ts'
import './documentsMessages.ts'

/** What the roadmap's documents print of the roadmap itself. */
export type PrintedRoadmap = Pick<Roadmap, 'id' | 'title' | 'startDate' | 'endDate' | 'numbering' | 'eventNumbering' | 'stages' | 'approval' | 'approvalKind' | 'intro' | 'layout' | 'orientation' | 'heads' | 'stageHead' | 'otherTables'>

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
      number: numbers.get(e.id) ?? '',
      deadline: deadlineWords(e.deadline, locale.value).words,
      responsible: [e.responsible, ...e.responsibleIds.map(id => shortName(names.get(id) ?? ''))].filter(Boolean).join('; '),
    })),
  }))
}

/** What the school writes between its title and its table (seed 003's goal and tasks), a paragraph a line. */
export function introParagraphs(roadmap: PrintedRoadmap): Block[] {
  return (roadmap.intro ?? '').split('\n').map(line => line.trim()).filter(Boolean).map(text => ({ kind: 'paragraph', text }))
}

/**
 * The document's other tables after the roadmap's, as the school wrote them (seed 001's «Паспорт программы
 * наставничества», seed 003's indicators): each under the paragraph that named it.
 */
export function otherTablesBlocks(roadmap: PrintedRoadmap): Block[] {
  return (roadmap.otherTables ?? []).flatMap((table): Block[] => {
    const columns = Math.max(1, ...table.rows.map(row => row.length))
    const [first, ...rest] = table.rows
    // A first row with words over every column heads the table (seed 003's years); a row across it (seed 001's «I. Общая информация») does not.
    const headed = first && rest.length && first.length === columns && first.every(Boolean)
    return [
      ...(table.caption ? [{ kind: 'heading' as const, text: table.caption }] : []),
      { kind: 'grid', label: tableName(table), ...(headed ? { head: first, rows: rest } : { rows: table.rows }), columns },
    ]
  })
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
  const heads = printedHeads(roadmap)
  const rows: string[][] = []
  const subheads: NonNullable<TableBlock['subheads']> = []
  for (const [index, { stage, name, events: ofStage }] of printedStages(roadmap, events, people).entries()) {
    // Seed 003's «3.» is a row of its table, its number and title in their columns, not a heading across it.
    if (stage.asRow && !stage.unheaded)
      rows.push(heads.map(({ role }) => (role === 'number' ? stageNumber(roadmap, index) : role === 'title' ? stage.title : '')))
    else if (!stage.unheaded)
      subheads.push({ before: rows.length, text: name })
    rows.push(...ofStage.map(e => heads.map(({ role }) => cellOf[role](e))))
    // Seed 000 gives each stage the resources it draws on, in a column of their own: printed under its events.
    if (stage.resources.trim())
      subheads.push({ before: rows.length, text: t('documents.roadmap.resources', { resources: stage.resources.trim() }), note: true })
  }
  return { kind: 'table', ...headAndWidths(heads, ROADMAP_COLUMN_WIDTHS), rows, subheads }
}

/** The columns as the school's table headed and ordered them, else the app's. */
const printedHeads = (roadmap: PrintedRoadmap): readonly PrintedHead[] =>
  roadmap.heads?.length ? roadmap.heads : PRINTED_COLUMNS.map(role => ({ role, text: '' }))

/** The columns' heads, in the school's words where it wrote them, and their shares of the sheet's width. */
function headAndWidths<C extends PrintedColumn>(heads: ReadonlyArray<{ role: C, text: string }>, shares: Readonly<Record<C, number>>): Pick<TableBlock, 'head' | 'widths'> {
  const widths = heads.map(({ role }) => shares[role])
  const total = widths.reduce((sum, width) => sum + width, 0)
  return { head: heads.map(({ role, text }) => text || t(HEAD_WORDS[role])), widths: widths.map(width => (width * 100) / total) }
}

type PrintedEvent = ReturnType<typeof printedStages>[number]['events'][number]
const cellOf: Record<PrintedHead['role'], (e: PrintedEvent) => string> = {
  number: e => e.number,
  title: e => e.event.title,
  deadline: e => e.deadline,
  responsible: e => e.responsible,
  result: e => e.event.plannedResult,
}
/** The app's words for a column whose head the school did not write (a roadmap made in the app). */
const HEAD_WORDS: Record<PrintedColumn, MessageKey> = {
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
      return [e.number && (/[.)]$/.test(e.number) ? e.number : `${e.number}.`), e.event.title, details.length ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ')
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
  const heads = withStageColumn(printedHeads(roadmap), roadmap.stageHead ?? '')
  const rows = printedStages(roadmap, events, people).map(({ stage, events: ofStage }, s) => {
    const numbered = (values: string[]) => values.map((value, i) => (ofStage.length > 1 && value ? `${i + 1}) ${value}` : value)).filter(Boolean).join('\n')
    const shared = (values: string[]) => (new Set(values.filter(Boolean)).size > 1 ? numbered(values) : values.find(Boolean) ?? '')
    const cells: Record<PrintedColumn, () => string> = {
      number: () => (stage.unheaded ? '' : stageNumber(roadmap, s)),
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

/** The stages' column, after the number's, headed in the school's words where its table had one (seed 004). */
function withStageColumn(heads: readonly PrintedHead[], text: string): Array<{ role: PrintedColumn, text: string }> {
  const at = heads.findIndex(({ role }) => role === 'number') + 1
  return [...heads.slice(0, at), { role: 'stage', text }, ...heads.slice(at)]
}
