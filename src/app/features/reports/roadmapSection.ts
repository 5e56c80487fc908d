import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { deadlineWords } from '#shared/roadmap/formatDeadline'
import { eventState } from '#shared/roadmap/progress'
import { eventNumbers } from '#shared/roadmap/roadmaps'
import { yearRoadmaps } from '#shared/roadmap/yearRoadmaps'
import type { Program } from '#shared/model/program'
import { type Block, ROADMAP_PROGRESS_WIDTHS } from './document.ts'
import { formatDate, locale, t } from '../../i18n/index.ts'
import './messages.ts'

function issuedText(event: RoadmapEvent): string {
  const { issued } = event
  if (!issued)
    return ''
  return [issued.kind, issued.number && `№ ${issued.number}`, issued.date && t('reports.roadmap.of', { date: formatDate(issued.date) })].filter(Boolean).join(' ')
}

function standingText(event: RoadmapEvent, roadmap: Roadmap, today: string): { text: string, done: boolean, overdue: boolean } {
  const state = eventState(event, roadmap, today)
  if (event.status === 'done')
    return { text: [event.doneOn ? t('reports.roadmap.doneOn', { date: formatDate(event.doneOn) }) : t('reports.roadmap.done'), issuedText(event)].filter(Boolean).join('; '), done: true, overdue: false }
  if (state.overdue)
    return { text: t('reports.roadmap.overdue'), done: false, overdue: true }
  if (state.lastDone)
    return { text: t('reports.roadmap.lastDone', { date: formatDate(state.lastDone) }), done: false, overdue: false }
  return { text: event.status === 'in_progress' ? t('reports.roadmap.inProgress') : t('reports.roadmap.planned'), done: false, overdue: false }
}

/**
 * How the school's roadmaps of the year were carried out, the events monitoring counts (school-wide, or tied to the
 * programme when the справка is a programme's), each with its deadline and what became of it — done when and by
 * which document, overdue.
 */
export function roadmapBlocks(input: { roadmaps: readonly Roadmap[], events: readonly RoadmapEvent[], programs: readonly Program[], year: number, programId?: string, today: string }, heading: string): Block[] {
  const ofYear = yearRoadmaps(input)
  const rows: string[][] = []
  let done = 0
  let overdue = 0
  for (const { roadmap, events } of ofYear) {
    // Numbered as the approved roadmap numbers them, a programme's справка keeping the numbers of the whole roadmap.
    const numbers = eventNumbers(roadmap, input.events.filter(e => e.roadmapId === roadmap.id))
    for (const event of events.filter(e => !input.programId || !e.programIds.length || e.programIds.includes(input.programId))) {
      const standing = standingText(event, roadmap, input.today)
      done += Number(standing.done)
      overdue += Number(standing.overdue)
      rows.push([numbers.get(event.id) ?? '', event.title, deadlineWords(event.deadline, locale.value).words, standing.text])
    }
  }
  if (!rows.length)
    return [{ kind: 'heading', text: heading }, { kind: 'paragraph', text: t('reports.roadmap.none', { year: input.year }) }]
  return [
    { kind: 'heading', text: heading },
    { kind: 'paragraph', text: t('reports.roadmap.summary', { total: rows.length, done, overdue, titles: ofYear.map(({ roadmap }) => `«${roadmap.title}»`).join(', ') }) },
    { kind: 'table', head: [t('reports.order.number'), t('reports.roadmap.event'), t('reports.roadmap.deadline'), t('reports.roadmap.result')], rows, widths: ROADMAP_PROGRESS_WIDTHS },
  ]
}
