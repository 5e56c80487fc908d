import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import type { ReportDocument } from './document.ts'
import { formatDate } from '../../i18n/index.ts'
import { tr } from './messages.ts'

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
    tr('order.periodText', { start: formatDate(pair.startDate), end: formatDate(pair.plannedEndDate) }),
  ])
  return {
    fileName: tr('order.file', { name: program.name }),
    title: tr('order.heading'),
    preamble: [input.schoolName],
    blocks: [
      { kind: 'paragraph', text: tr('order.dateLine', { year: input.year }) },
      { kind: 'paragraph', text: tr('order.subject', { name: program.name }), align: 'center' },
      { kind: 'paragraph', text: tr('order.basis', { school: input.schoolName }) },
      { kind: 'paragraph', text: tr('order.orders') },
      { kind: 'list', items: [
        tr('order.item1', { form: program.form, start: formatDate(program.startDate), end: formatDate(program.endDate) }),
        tr('order.item2', { curators: program.curators || tr('order.noCurators') }),
        tr('order.item3'),
        tr('order.item4'),
      ] },
      { kind: 'signature', role: tr('order.director'), name: '' },
      { kind: 'heading', text: tr('order.appendix') },
      { kind: 'table', head: [tr('order.number'), tr('order.mentor'), tr('order.mentees'), tr('order.classGroup'), tr('order.period')], rows },
    ],
  }
}
