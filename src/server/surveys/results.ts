import type { Kysely } from 'kysely'
import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { SurveyAudience } from '#shared/model/surveyTemplate'
import type { AnswerRow, AnsweredCampaign } from '#shared/surveys/results'
import type { Database } from '../storage/schema.ts'
import type { CampaignRecord } from './records.ts'
import { campaignResults, compareEntryExit, pooledSatisfaction, satisfaction } from '#shared/surveys/results'
import { liveRecords, liveRecordsOf } from '../records/read.ts'
import { campaignWithTemplate, loadTemplate } from './records.ts'

type NamedRows = Map<string, AnswerRow[]>

/**
 * Named answers are synced records (`surveyResponses`), by campaign. The person is the pseudonym, so an entry
 * and an exit compare person by person; the label is the person's name, which the curator sees anyway.
 */
async function namedRows(db: Kysely<Database>, schoolId: string): Promise<NamedRows> {
  const responses = await liveRecords(db, schoolId, 'surveyResponses')
  const people = await liveRecords(db, schoolId, 'people', { ids: [...new Set(responses.map(r => r.personId))] })
  const names = new Map(people.map(person => [person.id, person.name]))
  const byCampaign: NamedRows = new Map()
  for (const response of responses) {
    const row = { pseudonym: response.personId, label: names.get(response.personId) || undefined, answers: response.answers }
    byCampaign.set(response.campaignId, [...byCampaign.get(response.campaignId) ?? [], row])
  }
  return byCampaign
}

/** A campaign's answers: the anonymous ones by card, and the named ones by person. */
async function answerRows(db: Kysely<Database>, schoolId: string, campaignId: string, named: NamedRows): Promise<AnswerRow[]> {
  const rows = await db.selectFrom('survey_answers').select(['pseudonym', 'answers'])
    .where('school_id', '=', schoolId).where('campaign_id', '=', campaignId)
    .execute()
  const anonymous = rows.map(r => ({ pseudonym: r.pseudonym, answers: JSON.parse(r.answers) as AnswerRow['answers'] }))
  return [...anonymous, ...named.get(campaignId) ?? []]
}

/**
 * A campaign's aggregates, computed here so that nothing under the threshold leaves the server; `against`
 * names the entry campaign to compare this (exit) one with, card by card.
 */
export async function campaignResultsOf(db: Kysely<Database>, schoolId: string, campaignId: string, against?: string): Promise<ResultsResponse> {
  const { template } = await campaignWithTemplate(db, schoolId, campaignId)
  const named = await namedRows(db, schoolId)
  const rows = await answerRows(db, schoolId, campaignId, named)
  const response: ResultsResponse = { campaignId, results: campaignResults(template.items, rows) }
  if (against) {
    const entry = await campaignWithTemplate(db, schoolId, against)
    response.comparison = compareEntryExit(entry.template.items, template.items, await answerRows(db, schoolId, against, named), rows)
  }
  return response
}

/** The satisfaction levels the indicators need: per campaign, per audience, per form of mentoring. */
export async function surveySummary(db: Kysely<Database>, schoolId: string): Promise<SurveySummary> {
  const live = await liveRecordsOf(db, schoolId, ['programs', 'surveyCampaigns'])
  const forms = new Map(live.programs.map(program => [program.id, program.form]))
  const named = await namedRows(db, schoolId)
  const campaigns: Array<{ campaign: CampaignRecord, answered: AnsweredCampaign }> = []
  for (const campaign of live.surveyCampaigns) {
    const template = await loadTemplate(db, schoolId, campaign.templateId)
    if (template)
      campaigns.push({ campaign, answered: { items: template.items, rows: await answerRows(db, schoolId, campaign.id, named) } })
  }
  // Satisfaction is what the exit asks; entry answers are expectations and would blur the level.
  const exits = campaigns.filter(c => c.campaign.phase === 'exit')
  const byForm = pool(exits, campaign => forms.get(campaign.programId) ?? '')
  const byProgram = pool(exits, campaign => campaign.programId)
  const audiences = [...new Set(exits.map(c => c.campaign.audience))]
  return {
    campaigns: campaigns.map(({ campaign, answered }) => ({ campaignId: campaign.id, answers: answered.rows.length, satisfaction: satisfaction(answered.items, answered.rows) })),
    byAudience: audiences.map(audience => ({ audience, satisfaction: pooledSatisfaction(exits.filter(c => c.campaign.audience === audience).map(c => c.answered)) })),
    byForm: byForm.map(g => ({ form: g.key, audience: g.audience, satisfaction: g.satisfaction })),
    byProgram: byProgram.map(g => ({ programId: g.key, audience: g.audience, satisfaction: g.satisfaction })),
  }
}

/** The pooled level of each audience within each group the campaigns fall into (a form, a program). */
function pool(exits: ReadonlyArray<{ campaign: CampaignRecord, answered: AnsweredCampaign }>, groupOf: (campaign: CampaignRecord) => string) {
  const groups = new Map<string, { key: string, audience: SurveyAudience, answered: AnsweredCampaign[] }>()
  for (const { campaign, answered } of exits) {
    const key = groupOf(campaign)
    const id = `${campaign.audience}\n${key}`
    const group = groups.get(id) ?? { key, audience: campaign.audience, answered: [] }
    group.answered.push(answered)
    groups.set(id, group)
  }
  return [...groups.values()].map(g => ({ key: g.key, audience: g.audience, satisfaction: pooledSatisfaction(g.answered) }))
}
