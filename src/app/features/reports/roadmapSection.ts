import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { addDays } from '#shared/dates'
import { deadlineWords, occurrenceWords } from '#shared/roadmap/formatDeadline'
import { type PeriodEventState, periodEventState, type PeriodOccurrence } from '#shared/roadmap/progress'
import { eventNumbers } from '#shared/roadmap/roadmaps'
import { periodRoadmaps } from '#shared/roadmap/periodRoadmaps'
import type { ReportPeriod } from '#shared/roadmap/reportPeriod'
import { type Program, programState } from '#shared/model/program'
import { type Block, ROADMAP_PROGRESS_WIDTHS } from './document.ts'
import { periodWords, roadmapNamed } from './parts.ts'
import { issuedText } from '../../data/issuedDocument.ts'
import { stageHeading } from '../../data/roadmapStages.ts'
import { formatDate, locale, t } from '../../i18n/index.ts'
import '../roadmap/messages.ts'
import './messages.ts'

interface Standing { text: string, done: boolean, overdue: boolean }

/** A mark as the справка says it: «12 сентября 2022 г., Приказ № 41», after its occurrence's words where it has one. */
const markText = (mark: RoadmapEvent['occurrences'][number], occurrence?: PeriodOccurrence) =>
  [`${occurrence ? `${occurrenceWords(occurrence, locale.value)} — ` : ''}${formatDate(mark.on)}`, mark.result].filter(Boolean).join(', ')

/**
 * A recurring event by its occurrences of the period (`periodEventState`), not by today's: each marked with its day and
 * result, the passed ones not marked as not done.
 */
function occurrencesText({ occurrences = [], missed = [] }: PeriodEventState, period: ReportPeriod): string {
  if (!occurrences.length)
    return t('reports.roadmap.notDueInYear', periodWords(period))
  const marked = occurrences.filter(o => o.mark).map(o => markText(o.mark!, o))
  return [
    marked.length && t('reports.roadmap.occurrencesDone', { list: marked.join('; ') }),
    missed.length && t('reports.roadmap.occurrencesMissed', { list: missed.map(o => occurrenceWords(o, locale.value)).join(', ') }),
  ].filter(Boolean).join('; ') || t('reports.roadmap.planned')
}

/**
 * What became of an event in the period: done as a whole (when, by which document); a recurring one by the period's
 * occurrences; one marked by the day by the days of the period it was done on, else the last day before its end.
 */
function standingText(event: RoadmapEvent, roadmap: Roadmap, period: ReportPeriod, today: string): Standing {
  const state = periodEventState(event, roadmap, period, today)
  const { done, overdue } = state
  if (event.status === 'done')
    return { text: [event.doneOn ? t('reports.roadmap.doneOn', { date: formatDate(event.doneOn) }) : t('reports.roadmap.done'), issuedText(event.issued)].filter(Boolean).join('; '), done, overdue }
  if (state.occurrences)
    return { text: occurrencesText(state, period), done, overdue }
  if (state.marks?.length)
    return { text: t('reports.roadmap.occurrencesDone', { list: state.marks.map(mark => markText(mark)).join('; ') }), done, overdue }
  // «Ежегодно» with no month, a year of its roadmap ended with no mark.
  if (state.missed?.length)
    return { text: t('reports.roadmap.occurrencesMissed', { list: state.missed.map(o => occurrenceWords(o, locale.value)).join(', ') }), done, overdue }
  if (overdue)
    return { text: t('reports.roadmap.overdue'), done, overdue }
  if (state.lastDone)
    return { text: t('reports.roadmap.lastDone', { date: formatDate(state.lastDone) }), done, overdue }
  // «…, далее постоянно» past its dated part and never marked: not «запланировано» in December for October.
  if (state.standing)
    return { text: t('reports.roadmap.standingUnmarked'), done, overdue }
  return { text: event.status === 'in_progress' ? t('reports.roadmap.inProgress') : t('reports.roadmap.planned'), done, overdue }
}

interface SectionInput { roadmaps: readonly Roadmap[], events: readonly RoadmapEvent[], programs: readonly Program[], period: ReportPeriod, programId?: string, today: string }

/**
 * The end of the year's last roadmap, when the year went on past it (up to today) with the programme — or, for the
 * school, one of its programmes — still running and no roadmap for the rest: a roadmap that ended in June must not
 * read as the plan of the whole year.
 */
function endedBefore(input: SectionInput, roadmaps: readonly Roadmap[]): string | undefined {
  const covered = roadmaps.map(r => r.endDate).sort().at(-1)
  // A school year's roadmap is over with the lessons: its summer after 30 June needs no plan of its own.
  const end = input.period.kind === 'school' ? `${input.period.year + 1}-06-30` : input.period.to
  const until = [end, input.today].sort()[0]!
  if (!covered || covered >= until)
    return undefined
  const runs = input.programs.some(p => (!input.programId || p.id === input.programId) && !p.deleted
    && p.startDate <= until && p.endDate > covered && programState(p, covered) !== 'closed_early')
  return runs ? covered : undefined
}

