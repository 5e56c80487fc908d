import type { SurveySummary } from '#shared/api/surveys'
import type { IndicatorValue } from '#shared/indicators/compute'
import type { Award } from '#shared/model/award'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Practice } from '#shared/model/practice'
import type { Program } from '#shared/model/program'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { DocumentRequisites } from '../../data/requisites.ts'
import { documentNames } from '../../data/names.ts'
import { schoolNameOf } from '../../data/schoolName.ts'
import { curatorSignatures, durationText, periodWords, programNamed, schoolIn } from './parts.ts'
import { roadmapBlocks } from './roadmapSection.ts'
import { indicatorYearOf, inPeriod, type ReportPeriod, touchesPeriod } from '#shared/roadmap/reportPeriod'
import type { ReportNote } from '#shared/model/reportNote'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import type { Block, ReportDocument } from './document.ts'
import { meetingMentorId } from '#shared/model/meeting'
import { MEETING_KINDS } from '#shared/model/meetingKinds'
import { PAIR_STATUSES } from '#shared/model/pair'
import { PERSON_CATEGORIES } from '#shared/model/person'
import { REPORT_SECTIONS } from '#shared/model/reportNote'
import { formatDate, t } from '../../i18n/index.ts'
import { meetingKindNamer } from '../../data/meetingKinds.ts'
import '../pairs/messages.ts'
import { applyingIndicators, indicatorHead, indicatorRows, percentText } from '../../data/indicatorText.ts'
import '../awards/messages.ts'
import './messages.ts'

export interface SpravkaInput {
  requisites: DocumentRequisites
  /** null: the whole school's справка, all its programmes. */
  program: Program | null
  programs: readonly Program[]
  roadmaps: readonly Roadmap[]
  roadmapEvents: readonly RoadmapEvent[]
  today: string
  /** A calendar year, or a school year (seed 002's «2024-2025 учебный год»). */
  period: ReportPeriod
  people: readonly Person[]
  pairs: readonly Pair[]
  meetings: readonly Meeting[]
  campaigns: readonly SurveyCampaign[]
  /** null when the server could not be asked (offline) and nothing was kept. */
  summary: SurveySummary | null
  indicators: readonly IndicatorValue[]
  awards: readonly Award[]
  practices: readonly Practice[]
  note: Pick<ReportNote, 'sections'> | undefined
  /** The school's name in the cases the curator corrected (the whole school's справка declines it in its title). */
  names: Readonly<Record<string, string>>
}

const ofProgram = (input: SpravkaInput, programId: string) => !input.program || programId === input.program.id

function schoolAboutBlocks(input: SpravkaInput): Block[] {
  const running = input.programs.filter(p => touchesPeriod(p, input.period))
  const items = running.map(p => t('reports.spravka.programLine', { name: p.name, form: p.form, start: formatDate(p.startDate), end: formatDate(p.endDate) }))
  return [
    { kind: 'heading', text: t('reports.spravka.schoolAboutHeading') },
    { kind: 'paragraph', text: t('reports.spravka.schoolAbout', { ...periodWords(input.period), count: running.length }) },
    ...(items.length ? [{ kind: 'list', items } as const] : []),
  ]
}

function aboutBlocks(input: SpravkaInput): Block[] {
  const { program } = input
  if (!program)
    return schoolAboutBlocks(input)
  const lines = [t('reports.spravka.aboutText', { name: program.name, program: programNamed(program.name), start: formatDate(program.startDate), end: formatDate(program.endDate), form: program.form })]
  if (program.roleVariation)
    lines.push(t('reports.spravka.roleVariation', { value: program.roleVariation }))
  if (program.curators) {
    // Free text: «Иванова М. П.» is one curator, and its initials' full stop ends the sentence.
    const value = program.curators.trim().replace(/\.$/, '')
    lines.push(t(/[,;]/.test(value) ? 'reports.spravka.curators' : 'reports.spravka.curator', { value }))
  }
  const blocks: Block[] = [{ kind: 'heading', text: t('reports.spravka.about') }, { kind: 'paragraph', text: lines.join(' ') }]
  if (program.goals)
    blocks.push({ kind: 'paragraph', text: t('reports.spravka.goals', { value: program.goals }) })
  return blocks
}

/**
 * The programme's pairs that worked in the period: their planned span touches it, or one of their meetings was
 * held in it. A справка for 2020/21 does not count the pairs formed in 2026.
 */
function pairsOfPeriod(input: SpravkaInput): Pair[] {
  const met = new Set(input.meetings.filter(m => inPeriod(m.date, input.period)).map(m => m.pairId))
  return input.pairs.filter(p => ofProgram(input, p.programId) && !p.deleted
    && (touchesPeriod({ startDate: p.startDate, endDate: p.plannedEndDate }, input.period) || met.has(p.id)))
}

