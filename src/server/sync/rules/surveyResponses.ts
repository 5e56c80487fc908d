import type { SurveyItem } from '#shared/model/surveyTemplate'
import { campaignState } from '#shared/model/surveyCampaign'
import { type SurveyResponse, surveyResponseId } from '#shared/model/surveyResponse'
import type { RecordFields } from '#shared/model/record'
import { answerRefusal, checkAnswers } from '#shared/surveys/answers'
import { type Live, liveRecord, liveRecords } from '../../records/read.ts'
import { checkUpsert } from '../check.ts'
import { type Batch, type Db, type EntityRule, type Judge, type Outcome, reject, refusal } from '../context.ts'

/**
 * The named surveys a mentor's or mentee's devices hold: the campaigns addressed to them (mode named,
 * audience their role, program among their pairs' programs — so this hook runs after the pairs' one), those
 * campaigns' templates, and the person's own responses. A school has a few dozen campaigns, so they are read
 * whole and matched here rather than by a JSON query per dialect.
 */
const scope: EntityRule['scope'] = async (db, owner, sets) => {
  sets.respondents.add(owner.personId)
  if (sets.programs.size === 0)
    return
  for (const campaign of await liveRecords(db, owner.schoolId, 'surveyCampaigns')) {
    if (campaign.mode === 'named' && campaign.audience === owner.role && sets.programs.has(campaign.programId)) {
      sets.campaigns.add(campaign.id)
      sets.templates.add(campaign.templateId)
    }
  }
}

interface Addressed {
  campaign: Live<'surveyCampaigns'>
  items: readonly SurveyItem[]
}

/** Each campaign addressed to the pusher, with its questions: what a named answer is judged against. */
async function addressed(db: Db, batch: Batch): Promise<Map<string, Addressed>> {
  const found = new Map<string, Addressed>()
  if (batch.scope.kind !== 'person')
    return found
  for (const campaign of await liveRecords(db, batch.owner.schoolId, 'surveyCampaigns', { ids: [...batch.scope.sets.campaigns] })) {
    const template = await liveRecord(db, batch.owner.schoolId, 'surveyTemplates', campaign.templateId)
    if (template)
      found.set(campaign.id, { campaign, items: template.items })
  }
  return found
}

/**
 * A named answer: only its respondent writes it, only to a campaign addressed to them, only while the
 * campaign is open by the server's calendar, under the one id derived from campaign and person (so a second
 * device merges into the same record), with answers that fit the template.
 */
function decider(batch: Batch, campaigns: ReadonlyMap<string, Addressed>): Judge['decide'] {
  return (current, mutation): Outcome => {
    const respondent = batch.owner.personId
    if (batch.scope.kind !== 'person' || respondent === null)
      return reject(refusal('forbidden', 'not_respondent'))
    if (mutation.op === 'delete')
      return reject(refusal('forbidden', 'answer_kept'))
    if (current && current.refId !== respondent)
      return reject(refusal('forbidden', 'foreign_answer'))
    const verdict = checkUpsert('surveyResponses', current?.data ?? null, mutation.fields)
    if (!verdict.ok)
      return reject(verdict.rejection)
    const data = verdict.data as RecordFields<SurveyResponse>
    if (data.personId !== respondent)
      return reject(refusal('forbidden', 'foreign_answer', 'personId'))
    if (mutation.id !== surveyResponseId(data.campaignId, data.personId))
      return reject(refusal('invalid', 'wrong_answer_id', 'id'))
    const target = campaigns.get(data.campaignId)
    if (!target)
      return reject(refusal('forbidden', 'not_addressed', 'campaignId'))
    const state = campaignState(target.campaign, batch.today)
    if (state !== 'open')
      return reject(refusal('forbidden', state === 'closed' ? 'campaign_closed' : 'campaign_not_open', 'campaignId'))
    if (data.templateVersion !== target.campaign.templateVersion)
      return reject(refusal('invalid', 'template_outdated', 'templateVersion'))
    const checked = checkAnswers(target.items, data.answers)
    if (!checked.ok) {
      const { problem, field, params } = answerRefusal(checked)
      return reject(refusal('invalid', problem, field, params))
    }
    return { status: 'applied', record: { entity: 'surveyResponses', id: mutation.id, deleted: 0, data: { ...data, answers: checked.answers }, refId: respondent } }
  }
}

export const surveyResponses: EntityRule = {
  scope,
  judge: async (db, batch) => ({ decide: decider(batch, await addressed(db, batch)) }),
}
