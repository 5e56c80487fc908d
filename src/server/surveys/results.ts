import type { Kysely } from 'kysely'
import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { SurveyAudience } from '#shared/model/surveyTemplate'
import type { AnswerRow, AnsweredCampaign } from '#shared/surveys/results'
import type { Database } from '../storage/schema.ts'
import type { CampaignRecord } from './records.ts'
import { campaignResults, compareEntryExit, pooledSatisfaction, satisfaction } from '#shared/surveys/results'
import { campaignWithTemplate, loadTemplate } from './records.ts'

async function answerRows(db: Kysely<Database>, schoolId: string, campaignId: string): Promise<AnswerRow[]> {
  const rows = await db.selectFrom('survey_answers').select(['pseudonym', 'answers'])
    .where('school_id', '=', schoolId).where('campaign_id', '=', campaignId)
    .execute()
  return rows.map(r => ({ pseudonym: r.pseudonym, answers: JSON.parse(r.answers) as AnswerRow['answers'] }))
}

/**
 * A campaign's aggregates, computed here so that nothing under the threshold leaves the server; `against`
 * names the entry campaign to compare this (exit) one with, card by card.
 */
export async function campaignResultsOf(db: Kysely<Database>, schoolId: string, campaignId: string, against?: string): Promise<ResultsResponse> {
  const { template } = await campaignWithTemplate(db, schoolId, campaignId)
  const rows = await answerRows(db, schoolId, campaignId)
  const response: ResultsResponse = { campaignId, results: campaignResults(template.items, rows) }
  if (against) {
    const entry = await campaignWithTemplate(db, schoolId, against)
    response.comparison = compareEntryExit(entry.template.items, template.items, await answerRows(db, schoolId, against), rows)
  }
  return response
}

/** The satisfaction levels the indicators need: per campaign, per audience, per form of mentoring. */
export async function surveySummary(db: Kysely<Database>, schoolId: string): Promise<SurveySummary> {
  const records = await db.selectFrom('records').select(['entity', 'id', 'data'])
    .where('school_id', '=', schoolId).where('entity', 'in', ['surveyCampaigns', 'programs']).where('deleted', '=', 0)
    .execute()
  const forms = new Map(records.filter(r => r.entity === 'programs').map(r => [r.id, String((JSON.parse(r.data) as { form?: string }).form ?? '')]))
  const campaigns: Array<{ campaign: CampaignRecord, answered: AnsweredCampaign }> = []
  for (const row of records.filter(r => r.entity === 'surveyCampaigns')) {
    const campaign = { ...JSON.parse(row.data) as CampaignRecord, id: row.id }
    const template = await loadTemplate(db, schoolId, campaign.templateId)
    if (template)
      campaigns.push({ campaign, answered: { items: template.items, rows: await answerRows(db, schoolId, campaign.id) } })
  }
  // Satisfaction is what the exit asks; entry answers are expectations and would blur the level.
  const exits = campaigns.filter(c => c.campaign.phase === 'exit')
  const groups = new Map<string, { form: string, audience: SurveyAudience, answered: AnsweredCampaign[] }>()
  for (const { campaign, answered } of exits) {
    const form = forms.get(campaign.programId) ?? ''
    const key = `${campaign.audience}\n${form}`
    const group = groups.get(key) ?? { form, audience: campaign.audience, answered: [] }
    group.answered.push(answered)
    groups.set(key, group)
  }
  const audiences = [...new Set(exits.map(c => c.campaign.audience))]
  return {
    campaigns: campaigns.map(({ campaign, answered }) => ({ campaignId: campaign.id, answers: answered.rows.length, satisfaction: satisfaction(answered.items, answered.rows) })),
    byAudience: audiences.map(audience => ({ audience, satisfaction: pooledSatisfaction(exits.filter(c => c.campaign.audience === audience).map(c => c.answered)) })),
    byForm: [...groups.values()].map(g => ({ form: g.form, audience: g.audience, satisfaction: pooledSatisfaction(g.answered) })),
  }
}
