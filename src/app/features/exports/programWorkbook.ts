import type { SurveySummary } from '#shared/api/surveys'
import { schoolIndicators, type SchoolRecords, yearRange } from '#shared/indicators/school'
import type { Award } from '#shared/model/award'
import { type Meeting, meetingMentorId } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { Partner } from '#shared/model/partner'
import type { Person } from '#shared/model/person'
import type { PlanItem } from '#shared/model/planItem'
import type { Practice } from '#shared/model/practice'
import type { Program } from '#shared/model/program'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import type { SurveyTemplate } from '#shared/model/surveyTemplate'
import type { SheetData } from 'write-excel-file/universal'
import type { Namespaces } from '../../i18n/messages.ts'
import type { WorkbookSheet } from '../../data/download.ts'
import './messages.ts'
import { awardsSheet, indicatorsSheet, meetingsSheet, pairLabel, plansSheet, practicesSheet, programInfoSheet, surveysSheet } from '../../data/sheets/programSheets.ts'
import { pairsSheet, peopleSheet } from '../../data/sheets/sheets.ts'
import { t } from '../../i18n/index.ts'

/** What the workbook is built from: the school's records on this device, and the server's survey results if it answered. */
export interface ProgramRecords extends Omit<SchoolRecords, 'campaignSatisfaction' | 'people' | 'pairs' | 'partners' | 'programs' | 'campaigns'> {
  program: Program
  programs: readonly Program[]
  people: readonly Person[]
  partners: readonly Partner[]
  pairs: readonly Pair[]
  planItems: readonly PlanItem[]
  meetings: readonly Meeting[]
  templates: readonly SurveyTemplate[]
  campaigns: readonly SurveyCampaign[]
  awards: readonly Award[]
  practices: readonly Practice[]
  /** Each campaign's results from `GET /api/surveys/summary`; undefined when the server could not be asked. */
  summary: SurveySummary['campaigns'] | undefined
  /** The day the workbook is made: the programme's state is stated as of then. */
  today: string
}

type SheetKey = keyof Namespaces['exports']['sheets']

/** The calendar years a programme runs through, for its indicators. */
const yearsOf = (program: Program) => yearRange(Number(program.startDate.slice(0, 4)), Number(program.endDate.slice(0, 4)))

/** One programme as one workbook, a sheet per part of its work, for the school's archive and the справка. */
export function programWorkbook(records: ProgramRecords): WorkbookSheet[] {
  const { program } = records
  const live = <T extends { deleted: 0 | 1 }>(list: readonly T[]) => list.filter(r => !r.deleted)
  const pairs = live(records.pairs).filter(p => p.programId === program.id)
  const pairIds = new Set(pairs.map(p => p.id))
  const names = new Map(records.people.map(p => [p.id, p.name]))
  const pairLabels = new Map(pairs.map(p => [p.id, pairLabel(p, names)]))
  const pairsById = new Map(pairs.map(p => [p.id, p]))
  const meetings = live(records.meetings).filter(m => pairIds.has(m.pairId))
  // A mentor who held meetings of a pair since given to another is still one of the programme's.
  const mentorIds = new Set([...pairs.map(p => p.mentorId), ...meetings.map(m => meetingMentorId(m, pairsById.get(m.pairId)))])
  const menteeIds = new Set(pairs.flatMap(p => p.menteeIds))
  const partners = new Map(records.partners.map(p => [p.id, p.name]))
  const campaigns = live(records.campaigns).filter(c => c.programId === program.id)
  const school = { ...records, campaignSatisfaction: (records.summary ?? []).map(c => ({ campaignId: c.campaignId, satisfaction: c.satisfaction })) }

  const sheets: Array<[SheetKey, SheetData]> = [
    ['program', programInfoSheet(program, records.today)],
    ['mentors', peopleSheet(records.people.filter(p => mentorIds.has(p.id)), 'mentors', partners)],
    ['mentees', peopleSheet(records.people.filter(p => menteeIds.has(p.id)), 'mentees', partners)],
    ['pairs', pairsSheet(pairs, new Map([[program.id, program]]), names)],
    ['plans', plansSheet(live(records.planItems).filter(i => pairIds.has(i.pairId)), pairLabels)],
    ['meetings', meetingsSheet(meetings, pairsById, [program], names)],
    ['surveys', surveysSheet(campaigns, new Map(records.templates.map(t => [t.id, t.name])), records.summary)],
    ['indicators', indicatorsSheet(yearsOf(program).map(year => ({ year, values: schoolIndicators(school, year) })))],
    ['awards', awardsSheet(live(records.awards).filter(a => a.programId === program.id), names)],
    ['practices', practicesSheet(live(records.practices).filter(p => p.programId === program.id), pairLabels)],
  ]
  return sheets.map(([key, data]) => ({ sheet: t(`exports.sheets.${key}`), data, stickyRowsCount: key === 'indicators' ? 2 : 1 }))
}
