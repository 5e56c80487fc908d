import { localCalendarDate } from '#shared/dates'
import { db } from '../../db/index.ts'
import { campaignResults } from '../../data/surveysApi.ts'
import type { ProgramRecords } from './programWorkbook.ts'
import { meetingsOf } from '../../data/meetings.ts'

/**
 * Everything the programme's workbook needs. The indicators are the school's, so the whole school is read;
 * survey results live only on the server, and when it cannot be reached the workbook says so instead.
 */
export async function loadProgramRecords(programId: string): Promise<ProgramRecords | undefined> {
  const program = await db.programs.get(programId)
  if (!program || program.deleted)
    return undefined
  const pairs = await db.pairs.where('deleted').equals(0).toArray()
  const pairIds = pairs.filter(p => p.programId === programId).map(p => p.id)
  const [people, partners, programs, planItems, meetings, templates, campaigns, indicatorYears, indicatorDefinitions, awards, practices, summary] = await Promise.all([
    db.people.where('deleted').equals(0).toArray(),
    db.partners.where('deleted').equals(0).toArray(),
    db.programs.where('deleted').equals(0).toArray(),
    db.planItems.where('pairId').anyOf(pairIds).toArray(),
    Promise.all(pairIds.map(id => meetingsOf(id).toArray())).then(lists => lists.flat()),
    db.surveyTemplates.toArray(),
    db.surveyCampaigns.where('deleted').equals(0).toArray(),
    db.indicatorYears.where('deleted').equals(0).toArray(),
    db.indicatorDefinitions.where('deleted').equals(0).toArray(),
    db.awards.where('programId').equals(programId).toArray(),
    db.practices.where('programId').equals(programId).toArray(),
    campaignResults(),
  ])
  return { program, programs, people, partners, pairs, planItems, meetings, templates, campaigns, indicatorYears, indicatorDefinitions, awards, practices, summary, today: localCalendarDate() }
}
