import type { Kysely } from 'kysely'
import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { SurveyAudience } from '#shared/model/surveyTemplate'
import type { AnswerRow, AnsweredCampaign, TextRule } from '#shared/surveys/results'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import type { CampaignRecord } from './records.ts'
import { localCalendarDate } from '#shared/dates'
import { campaignState } from '#shared/model/surveyCampaign'
import { campaignResults, compareEntryExit, pooledSatisfaction, satisfaction } from '#shared/surveys/results'
import { liveRecords, liveRecordsOf } from '../records/read.ts'
import { readSnapshot } from '../storage/dialect.ts'
import { keyed } from './codes.ts'
import { campaignWithTemplate, loadTemplate } from './records.ts'
import { surveySecret } from './secret.ts'

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

/** A campaign's answers: the anonymous ones by card, with their places in the order of arrival, and the named ones by person. */
async function answerRows(db: Kysely<Database>, schoolId: string, campaignId: string, named: NamedRows): Promise<AnswerRow[]> {
  const rows = await db.selectFrom('survey_answers').select(['pseudonym', 'answers', 'seq'])
    .where('school_id', '=', schoolId).where('campaign_id', '=', campaignId)
    .execute()
  const anonymous = rows.map(r => ({ pseudonym: r.pseudonym, arrival: Number(r.seq), answers: JSON.parse(r.answers) as AnswerRow['answers'] }))
  return [...anonymous, ...named.get(campaignId) ?? []]
}

/**
 * Free text in an order keyed by the secret: the same at every reading, different for every item, and
 * unrelated to arrival or to who wrote what under the other items.
 */
function textRule(secret: string, campaign: CampaignRecord): TextRule {
  const rank = (key: string, text: string) => keyed(secret, `${campaign.id}\n${key}\n${text}`)
  return {
    closed: campaignState(campaign, localCalendarDate()) === 'closed',
    arrange: (key, texts) => texts.map(text => ({ text, rank: rank(key, text) })).sort((a, b) => a.rank.localeCompare(b.rank)).map(t => t.text),
  }
}

/**
 * A campaign's aggregates, computed here so that nothing under the threshold leaves the server; `against`
 * names the entry campaign to compare this (exit) one with, card by card. Read in one snapshot: the pairs
 * count in the order both their fives were published, which two moments of two campaigns could disorder.
 */
export async function campaignResultsOf(db: Kysely<Database>, kind: DbKind, schoolId: string, campaignId: string, against?: string): Promise<ResultsResponse> {
  // An unknown campaign is refused before the school's secret may be made: a refusal writes nothing.
  for (const id of against ? [campaignId, against] : [campaignId])
    await campaignWithTemplate(db, schoolId, id)
  const secret = await surveySecret(db, schoolId)
  return readSnapshot(db, kind, async (trx) => {
    const { campaign, template } = await campaignWithTemplate(trx, schoolId, campaignId)
    const named = await namedRows(trx, schoolId)
    const rows = await answerRows(trx, schoolId, campaignId, named)
    const response: ResultsResponse = { campaignId, received: rows.length, results: campaignResults(template.items, rows, textRule(secret, campaign)) }
    if (against) {
      const entry = await campaignWithTemplate(trx, schoolId, against)
      response.comparison = compareEntryExit(entry.template.items, template.items, await answerRows(trx, schoolId, against, named), rows)
    }
    return response
  })
}

/** The satisfaction levels the indicators need: per campaign, per audience, per form of mentoring. */
export async function surveySummary(db: Kysely<Database>, schoolId: string): Promise<SurveySummary> {
  // Answers stored before the school had a secret get their places first: the fives are counted in that order.
  await surveySecret(db, schoolId)
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