/**
 * A stage's deadline where its events all share one, as seed 000's table writes it once in the stage's row («Блок 3
 * «Формирование базы наставников» октябрь-ноябрь 2024 года, далее постоянно…»): said once under the stage's heading,
 * not again in each of its rows (nine pages of its справка were that sentence repeated). A short one («ноябрь 2020»)
 * takes a line of its column anyway and stays in each row, where a reader looks for it.
 */
const LONG_DEADLINE = 40
function stageDeadlines(events: readonly RoadmapEvent[]): Map<string, string> {
  const words = new Map<string, string[]>()
  for (const event of events)
    words.set(event.stageId, [...words.get(event.stageId) ?? [], deadlineWords(event.deadline, locale.value).words])
  return new Map([...words].flatMap(([stageId, all]) => (all.length > 1 && all[0] && all[0].length > LONG_DEADLINE && all.every(w => w === all[0]) ? [[stageId, all[0]] as const] : [])))
}

/**
 * How the school's roadmaps of the year were carried out, the events monitoring counts (school-wide, or tied to the
 * programme when the справка is a programme's), each with its deadline and what became of it — done when and by
 * which document, overdue.
 */
export function roadmapBlocks(input: SectionInput, heading: string): Block[] {
  const ofPeriod = periodRoadmaps(input)
  const rows: string[][] = []
  // Two roadmaps in the period (the pupils' and the teachers'), each heads its events: their numbers start again; and
  // each stage heads its own, as the roadmap does, where numbers start again too (seed 004's «1.», «2.» a stage).
  const subheads: Array<{ before: number, text: string }> = []
  let done = 0
  let overdue = 0
  for (const { roadmap, events } of ofPeriod) {
    const reported = events.filter(e => !input.programId || !e.programIds.length || e.programIds.includes(input.programId))
    if (ofPeriod.length > 1 && reported.length)
      subheads.push({ before: rows.length, text: roadmap.title })
    // Numbered as the approved roadmap numbers them, a programme's справка keeping the numbers of the whole roadmap.
    const numbers = eventNumbers(roadmap, input.events.filter(e => e.roadmapId === roadmap.id))
    const stageIndex = new Map(roadmap.stages.map((stage, i) => [stage.id, i]))
    const shared = stageDeadlines(reported)
    // A stage with no event at all heads the stages after it (seed 002's «I. Подготовка условий…» over its «1.», «2.»).
    const holding = new Set(input.events.filter(e => e.roadmapId === roadmap.id && !e.deleted).map(e => e.stageId))
    let stageId: string | undefined
    let lastIndex = -1
    for (const event of reported) {
      const index = stageIndex.get(event.stageId)
      const stageDeadline = index !== undefined && !roadmap.stages[index]!.unheaded ? shared.get(event.stageId) : undefined
      if (event.stageId !== stageId && index !== undefined && !roadmap.stages[index]!.unheaded) {
        for (let above = lastIndex + 1; above < index; above++) {
          if (!holding.has(roadmap.stages[above]!.id) && !roadmap.stages[above]!.unheaded)
            subheads.push({ before: rows.length, text: stageHeading(roadmap, above) })
        }
        lastIndex = Math.max(lastIndex, index)
        const text = stageHeading(roadmap, index)
        subheads.push({ before: rows.length, text: stageDeadline ? `${text} ${t('reports.roadmap.stageDeadline', { deadline: stageDeadline })}` : text })
      }
      stageId = event.stageId
      const standing = standingText(event, roadmap, input.period, input.today)
      done += Number(standing.done)
      overdue += Number(standing.overdue)
      rows.push([numbers.get(event.id) ?? '', event.title, stageDeadline ? '' : deadlineWords(event.deadline, locale.value).words, standing.text])
    }
  }
  if (!rows.length)
    return [{ kind: 'heading', text: heading }, { kind: 'paragraph', text: t('reports.roadmap.none', periodWords(input.period)) }]
  const ended = endedBefore(input, ofPeriod.map(({ roadmap }) => roadmap))
  const summary = t('reports.roadmap.summary', { total: rows.length, done, overdue, titles: ofPeriod.map(({ roadmap }) => roadmapNamed(roadmap.title)).join(', ') })
  return [
    { kind: 'heading', text: heading },
    { kind: 'paragraph', text: ended ? `${summary} ${t('reports.roadmap.endedBefore', { end: formatDate(ended), from: formatDate(addDays(ended, 1)) })}` : summary },
    { kind: 'table', head: [t('reports.order.number'), t('reports.roadmap.event'), t('reports.roadmap.deadline'), t('reports.roadmap.result')], rows, subheads, widths: ROADMAP_PROGRESS_WIDTHS },
  ]
}
