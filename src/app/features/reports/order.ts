import { localCalendarDate, schoolYearOf } from '#shared/dates'
import { MENTOR_DUTIES_FROM } from '#shared/model/consentRules'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import { isSchoolStaff, isStaff } from '#shared/model/staff'
import type { Program } from '#shared/model/program'
import type { DocumentRequisites } from '../../data/requisites.ts'
import { type Block, editableParagraph, type ReportDocument } from './document.ts'
import { formatDate, t } from '../../i18n/index.ts'
import { documentNames, type NameCase } from '../../data/names.ts'
import { acknowledgement, curatorsAppointed, curatorsOf, directorSignature, type DraftInput, headLines, personNamed, placeOf as place, programNamed, schoolCuratorOf, schoolIn } from './parts.ts'
import './messages.ts'

export interface OrderInput {
  requisites: DocumentRequisites
  program: Program
  pairs: readonly Pair[]
  people: readonly Person[]
  draft: DraftInput
  /** The school year (its first year) whose pairs an order of the past assigns; none: the pairs of now. */
  startedIn?: number
}

/** The programme's pairs an order may assign: not dissolved, which no order assigns after the fact. */
const assignable = (input: Pick<OrderInput, 'program' | 'pairs'>) =>
  input.pairs.filter(p => p.programId === input.program.id && !p.deleted && p.status !== 'dissolved')

/**
 * The pairs and groups the order assigns, by mentor's name: those begun in the school year asked for (seed 003's
 * 2020/21 order, printed in 2026); else the programme's running ones; a programme over, or typed in after it ran
 * (every pair «завершена»), those that ran to their end, as the order assigned them when they began.
 */
export function orderedPairs(input: Pick<OrderInput, 'program' | 'pairs' | 'people' | 'startedIn'>): Array<{ pair: Pair, mentor: string }> {
  const names = new Map(input.people.map(p => [p.id, p.name]))
  const own = assignable(input)
  const running = own.filter(p => p.status === 'active')
  const listed = input.startedIn !== undefined ? own.filter(p => schoolYearOf(p.startDate) === input.startedIn) : running.length ? running : own
  return listed
    .map(pair => ({ pair, mentor: names.get(pair.mentorId) ?? '…' }))
    .sort((a, b) => a.mentor.localeCompare(b.mentor, 'ru'))
}

/** The school years (their first years) in which the programme's pairs began, newest first: an order may be printed for each. */
export function pairYears(input: Pick<OrderInput, 'program' | 'pairs'>): number[] {
  return [...new Set(assignable(input).map(p => schoolYearOf(p.startDate)))].sort((a, b) => b - a)
}

/**
 * On what the order rests: the school's staff mentors' consent (written, under ТК 351.8, from the day it came into
 * force: an order dated, or of pairs begun, before it cites none), the pupils' consents to their data.
 */
function basisText(input: OrderInput, participants: readonly Person[], school: string, on: string): string {
  const parts = [t('reports.order.basis', { school })]
  const mentors = new Set(input.pairs.map(p => p.mentorId))
  if (participants.some(p => mentors.has(p.id) && isSchoolStaff(p.category)))
    parts.push(t(on >= MENTOR_DUTIES_FROM ? 'reports.order.basisStaff' : 'reports.order.basisStaffEarly'))
  if (participants.some(p => !isStaff(p.category)))
    parts.push(t('reports.order.basisPupils'))
  return `${parts.join(', ')}.`
}

/**
 * The period the order assigns its pairs for: from the first pair's start to the last one's planned end, as the
 * appendix lists them (seed 002's pairs from 4 September in a programme from the 1st); the programme's with none.
 */
function pairsPeriod(pairs: ReadonlyArray<Pick<Pair, 'startDate' | 'plannedEndDate'>>, program: Pick<Program, 'startDate' | 'endDate'>): { start: string, end: string } {
  const starts = pairs.map(pair => pair.startDate).sort()
  const ends = pairs.map(pair => pair.plannedEndDate).sort()
  return { start: formatDate(starts[0] ?? program.startDate), end: formatDate(ends.at(-1) ?? program.endDate) }
}

/**
 * Приказ о закреплении наставнических пар: its paragraphs as the curator left them (or as the data gives them),
 * the pairs (names in the case each sentence needs) and the appendix always from the data.
 */