/** The programme's meetings of the period. */
function heldIn(input: SpravkaInput, pairs: readonly Pair[]): Meeting[] {
  const ids = new Set(pairs.map(p => p.id))
  return input.meetings.filter(m => ids.has(m.pairId) && inPeriod(m.date, input.period))
}

function peopleBlocks(input: SpravkaInput, pairs: readonly Pair[]): Block[] {
  const byId = new Map(input.people.map(p => [p.id, p]))
  // A mentor who held the period's meetings of a pair since given to another still counts.
  const pairOf = new Map(pairs.map(p => [p.id, p]))
  const mentors = new Set([...pairs.map(p => p.mentorId), ...heldIn(input, pairs).map(m => meetingMentorId(m, pairOf.get(m.pairId)))])
  const mentees = new Set(pairs.flatMap(p => p.menteeIds))
  const rows: string[][] = [[t('reports.spravka.mentors'), String(mentors.size)], [t('reports.spravka.mentees'), String(mentees.size)]]
  for (const category of PERSON_CATEGORIES) {
    const n = [...mentees].filter(id => byId.get(id)?.category === category).length
    if (n)
      rows.push([t('reports.spravka.menteesByCategory', { category: t(`reports.spravka.menteeCategories.${category}`) }), String(n)])
  }
  rows.push([t('reports.spravka.pairs'), String(pairs.length)], [t('reports.spravka.groups'), String(pairs.filter(p => p.menteeIds.length > 1).length)])
  for (const status of PAIR_STATUSES)
    rows.push([t('reports.spravka.pairsByStatus', { status: t(`pairs.statuses.${status}`), date: formatDate(input.today) }), String(pairs.filter(p => p.status === status).length)])
  return [{ kind: 'heading', text: t('reports.spravka.people') }, { kind: 'table', head: [t('reports.spravka.figure'), t('reports.spravka.value')], rows }]
}

function meetingBlocks(input: SpravkaInput, pairs: readonly Pair[]): Block[] {
  const held = heldIn(input, pairs)
  const text = t('reports.spravka.meetingsText', { ...periodWords(input.period), count: held.length, duration: durationText(held), pairs: new Set(held.map(m => m.pairId)).size, n: pairs.length })
  // Each meeting's kind as its programme names it, in the methodology's order: one row for a name, whatever its
  // capitals and whichever programmes and kinds use it (the words are what the справка's reader sees).
  const nameOf = meetingKindNamer(pairs, input.programs)
  const counts = new Map<string, [name: string, count: number]>()
  for (const kind of MEETING_KINDS) {
    for (const meeting of held.filter(m => m.kind === kind)) {
      const name = nameOf(meeting)
      const row = counts.get(name.toLowerCase()) ?? [name, 0]
      counts.set(name.toLowerCase(), [row[0], row[1] + 1])
    }
  }
  const rows = [...counts.values()].map(([name, count]) => [name, String(count)])
  const blocks: Block[] = [{ kind: 'heading', text: t('reports.spravka.meetings') }, { kind: 'paragraph', text }]
  if (rows.length)
    blocks.push({ kind: 'table', head: [t('reports.spravka.kind'), t('reports.spravka.count')], rows })
  return blocks
}

function surveyBlocks(input: SpravkaInput): Block[] {
  const heading: Block = { kind: 'heading', text: t('reports.spravka.surveys') }
  const campaigns = input.campaigns.filter(c => ofProgram(input, c.programId) && inPeriod(c.closesOn, input.period))
  if (!campaigns.length)
    return [heading, { kind: 'paragraph', text: t('reports.spravka.surveysNone', periodWords(input.period)) }]
  if (!input.summary)
    return [heading, { kind: 'paragraph', text: t('reports.spravka.surveysOffline') }]
  const results = new Map(input.summary.campaigns.map(c => [c.campaignId, c]))
  const rows = campaigns.map((c) => {
    const result = results.get(c.id)
    const level = !result || result.satisfaction.hidden ? t('reports.spravka.hidden') : percentText(Math.round(result.satisfaction.level * 1000) / 10)
    // The whole school's справка names each campaign's programme, and a named one says so: two of the same audience and
    // day read alike (seeds 000, 004).
    const program = input.program ? undefined : input.programs.find(p => p.id === c.programId)
    const named = c.mode === 'named' && t('reports.spravka.named')
    return [[t(`reports.spravka.audiences.${c.audience}`), program && `«${program.name}»`, named, formatDate(c.closesOn)].filter(Boolean).join(', '), t(`reports.spravka.phases.${c.phase}`), String(result?.answers ?? 0), level]
  })
  return [
    heading,
    { kind: 'table', head: [t('reports.spravka.campaign'), t('reports.spravka.phase'), t('reports.spravka.answers'), t('reports.spravka.satisfaction')], rows },
    { kind: 'aside', text: t('reports.spravka.surveysRule') },
  ]
}

