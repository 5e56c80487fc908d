import type { IndicatorValue } from '#shared/indicators/compute'
import type { Award } from '#shared/model/award'
import { type Meeting, meetingMentorId } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { PlanItem } from '#shared/model/planItem'
import type { Practice } from '#shared/model/practice'
import { type Program, programState } from '#shared/model/program'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import type { SurveySummary } from '#shared/api/surveys'
import type { Cell, SheetData } from 'write-excel-file/universal'
import type { Namespaces } from '../../i18n/messages.ts'
import { indicatorName } from '../indicatorText.ts'
import { meetingKindNamer } from '../meetingKinds.ts'
import { t } from '../../i18n/index.ts'
import '../../features/programs/messages.ts'
import '../../features/awards/messages.ts'
import '../../features/monitoring/messages.ts'
import '../../features/exports/messages.ts'
import { columns, dateCell, headerRow, inOrder, type RowOrder } from './sheets.ts'
import '../../features/surveys/messages.ts'

/** The sheets of the whole-programme workbook that the single exports do not have. */
type Names = ReadonlyMap<string, string>
type Words = Namespaces['exports']
const namesOf = (ids: readonly string[], names: Names) => ids.map(id => names.get(id) ?? '').filter(Boolean).join(', ')

/** «Наставник — наставляемые»: how a curator tells the programme's pairs apart in a table; a meeting names its own mentor. */
export function pairLabel(pair: Pair, names: Names, mentorId = pair.mentorId): string {
  return `${names.get(mentorId) ?? ''} — ${namesOf(pair.menteeIds, names)}`
}

/** The programme's card, with its state on `today` (the day the file is made). */
export function programInfoSheet(program: Program, today: string): SheetData {
  const f = (key: keyof Words['programFields'], value: Cell): Cell[] => [t(`exports.programFields.${key}`), value]
  return [
    headerRow([t('exports.field'), t('exports.value')]),
    f('name', program.name),
    f('form', program.form),
    f('roleVariation', program.roleVariation),
    f('start', dateCell(program.startDate)),
    f('end', dateCell(program.endDate)),
    f('curators', program.curators),
    f('goals', program.goals),
    f('status', t(`programs.state.${programState(program, today)}`)),
  ]
}

export function plansSheet(items: readonly PlanItem[], pairLabels: Names): SheetData {
  const rows = [...items].sort((a, b) => (pairLabels.get(a.pairId) ?? '').localeCompare(pairLabels.get(b.pairId) ?? '', 'ru') || a.position - b.position)
  return [columns(['pair', 'item', 'due', 'status', 'result']), ...rows.map((item): Cell[] => [
    pairLabels.get(item.pairId) ?? '',
    item.title,
    dateCell(item.dueDate),
    t(`plan.statuses.${item.status}`),
    item.result,
  ])]
}

/**
 * The journal with the curator's notes too: the curator reads them in the app anyway, and the file is theirs.
 * Each meeting's pair is named with the mentor who held it, so a pair given to another mentor keeps its history.
 */
export function meetingsSheet(meetings: readonly Meeting[], pairs: ReadonlyMap<string, Pair>, programs: Iterable<Program>, names: Names, order: RowOrder = 'sheet'): SheetData {
  const kindOf = meetingKindNamer(pairs.values(), programs)
  const label = (m: Meeting) => {
    const pair = pairs.get(m.pairId)
    return pair ? pairLabel(pair, names, meetingMentorId(m, pair)) : ''
  }
  const rows = inOrder(meetings.map(m => ({ m, pair: label(m) })), order, (a, b) => a.m.date.localeCompare(b.m.date) || a.pair.localeCompare(b.pair, 'ru'))
  return [columns(['date', 'pair', 'kind', 'format', 'duration', 'topic', 'attendees', 'next', 'notes']), ...rows.map(({ m, pair }): Cell[] => [
    dateCell(m.date),
    pair,
    kindOf(m),
    t(`meetings.formats.${m.format}`),
    m.durationMin,
    m.topic,
    namesOf(m.attendeeIds, names),
    dateCell(m.nextDate),
    m.notes,
  ])]
}

/** Each campaign's satisfaction as the server counted it; without the server, the campaigns and a sentence why no numbers. */
export function surveysSheet(campaigns: readonly SurveyCampaign[], templateNames: Names, summary: SurveySummary['campaigns'] | undefined, order: RowOrder = 'sheet'): SheetData {
  const results = new Map(summary?.map(c => [c.campaignId, c]))
  const data: SheetData = [columns(['survey', 'audience', 'phase', 'opens', 'closes', 'answers', 'satisfied', 'level'])]
  if (!summary)
    data.push([t('exports.needsServer'), null, null, null, null, null, null, null])
  for (const c of inOrder(campaigns, order, (a, b) => a.opensOn.localeCompare(b.opensOn))) {
    const found = results.get(c.id)
    const head: Cell[] = [templateNames.get(c.templateId) ?? '', t(`surveys.audience.${c.audience}`), t(`surveys.phase.${c.phase}`), dateCell(c.opensOn), dateCell(c.closesOn)]
    if (!found)
      data.push([...head, null, null, null])
    else if (found.satisfaction.hidden)
      data.push([...head, found.answers, t('exports.hidden', { n: found.satisfaction.count }), null])
    else
      data.push([...head, found.answers, found.satisfaction.satisfied, found.satisfaction.level])
  }
  return data
}

/** The school's indicators by year, said to be school-wide above the table (the model counts them so). */
export function indicatorsSheet(byYear: ReadonlyArray<{ year: number, values: readonly IndicatorValue[] }>): SheetData {
  const met = (value: boolean | null) => (value === null ? '' : value ? t('exports.yes') : t('exports.no'))
  return [
    [{ value: t('exports.schoolWide'), fontWeight: 'bold' }],
    columns(['year', 'indicator', 'percent', 'numerator', 'denominator', 'target', 'met']),
    ...byYear.flatMap(({ year, values }) => values.map((v): Cell[] => [
      year,
      indicatorName(v),
      v.value,
      v.numerator,
      v.denominator,
      v.target,
      met(v.met),
    ])),
  ]
}

export function awardsSheet(awards: readonly Award[], names: Names, order: RowOrder = 'sheet'): SheetData {
  const rows = inOrder(awards, order, (a, b) => b.date.localeCompare(a.date))
  return [columns(['person', 'kind', 'date', 'basis', 'notes']), ...rows.map((a): Cell[] => [
    names.get(a.personId) ?? '',
    t(`awards.kinds.${a.kind}`),
    dateCell(a.date),
    a.basis,
    a.notes,
  ])]
}

/** Newest first, as the копилка lists them (undated ones last). */
export function practicesSheet(practices: readonly Practice[], pairLabels: Names, order: RowOrder = 'sheet'): SheetData {
  const rows = inOrder(practices, order, (a, b) => (b.date || '0').localeCompare(a.date || '0') || a.title.localeCompare(b.title, 'ru'))
  return [columns(['title', 'date', 'pair', 'description', 'files']), ...rows.map((p): Cell[] => [
    p.title,
    dateCell(p.date),
    pairLabels.get(p.pairId) ?? '',
    p.description,
    p.files.join('\n'),
  ])]
}
