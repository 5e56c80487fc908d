import type { Consent } from '#shared/model/consent'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { PlanItem } from '#shared/model/planItem'
import type { Program } from '#shared/model/program'
import type { DocumentRequisites } from '../../data/requisites.ts'
import { formatDate, t } from '../../i18n/index.ts'
import { type Block, editableParagraph, type ReportDocument } from './document.ts'
import { curatorSignatures, type DraftInput, headLines, placeOf, shortDate, signature } from './parts.ts'

export interface PairPlanInput {
  requisites: DocumentRequisites
  pair: Pair
  program: Program | undefined
  people: readonly Person[]
  planItems: readonly PlanItem[]
  /** The mentees' consents: a pupil's signed by a parent puts the parent's line under the plan. */
  consents: readonly Consent[]
  draft: DraftInput
}

const withPlace = (person: Person | undefined) => person ? [person.name, placeOf(person)].filter(Boolean).join(', ') : '…'

/** The parent who signed the person's latest personal-data consent still standing, if a parent signed it. */
function guardianOf(personId: string, consents: readonly Consent[]): string {
  const latest = consents.filter(c => !c.deleted && c.personId === personId && c.kind === 'pdn' && !c.withdrawnDate)
    .sort((a, b) => b.date.localeCompare(a.date))[0]
  return latest?.signedBy === 'guardian' ? latest.guardianName : ''
}

/**
 * Индивидуальный план (персонализированная программа наставничества) of a pair or group: who, the programme and
 * period, the goals and the mentees' requests, the plan's items with their dates and what became of them, and
 * the lines the mentor, each mentee (or their parent) and the curator sign.
 */
export function buildPairPlan(input: PairPlanInput): ReportDocument {
  const { requisites, pair, program, draft } = input
  const people = new Map(input.people.map(p => [p.id, p]))
  const mentor = people.get(pair.mentorId)
  const mentees = pair.menteeIds.map(id => people.get(id))
  const text = (key: string, generated: string) => editableParagraph(key, generated, draft.texts)
  const signedWithGuardian = (id: string, role: 'signMentor' | 'signMentee', guardianRole: 'signMentorGuardian' | 'signGuardian'): Block[] => {
    const guardian = guardianOf(id, input.consents)
    return [signature(t(`documents.plan.${role}`), people.get(id)?.name ?? ''), ...(guardian ? [signature(t(`documents.plan.${guardianRole}`), guardian)] : [])]
  }
  const requests = [...new Set(mentees.flatMap(m => m?.requests ?? []))]
  const items = [...input.planItems].filter(i => !i.deleted && i.pairId === pair.id).sort((a, b) => a.position - b.position)
  const rows = items.map((item, i) => [String(i + 1), item.title, shortDate(item.dueDate), t(`documents.plan.statuses.${item.status}`), item.result])
  const blocks: Block[] = [
    { kind: 'paragraph', text: t('documents.plan.subtitle'), align: 'center' },
    ...headLines(requisites, draft.number, draft.date),
    { kind: 'paragraph', text: t('documents.plan.program', { name: program?.name ?? '…', form: program?.form ?? '…' }) },
    { kind: 'paragraph', text: t('documents.plan.mentor', { name: withPlace(mentor) }) },
    { kind: 'paragraph', text: t(mentees.length > 1 ? 'documents.plan.mentees' : 'documents.plan.mentee', { names: mentees.map(withPlace).join('; ') }) },
    { kind: 'paragraph', text: t('documents.plan.period', { start: formatDate(pair.startDate), end: formatDate(pair.plannedEndDate) }) },
    text('goals', program?.goals ? t('documents.plan.goals', { goals: program.goals }) : t('documents.plan.goalsBlank')),
    ...(requests.length ? [{ kind: 'paragraph', text: t('documents.plan.requests', { requests: requests.join(', '), n: pair.menteeIds.length }) } as const] : []),
    { kind: 'heading', text: t('documents.plan.items') },
    rows.length
      ? { kind: 'table', head: [t('reports.order.number'), t('documents.plan.item'), t('documents.plan.due'), t('documents.plan.mark'), t('documents.plan.result')], rows }
      : { kind: 'paragraph', text: t('documents.plan.none') },
    // A pupil mentor (seed 000's tenth-former with a group) is a minor too: their parent signs beside them.
    ...signedWithGuardian(pair.mentorId, 'signMentor', 'signMentorGuardian'),
    ...pair.menteeIds.flatMap(id => signedWithGuardian(id, 'signMentee', 'signGuardian')),
    ...curatorSignatures(requisites, program?.curators),
  ]
  const names = mentees.map(m => m?.name ?? '…').join(', ')
  return {
    fileName: t('documents.plan.file', { names }),
    title: t('documents.plan.heading'),
    preamble: [requisites.fullName],
    blocks,
  }
}
