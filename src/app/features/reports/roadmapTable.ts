import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { Person } from '#shared/model/person'
import { deadlineWords } from '#shared/roadmap/formatDeadline'
import { eventNumbers } from '#shared/roadmap/roadmaps'
import { shortName } from '../../data/names.ts'
import { stageName } from '../../data/roadmapStages.ts'
import { locale, t } from '../../i18n/index.ts'
import { ROADMAP_WIDTHS, type TableBlock } from './document.ts'
import '../roadmap/messages.ts'
import './documentsMessages.ts'

/** What the roadmap's documents print of the roadmap itself. */
export type PrintedRoadmap = Pick<Roadmap, 'id' | 'title' | 'startDate' | 'endDate' | 'numbering' | 'eventNumbering' | 'stages' | 'approval'>

/**
 * The roadmap as the school approves it, in the seeds' columns (№ п/п, мероприятие, срок, ответственный, результат /
 * вид документа): one table, each stage a row across it in the school's numbering, its events under it in order,
 * numbered as the roadmap numbers them («2.3», or «17» straight through), and the stage's resources after them.
 * The plan only: nothing of how the events went (done, overdue, which programme) is printed.
 */
export function roadmapTable(roadmap: PrintedRoadmap, events: readonly RoadmapEvent[], people: readonly Person[]): TableBlock {
  const names = new Map(people.map(p => [p.id, p.name]))
  const ofRoadmap = events.filter(e => !e.deleted && e.roadmapId === roadmap.id)
  const numbers = eventNumbers(roadmap, ofRoadmap)
  const rows: string[][] = []
  const subheads: NonNullable<TableBlock['subheads']> = []
  roadmap.stages.forEach((stage, s) => {
    subheads.push({ before: rows.length, text: `${stageName(roadmap, s)}. ${stage.title}` })
    const ofStage = ofRoadmap.filter(e => e.stageId === stage.id).sort((a, b) => a.position - b.position)
    rows.push(...ofStage.map(e => [
      numbers.get(e.id) ?? '',
      e.title,
      deadlineWords(e.deadline, locale.value).words,
      [e.responsible, ...e.responsibleIds.map(id => shortName(names.get(id) ?? ''))].filter(Boolean).join('; '),
      e.plannedResult,
    ]))
    // Seed 000 gives each stage the resources it draws on, in a column of their own: printed under its events.
    if (stage.resources.trim())
      subheads.push({ before: rows.length, text: t('documents.roadmap.resources', { resources: stage.resources.trim() }), note: true })
  })
  const head = [t('documents.roadmap.number'), t('documents.roadmap.event'), t('documents.roadmap.deadline'), t('documents.roadmap.responsible'), t('documents.roadmap.result')]
  return { kind: 'table', head, rows, subheads, widths: ROADMAP_WIDTHS }
}
