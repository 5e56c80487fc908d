import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { MENTOR_DUTIES_FROM } from '#shared/model/consentRules'
import { issuedDocumentOf } from '#shared/roadmap/issuedDocument'
import type { Person } from '#shared/model/person'
import type { DocumentRequisites } from '../../data/requisites.ts'
import { documentNames } from '../../data/names.ts'
import { formatDate, t } from '../../i18n/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { type Block, editableParagraph, type ReportDocument } from './document.ts'
import { acknowledgement, curatorsAppointed, directorSignature, type DraftInput, headLines, roadmapNamed, schoolCuratorOf, schoolIn, titleNamesPeriod } from './parts.ts'
import { introParagraphs, otherTablesBlocks, roadmapTable } from './roadmapTable.ts'

export interface AppointmentInput {
  requisites: DocumentRequisites
  roadmap: Roadmap
  events: readonly RoadmapEvent[]
  people: readonly Person[]
  draft: DraftInput
}

/**
 * The number and date the roadmap itself gives its order: the order its own «УТВЕРЖДАЮ» names (seed 002's «Приказ
 * № 21 от 30.08.2024 г.»), else the event whose issued document links to this order, else the one that appoints the
 * curator by an order (seed 002's «Назначение кураторов … | Приказ №32 от 04.09.2024», seed 003's «Назначение
 * ответственного (куратора)» marked «Приказ № 145-од»).
 */
export function appointmentIssued(events: readonly RoadmapEvent[], roadmap: Pick<Roadmap, 'id' | 'approval'>): { number: string, date: string } | undefined {
  const approving = roadmap.approval.split('\n').map(issuedDocumentOf).find(d => d && /^приказ/i.test(d.kind))
  const issued = events.filter(e => !e.deleted && e.roadmapId === roadmap.id && e.issued && (e.issued.number || e.issued.date))
  const linked = issued.find(e => e.issued!.link.startsWith('/reports/appointment'))
  const appointing = issued.find(e => /куратор/i.test(e.title) && /приказ/i.test(`${e.issued!.kind} ${e.plannedResult}`))
  const found = approving ?? (linked ?? appointing)?.issued
  return found ? { number: found.number, date: found.date } : undefined
}

/** A roadmap of the system of mentoring of teachers, by its title (seed 004's, the teachers' template's). */
const FOR_TEACHERS = /педагогическ[а-яё]* работник/i
type Grounds = 'subject' | 'basis' | 'basisEarly' | 'item1' | 'item3' | 'item3Blank'
/** The order's words on what it rests on: the students' target model (Р-145), or the teachers' system of mentoring. */
const ofRoadmap = (roadmap: Pick<Roadmap, 'title'>) => (key: Grounds): MessageKey =>
  FOR_TEACHERS.test(roadmap.title) ? `documents.appointment.teachers.${key}` : `documents.appointment.${key}`

/**
 * Приказ об утверждении Положения о наставничестве и дорожной карты и о назначении куратора: the school's order
 * that starts the target model, with its roadmap as the appendix, in the table the roadmap's own document prints.
 */
export function buildAppointment(input: AppointmentInput): ReportDocument {
  const { requisites, roadmap, draft } = input
  const words = ofRoadmap(roadmap)
  const names = documentNames(draft.names)
  const school = schoolIn(names, requisites)
  const text = (key: string, generated: string, align?: 'center') => editableParagraph(key, generated, draft.texts, align)
  const schoolCurator = schoolCuratorOf(requisites)
  const curator = schoolCurator ? curatorsAppointed(names, requisites, [schoolCurator]) : ''
  const ref = t('documents.appointment.ref', { date: draft.date ? formatDate(draft.date) : t('reports.blankDate'), number: draft.number ? `№ ${draft.number}` : t('reports.blankNumber') })
  const order: Block[] = [
    ...headLines(requisites, draft.number, draft.date),
    text('subject', t(words('subject')), 'center'),
    // ТК РФ ст. 351.8 is cited from the day it came into force: not in seed 001's order of 2021.
    text('basis', t(words((draft.date || roadmap.startDate) >= MENTOR_DUTIES_FROM ? 'basis' : 'basisEarly'), { school })),
    { kind: 'paragraph', text: t('documents.appointment.orders') },
    text('item1', t(words('item1'), { school })),
    text('item2', t('documents.appointment.item2', { title: roadmapNamed(roadmap.title), period: titleNamesPeriod(roadmap) ? '' : t('documents.appointment.period', { start: formatDate(roadmap.startDate), end: formatDate(roadmap.endDate) }) })),
    text('item3', curator ? t(words('item3'), { curator }) : t(words('item3Blank'))),
    text('item4', t('documents.appointment.item4')),
    text('item5', t('documents.appointment.item5')),
    directorSignature(requisites),
    ...acknowledgement(schoolCurator ? [schoolCurator.name] : []),
  ]
  const appendix: Block[] = [
    { kind: 'heading', text: t('documents.appointment.appendix', { ref }), newPage: true },
    { kind: 'paragraph', text: roadmap.title, align: 'center' },
    ...introParagraphs(roadmap),
    roadmapTable(roadmap, input.events, input.people),
    ...otherTablesBlocks(roadmap),
  ]
  return {
    fileName: t('documents.appointment.file', { title: roadmap.title }),
    title: t('documents.appointment.heading'),
    preamble: [requisites.fullName],
    blocks: [...order, ...appendix],
    // The order on upright sheets, its appendix turned where the roadmap prints so.
    ...(roadmap.orientation === 'landscape' && { landscapeFrom: order.length }),
    names: names.used(),
  }
}
