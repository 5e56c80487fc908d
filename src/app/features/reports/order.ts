import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import type { ReportDocument } from './document.ts'
import { formatDate, t } from '../../i18n/index.ts'
import './messages.ts'

export interface OrderInput {
  schoolName: string
  program: Program
  pairs: readonly Pair[]
  people: readonly Person[]
  year: number
}

/** The running pairs and groups of the programme, by mentor's name. */
export function orderedPairs(input: Pick<OrderInput, 'program' | 'pairs' | 'people'>): Array<{ pair: Pair, mentor: string }> {
  const names = new Map(input.people.map(p => [p.id, p.name]))
  return input.pairs.filter(p => p.programId === input.program.id && !p.deleted && p.status === 'active')
    .map(pair => ({ pair, mentor: names.get(pair.mentorId) ?? '…' }))
    .sort((a, b) => a.mentor.localeCompare(b.mentor, 'ru'))
}

/** Приказ о закреплении наставнических пар: a draft the director signs, with the pairs as its appendix. */
export function buildOrder(input: OrderInput): ReportDocument {
  const people = new Map(input.people.map(p => [p.id, p]))
  const { program } = input
  const rows = orderedPairs(input).map(({ pair, mentor }, i) => [
    String(i + 1),
    mentor,
    pair.menteeIds.map(id => people.get(id)?.name ?? '…').join(', '),
    [...new Set(pair.menteeIds.map(id => people.get(id)?.classGroup ?? '').filter(Boolean))].join(', '),
    t('reports.order.periodText', { start: formatDate(pair.startDate), end: formatDate(pair.plannedEndDate) }),
  ])
  return {
    fileName: t('reports.order.file', { name: program.name }),
    title: t('reports.order.heading'),
    preamble: [input.schoolName],
    blocks: [
      { kind: 'paragraph', text: t('reports.order.dateLine', { year: input.year }) },
      { kind: 'paragraph', text: t('reports.order.subject', { name: program.name }), align: 'center' },
      { kind: 'paragraph', text: t('reports.order.basis', { school: input.schoolName }) },
      { kind: 'paragraph', text: t('reports.order.orders') },
      { kind: 'list', items: [
        t('reports.order.item1', { form: program.form, start: formatDate(program.startDate), end: formatDate(program.endDate) }),
        t('reports.order.item2', { curators: program.curators || t('reports.order.noCurators') }),
        t('reports.order.item3'),
        t('reports.order.item4'),
      ] },
      { kind: 'signature', role: t('reports.order.director'), name: '' },
      { kind: 'heading', text: t('reports.order.appendix') },
      { kind: 'table', head: [t('reports.order.number'), t('reports.order.mentor'), t('reports.order.mentees'), t('reports.order.classGroup'), t('reports.order.period')], rows },
    ],
  }
}
