import { withoutNumberSign } from '#shared/model/fields'
import { approvalKindOf, type Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { Person } from '#shared/model/person'
import type { Requisites } from '../../data/requisites.ts'
import { type DocumentNames, documentNames, initialsOf } from '../../data/names.ts'
import { schoolInCase, schoolNameOf } from '../../data/schoolName.ts'
import { t } from '../../i18n/index.ts'
import { type ReportDocument, signedName } from './document.ts'
import { directorPosition, type DraftInput, schoolIn, schoolNamed, shortDate } from './parts.ts'
import { introParagraphs, otherTablesBlocks, type PrintedRoadmap, roadmapTable } from './roadmapTable.ts'
import './documentsMessages.ts'
import './messages.ts'

export interface RoadmapDocumentInput {
  requisites: Requisites
  roadmap: PrintedRoadmap
  events: readonly RoadmapEvent[]
  people: readonly Person[]
  /**
   * The number and date of the order that approves the roadmap (its appendix), as that order's draft holds them, and
   * the school's name in the cases the curator corrected there, which the order and this document share.
   */
  order: Pick<DraftInput, 'number' | 'date' | 'names'>
}

/** The director's blank, shorter than a signature line's: it shares the right half of the sheet with the initials. */
const APPROVAL_BLANK = '______________'
const SEPTEMBER = 9
const AUGUST = 8
const yearAndMonth = (date: string) => [Number(date.slice(0, 4)), Number(date.slice(5, 7))] as const

/** «на 2024-2025 учебный год» (September to the summer after), «на 2025 год», «на 2021-2024 годы», as the seeds title it. */
export function roadmapPeriod(roadmap: Pick<Roadmap, 'startDate' | 'endDate'>): string {
  const [from, startMonth] = yearAndMonth(roadmap.startDate)
  const [to, endMonth] = yearAndMonth(roadmap.endDate)
  if (to === from + 1 && startMonth >= AUGUST && startMonth <= SEPTEMBER && endMonth <= AUGUST)
    return t('documents.roadmap.schoolYear', { from, to })
  return from === to ? t('documents.roadmap.year', { year: from }) : t('documents.roadmap.years', { from, to })
}

/**
 * A title that names a school already, as the seeds' do, whatever the requisites spell: its kind abbreviated (МБОУ,
 * МОБУ, КОГОБУ, КОГПОБУ, СОШ, СШ…) or a college's, a lyceum's, a gymnasium's.
 */
const NAMES_SCHOOL = /(?<![А-ЯЁ])[А-ЯЁ]{0,5}(?:ОУ|ОБУ|ПОУ|ПОБУ|СОШ|ООШ|НОШ|СШ)(?![А-ЯЁа-яё])|колледж|техникум|лице[йяе]|гимнази/u

/**
 * The roadmap's title with the school's name and its period; a title that names the school is the school's own
 * (seeds 000 and 004 name no period) and prints as it wrote it, as the приказ's appendix prints it.
 */
function titleOf(roadmap: PrintedRoadmap, requisites: Requisites, names: DocumentNames): string {
  const title = roadmap.title.trim()
  const school = schoolNameOf(requisites)
  if ((school && (title.includes(school) || title.includes(schoolInCase(requisites, 'prepositional').text))) || NAMES_SCHOOL.test(title))
    return title
  return [title, school && t('documents.roadmap.at', { school: schoolIn(names, requisites) }), !title.includes(roadmap.startDate.slice(0, 4)) && roadmapPeriod(roadmap)].filter(Boolean).join(' ')
}

/**
 * «УТВЕРЖДАЮ», the director of the school with the blank for the hand, and the order that approves the roadmap (blanks
 * until its number and date are known); or the school's own approval heading as it wrote it; or none, as it chose.
 */
function approvalLines(input: RoadmapDocumentInput, names: DocumentNames): string[] {
  const kind = approvalKindOf(input.roadmap)
  if (kind !== 'director')
    return kind === 'own' ? ownApproval(input.roadmap.approval) : []
  const { requisites, order } = input
  const number = t('documents.roadmap.order', { number: order.number ? `№ ${withoutNumberSign(order.number)}` : t('reports.blankNumber') })
  const dated = t('documents.roadmap.orderDated', { date: order.date ? t('documents.roadmap.dated', { date: shortDate(order.date) }) : t('reports.blankDate') })
  return [
    t('documents.roadmap.approve'),
    [directorPosition(requisites), schoolNamed(names, requisites, 'genitive')].filter(Boolean).join(' '),
    signedName(requisites.directorName ? initialsOf(requisites.directorName) : '', APPROVAL_BLANK),
    // Blanks to fill by hand do not fit the heading's width on one line, which left «20___ г.» alone under it.
    ...(order.number && order.date ? [`${number} ${dated}`] : [number, dated]),
  ]
}

/** A signer's name ending a line, initials first or last: «Т.В. Бальбердина», «Директор И.М.Бугаева», «Иванова М. П.». */
const SIGNER = /(?<=^|\s)((?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? (?:\p{Lu}\.\s?){1,2})$/u

/**
 * The school's own heading, line by line; one blank line kept between its parts («РАССМОТРЕНО…», «УТВЕРЖДАЮ…»).
 * A signer's name the text gives without a line to sign on (seeds 000, 002, 004 lost theirs as text) gets one.
 */
function ownApproval(text: string): string[] {
  const lines = text.split('\n').map(line => line.trim())
  return lines.filter((line, i) => line || (i > 0 && lines[i - 1] && lines.slice(i + 1).some(Boolean)))
    .map(line => (line.includes('_') ? line : line.replace(SIGNER, name => signedName(name.trim(), APPROVAL_BLANK))))
}

/**
 * Дорожная карта as the school signs it (seeds 000–004): the approval at the top right, the title naming the school and
 * the period, and one table of the events by stages with the deadlines in the school's own words. No status.
 */
export function buildRoadmapDocument(input: RoadmapDocumentInput): ReportDocument {
  const { requisites, roadmap } = input
  const names = documentNames(input.order.names)
  return {
    fileName: t('documents.roadmap.file', { period: roadmapPeriod(roadmap) }),
    title: titleOf(roadmap, requisites, names),
    approval: approvalLines(input, names),
    preamble: [],
    blocks: [...introParagraphs(roadmap), roadmapTable(roadmap, input.events, input.people), ...otherTablesBlocks(roadmap)],
    ...(roadmap.orientation === 'landscape' && { landscapeFrom: 0 }),
    names: names.used(),
  }
}
