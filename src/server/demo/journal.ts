import type { Meeting } from '#shared/model/meeting'
import type { MeetingKind } from '#shared/model/meetingKinds'
import type { PlanItem } from '#shared/model/planItem'
import { planFromTemplate } from '#shared/model/planItem'
import type { RecordFields } from '#shared/model/record'
import type { DemoPair } from './pairs.ts'
import type { DemoRecord } from './people.ts'
import type { Random } from './random.ts'
import { addDays, schoolDays } from './calendar.ts'

/** Plan positions (PLAN_TEMPLATE) that a meeting of each kind carries out; work meetings take 3–6 in turn. */
const PLAN_STEP: Partial<Record<MeetingKind, number>> = { intro: 0, trial: 1, planning: 2, final: 7, reflection: 8 }
const FIRST_WORK_STEP = 3
const WORK_STEPS = 4
const RESULTS = ['Познакомились, обсудили ожидания', 'Определили сильные стороны и трудности', 'Составлен индивидуальный план', 'Выполнено', 'Выполнено, есть результат', 'Подготовлен мини-проект', 'Выполнено частично, продолжаем', 'Подведены итоги', 'Заполнены анкеты обратной связи']
const NOTES = ['Наставляемый подготовился, работал активно', 'Нужно повторить тему', 'Договорились о домашнем задании', 'Обсудили трудности, наметили шаги', 'Пришли родители, обсудили прогресс']
const TOPIC: Partial<Record<MeetingKind, string>> = {
  intro: 'Знакомство, ожидания от работы в паре',
  trial: 'Пробное занятие',
  planning: 'Цели и индивидуальный план',
  reflection: 'Что получилось, что мешает',
  final: 'Подведение итогов работы',
  other: 'Участие в школьном мероприятии',
}

/**
 * The seeds' sequence: знакомство, пробная, планирование, then working meetings with a reflection now and
 * then; a finished pair ends with the итоговая встреча and a reflection after it.
 */
function meetingKinds(random: Random, count: number, finished: boolean): MeetingKind[] {
  const closing: MeetingKind[] = finished && count >= 5 ? ['final', 'reflection'] : []
  const kinds: MeetingKind[] = ['intro', 'trial', 'planning']
  while (kinds.length < count - closing.length)
    kinds.push(kinds.length % 8 === 7 ? 'reflection' : random.chance(0.04) ? 'other' : 'work')
  return [...kinds.slice(0, count - closing.length), ...closing]
}

/** `count` school days of the window, spread evenly with some jitter; repeated when there are fewer days than meetings. */
function meetingDates(random: Random, from: string, to: string, count: number): string[] {
  const days = schoolDays(from, to)
  if (!days.length)
    return Array.from({ length: count }, () => from)
  return Array.from({ length: count }, (_, k) => days[Math.min(days.length - 1, Math.floor(((k + random.next()) * days.length) / count))]!)
}

/**
 * Splits `total` meetings among pairs in proportion to how long each has been meeting (largest remainder). Every
 * pair has had its знакомство when there are enough meetings for that.
 */
export function shareMeetings(pairs: readonly DemoPair[], total: number): number[] {
  const floor = total >= pairs.length ? 1 : 0
  const rest = total - floor * pairs.length
  const weights = pairs.map(p => Math.max(1, schoolDays(p.fields.startDate, p.lastDay).length))
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map(w => floor + (rest * w) / sum)
  const counts = exact.map(Math.floor)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  const left = total - counts.reduce((a, b) => a + b, 0)
  for (let k = 0; k < left; k++)
    counts[order[k % order.length]![1]]!++
  return counts
}

function duration(random: Random, kind: MeetingKind): number {
  const [min, max] = kind === 'intro' || kind === 'final' ? [40, 60] : kind === 'reflection' ? [30, 45] : [30, 90]
  return random.int(min / 5, max / 5) * 5
}

export interface Journal {
  meetings: Array<DemoRecord<RecordFields<Meeting>>>
  planItems: Array<DemoRecord<RecordFields<PlanItem>>>
}

/** One pair's plan (the seeds' template) and meetings, the plan ticked off by the meetings that carried it out. */
export function pairJournal(random: Random, pair: DemoPair, count: number, today: string): Journal {
  const { fields } = pair
  const plan = planFromTemplate(pair.id, fields.startDate, fields.plannedEndDate).map(item => ({ id: random.id(), fields: item }))
  const kinds = meetingKinds(random, count, fields.status === 'completed')
  const dates = meetingDates(random, fields.startDate, pair.lastDay, count)
  let works = 0
  const meetings = kinds.map((kind, k): DemoRecord<RecordFields<Meeting>> => {
    // A reflection carries out the plan's closing step only after the итоговая встреча; earlier ones are interim.
    const step = kind === 'work'
      ? (works++ < WORK_STEPS ? FIRST_WORK_STEP + works - 1 : undefined)
      : kind === 'reflection' && kinds[k - 1] !== 'final' ? undefined : PLAN_STEP[kind]
    const item = step === undefined ? undefined : plan[step]
    if (item && item.fields.status !== 'done')
      Object.assign(item.fields, { status: 'done', result: RESULTS[step!] ?? 'Выполнено' })
    const date = dates[k]!
    const absent = fields.menteeIds.length > 1 && random.chance(0.1) ? random.pick(fields.menteeIds) : undefined
    const next = dates[k + 1] ?? (fields.status === 'active' ? addDays(date, random.int(7, 14)) : '')
    return {
      id: random.id(),
      fields: {
        pairId: pair.id,
        date,
        kind,
        durationMin: duration(random, kind),
        format: random.chance(0.12) ? 'remote' : 'in_person',
        attendeeIds: fields.menteeIds.filter(id => id !== absent),
        topic: TOPIC[kind] ?? random.pick(pair.program.topics),
        notes: random.chance(0.3) ? random.pick(NOTES) : '',
        planItemIds: item ? [item.id] : [],
        nextDate: next > date ? next : '',
        mentorId: fields.mentorId,
        enteredBy: '',
      },
    }
  })
  for (const item of plan) {
    if (item.fields.status === 'done')
      continue
    if (fields.status === 'dissolved')
      item.fields.status = 'cancelled'
    else if (fields.status === 'active' && item.fields.dueDate < today)
      item.fields.status = 'in_progress'
  }
  return { meetings, planItems: plan }
}
