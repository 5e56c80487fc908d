import { eventNumber, type Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { Person } from '#shared/model/person'
import { formatDeadline } from '#shared/roadmap/formatDeadline'
import type { Requisites } from '../../data/requisites.ts'
import { documentNames } from '../../data/names.ts'
import { stageName } from '../../data/roadmapStages.ts'
import { formatDate, locale, t } from '../../i18n/index.ts'
import { type Block, editableParagraph, type ReportDocument, ROADMAP_WIDTHS } from './document.ts'
import { directorSignature, type DraftInput, headLines } from './parts.ts'
import '../roadmap/messages.ts'

export interface AppointmentInput {
  requisites: Requisites
  roadmap: Roadmap
  events: readonly RoadmapEvent[]
  people: readonly Person[]
  draft: DraftInput
}

/** The roadmap as the order's appendix: each stage under its own number and title, its events with the deadlines as the school wrote them. */
function appendixBlocks(input: AppointmentInput): Block[] {
  const names = new Map(input.people.map(p => [p.id, p.name]))
  const { roadmap } = input
  return roadmap.stages.flatMap((stage, s): Block[] => {
    const events = input.events.filter(e => !e.deleted && e.roadmapId === roadmap.id && e.stageId === stage.id).sort((a, b) => a.position - b.position)
    const rows = events.map((e, i) => [
      eventNumber(s, i),
      e.title,
      e.deadline.text.trim() || formatDeadline(e.deadline, locale.value),
      [e.responsible, ...e.responsibleIds.map(id => names.get(id) ?? '')].filter(Boolean).join('; '),
    ])
    return [
      { kind: 'heading', text: `${stageName(roadmap.numbering, s)}. ${stage.title}` },
      rows.length
        ? { kind: 'table', head: [t('reports.order.number'), t('documents.appointment.event'), t('documents.appointment.deadline'), t('documents.appointment.responsible')], rows, widths: ROADMAP_WIDTHS }
        : { kind: 'paragraph', text: t('documents.appointment.stageEmpty') },
    ]
  })
}

/**
 * Приказ об утверждении Положения о наставничестве и дорожной карты и о назначении куратора: the school's order
 * that starts the target model, with its roadmap as the appendix.
 */
export function buildAppointment(input: AppointmentInput): ReportDocument {
  const { requisites, roadmap, draft } = input
  const names = documentNames(draft.names)
  const school = requisites.shortName || requisites.fullName
  const text = (key: string, generated: string, align?: 'center') => editableParagraph(key, generated, draft.texts, align)
  const curator = requisites.curatorName
    ? [names.name('curator', requisites.curatorName, 'accusative'), requisites.curatorPosition && `(${requisites.curatorPosition})`].filter(Boolean).join(' ')
    : ''
  const ref = t('documents.appointment.ref', { date: draft.date ? formatDate(draft.date) : t('reports.blankDate'), number: draft.number ? `№ ${draft.number}` : t('reports.blankNumber') })
  const blocks: Block[] = [
    ...headLines(requisites, draft.number, draft.date),
    text('subject', t('documents.appointment.subject'), 'center'),
    text('basis', t('documents.appointment.basis', { school })),
    { kind: 'paragraph', text: t('documents.appointment.orders') },
    text('item1', t('documents.appointment.item1', { school })),
    text('item2', t('documents.appointment.item2', { title: roadmap.title, start: formatDate(roadmap.startDate), end: formatDate(roadmap.endDate) })),
    text('item3', curator ? t('documents.appointment.item3', { curator }) : t('documents.appointment.item3Blank')),
    text('item4', t('documents.appointment.item4')),
    text('item5', t('documents.appointment.item5')),
    directorSignature(requisites),
    { kind: 'heading', text: t('documents.appointment.appendix', { ref }), newPage: true },
    { kind: 'paragraph', text: roadmap.title, align: 'center' },
    ...appendixBlocks(input),
  ]
  return {
    fileName: t('documents.appointment.file', { title: roadmap.title }),
    title: t('documents.appointment.heading'),
    preamble: [requisites.fullName],
    blocks,
    names: names.used(),
  }
}