function awardBlocks(input: SpravkaInput): Block[] {
  const names = new Map(input.people.map(p => [p.id, p.name]))
  const awards = input.awards.filter(a => inPeriod(a.date, input.period) && (ofProgram(input, a.programId) || a.programId === ''))
    .sort((a, b) => a.date.localeCompare(b.date))
  const heading: Block = { kind: 'heading', text: t('reports.spravka.awards') }
  if (!awards.length)
    return [heading, { kind: 'paragraph', text: t('reports.spravka.awardsNone', periodWords(input.period)) }]
  const rows = awards.map(a => [names.get(a.personId) ?? '…', t(`awards.kinds.${a.kind}`), formatDate(a.date), a.basis])
  return [heading, { kind: 'table', head: [t('reports.spravka.person'), t('reports.spravka.awardKind'), t('reports.spravka.date'), t('reports.spravka.basis')], rows }]
}

function practiceBlocks(input: SpravkaInput): Block[] {
  const practices = input.practices.filter(p => ofProgram(input, p.programId))
  const heading: Block = { kind: 'heading', text: t('reports.spravka.practices') }
  if (!practices.length)
    return [heading, { kind: 'paragraph', text: t('reports.spravka.practicesNone') }]
  return [heading, { kind: 'list', items: practices.map(p => (p.description ? `${p.title}. ${p.description}` : p.title)) }]
}

function narrativeBlocks(input: SpravkaInput): Block[] {
  return [
    { kind: 'heading', text: t('reports.spravka.conclusions') },
    ...REPORT_SECTIONS.map((section): Block => ({
      kind: 'narrative',
      section,
      title: t(`reports.spravka.sections.${section}`),
      text: input.note?.sections[section] ?? '',
      placeholder: t('reports.spravka.placeholder'),
    })),
  ]
}

/** Only the indicators that apply to the school's programmes (`applyingIndicators`). */
function indicatorBlocks(input: SpravkaInput): Block[] {
  const applying = applyingIndicators(input.indicators)
  const heading: Block = { kind: 'heading', text: t('reports.spravka.indicators') }
  const year = indicatorYearOf(input.period)
  // A school year's справка gives the calendar year's indicators, and says so: their targets are set by year.
  const ofYear: Block[] = input.period.kind === 'school' ? [{ kind: 'aside', text: t('period.indicatorsOfYear', { year }) }] : []
  if (!applying.length)
    return [heading, ...ofYear, { kind: 'paragraph', text: t('reports.spravka.indicatorsNone', { year }) }]
  return [
    heading,
    ...ofYear,
    { kind: 'paragraph', text: t('reports.spravka.indicatorsNote', { year }) },
    { kind: 'table', head: indicatorHead(), rows: indicatorRows(applying) },
  ]
}

/** The sections' headings numbered in order, whichever sections the справка has. */
function numbered(blocks: Block[]): Block[] {
  let n = 0
  return blocks.map(b => (b.kind === 'heading' ? { ...b, text: `${++n}. ${b.text}` } : b))
}

/** Аналитическая справка, of a programme or of the whole school: everything computed from the records, then the curator's own conclusions. */
export function buildSpravka(input: SpravkaInput): ReportDocument {
  const { program, requisites } = input
  const pairs = pairsOfPeriod(input)
  const names = documentNames(input.names)
  return {
    fileName: t('reports.spravka.file', { year: periodWords(input.period).years, name: program?.name ?? schoolNameOf(requisites) }),
    title: program ? t('reports.spravka.title', { name: program.name, program: programNamed(program.name), ...periodWords(input.period) }) : t('reports.spravka.schoolTitle', { school: schoolIn(names, requisites), ...periodWords(input.period) }),
    preamble: [requisites.fullName],
    blocks: [
      ...numbered([
        ...aboutBlocks(input),
        ...peopleBlocks(input, pairs),
        ...meetingBlocks(input, pairs),
        ...roadmapBlocks({ roadmaps: input.roadmaps, events: input.roadmapEvents, programs: input.programs, period: input.period, programId: program?.id, today: input.today }, t('reports.spravka.roadmap')),
        ...surveyBlocks(input),
        ...indicatorBlocks(input),
        ...awardBlocks(input),
        ...practiceBlocks(input),
        ...narrativeBlocks(input),
      ]),
      ...curatorSignatures(requisites, program?.curators, t('reports.spravka.signature')),
    ],
    names: names.used(),
  }
}