export function buildOrder(input: OrderInput): ReportDocument {
  const people = new Map(input.people.map(p => [p.id, p]))
  const names = documentNames(input.draft.names)
  const { program, requisites, draft } = input
  const assigned = orderedPairs(input)
  const participants = assigned.flatMap(({ pair }) => [pair.mentorId, ...pair.menteeIds]).map(id => people.get(id)).filter(p => p !== undefined)
  const nameOf = (id: string, nameCase: NameCase) => personNamed(names, id, people.get(id), nameCase)
  const withPlace = (id: string, text: string) => (place(people.get(id)) ? `${text} (${place(people.get(id))})` : text)
  const assignments = assigned.map(({ pair }, i) => t('reports.order.assign', {
    n: i + 1,
    mentor: withPlace(pair.mentorId, nameOf(pair.mentorId, 'instrumental')),
    mentees: pair.menteeIds.map(id => withPlace(id, nameOf(id, 'accusative'))).join(', '),
  }))
  // The programme's own curators, whom an order on its pairs appoints; the school's curator where it names none.
  // Words that are no list of names stay as typed.
  const curators = program.curators.trim()
  const schoolCurator = schoolCuratorOf(requisites)
  const listed = curators ? curatorsOf(curators) : schoolCurator && [schoolCurator]
  const appointed = listed && curatorsAppointed(names, requisites, listed)
  const curator = listed
    ? t(listed.length === 1 ? 'reports.order.item2' : 'reports.order.item2Many', { name: program.name, program: programNamed(program.name), curator: appointed ?? '' })
    : t('reports.order.item2Free', { name: program.name, program: programNamed(program.name), curators: curators || t('reports.order.noCurators') })
  const rows = assigned.map(({ pair, mentor }, i) => [
    String(i + 1),
    `${mentor}${place(people.get(pair.mentorId)) ? `, ${place(people.get(pair.mentorId))}` : ''}`,
    pair.menteeIds.map(id => people.get(id)?.name ?? '…').join(', '),
    [...new Set(pair.menteeIds.map(id => place(people.get(id))).filter(Boolean))].join(', '),
    t('reports.order.periodText', { start: formatDate(pair.startDate), end: formatDate(pair.plannedEndDate) }),
  ])
  const text = (key: string, generated: string, align?: 'center') => editableParagraph(key, generated, draft.texts, align)
  const blocks: Block[] = [
    ...headLines(requisites, draft.number, draft.date),
    text('subject', t('reports.order.subject', { name: program.name, program: programNamed(program.name) }), 'center'),
    text('basis', basisText(input, participants, schoolIn(names, requisites), draft.date || assigned.map(({ pair }) => pair.startDate).sort()[0] || localCalendarDate())),
    { kind: 'paragraph', text: t('reports.order.orders') },
    text('item1', t('reports.order.item1', { form: program.form, ...pairsPeriod(assigned.map(({ pair }) => pair), program) })),
    ...assignments.map((line): Block => ({ kind: 'paragraph', text: line })),
    text('item2', curator),
    text('item3', t('reports.order.item3')),
    text('item4', t('reports.order.item4')),
    directorSignature(requisites),
    // The curators it appoints, and the staff it assigns, mentors and mentees (seed 004's young teachers): an order
    // is read and signed by employees, not by the pupils it names.
    ...acknowledgement([...(listed ?? []).map(c => c.name), ...participants.filter(p => isStaff(p.category)).map(p => p.name)]),
  ]
  // The column says what it holds: classes for pupils, должности for seed 004's teachers, both where both are mentored.
  const menteesListed = assigned.flatMap(({ pair }) => pair.menteeIds).map(id => people.get(id)).filter(p => p !== undefined)
  const staffOnly = menteesListed.length > 0 && menteesListed.every(p => isStaff(p.category))
  const column = staffOnly ? 'position' : menteesListed.some(p => isStaff(p.category)) ? 'classOrPosition' : 'classGroup'
  blocks.push({ kind: 'heading', text: t('reports.order.appendix'), newPage: true }, { kind: 'table', head: [t('reports.order.number'), t('reports.order.mentor'), t('reports.order.mentees'), t(`reports.order.${column}`), t('reports.order.period')], rows })
  return {
    fileName: t('reports.order.file', { name: program.name }),
    title: t('reports.order.heading'),
    preamble: [requisites.fullName],
    blocks,
    names: names.used(),
  }
}
