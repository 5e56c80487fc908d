import type { Kysely } from 'kysely'
import type { SurveyAudience, SurveyItem } from '#shared/model/surveyTemplate'
import type { Database } from '../storage/schema.ts'
import type { StoredRecord } from '../sync/records.ts'
import type { CampaignRecord } from './records.ts'
import { campaignState } from '#shared/model/surveyCampaign'
import { type SurveyResponse, surveyResponseId } from '#shared/model/surveyResponse'
import { checkAnswers } from '#shared/surveys/answers'
import { reject } from '../sync/apply.ts'
import type { Actor, Outcome, WireMutation } from '../sync/apply.ts'
import { checkUpsert } from '../sync/check.ts'
import { ANSWER_REASONS } from './answer.ts'
import { loadTemplate } from './records.ts'

/**
 * The named surveys a mentor's or mentee's devices hold: the campaigns addressed to them (mode named,
 * audience their role, program among their pairs' programs), those campaigns' templates, and the person's own
 * responses (`surveyResponses` whose `ref_id` is `respondentId`).
 */
export interface SurveyScope {
  respondentId: string | null
  campaignIds: Set<string>
  templateIds: Set<string>
  campaigns: Map<string, CampaignRecord>
}

/** A school has a few dozen campaigns, so they are read whole and matched here rather than by a JSON query per dialect. */
export async function surveyScope(db: Kysely<Database>, schoolId: string, audience: SurveyAudience, personId: string | null, programIds: ReadonlySet<string>): Promise<SurveyScope> {
  const campaigns = new Map<string, CampaignRecord>()
  if (personId !== null && programIds.size > 0) {
    const rows = await db.selectFrom('records').select(['id', 'data'])
      .where('school_id', '=', schoolId).where('entity', '=', 'surveyCampaigns').where('deleted', '=', 0)
      .execute()
    for (const row of rows) {
      const campaign = { ...JSON.parse(row.data) as CampaignRecord, id: row.id }
      if (campaign.mode === 'named' && campaign.audience === audience && programIds.has(campaign.programId))
        campaigns.set(row.id, campaign)
    }
  }
  const templateIds = new Set([...campaigns.values()].map(c => c.templateId))
  return { respondentId: personId, campaignIds: new Set(campaigns.keys()), templateIds, campaigns }
}

/** What a push needs to judge named answers: the server's calendar day and each addressed campaign's questions. */
export interface Questionnaires {
  today: string
  items: Map<string, readonly SurveyItem[]>
}

export async function loadQuestionnaires(db: Kysely<Database>, schoolId: string, scope: SurveyScope, today: string): Promise<Questionnaires> {
  const items = new Map<string, readonly SurveyItem[]>()
  for (const campaign of scope.campaigns.values()) {
    const template = await loadTemplate(db, schoolId, campaign.templateId)
    if (template)
      items.set(campaign.id, template.items)
  }
  return { today, items }
}

const NAMED = {
  notRespondent: 'Ответ на именную анкету даёт и меняет только сам отвечающий',
  kept: 'Ответ на анкету не удаляется: его можно изменить, пока анкетирование открыто',
  foreign: 'Это ответ другого человека: отвечать можно только за себя',
  wrongId: 'Идентификатор ответа не соответствует анкетированию и участнику',
  notAddressed: 'Это анкетирование адресовано не вам',
  closed: 'Анкетирование закрыто: ответы больше не принимаются',
  notOpen: 'Анкетирование ещё не началось',
  outdated: 'Анкета изменилась, пока вы отвечали: откройте её снова и проверьте ответы',
}

/**
 * A named answer (`surveyResponses`): only its respondent writes it, only to a campaign addressed to them,
 * only while the campaign is open by the server's calendar, under the one id derived from campaign and
 * person (so a second device merges into the same record), with answers that fit the template.
 */
export function decideResponse(actor: Actor, current: StoredRecord | undefined, mutation: WireMutation): Outcome {
  const { scope, questionnaires } = actor
  if (scope.kind !== 'person' || scope.respondentId === null || !questionnaires)
    return reject('forbidden', NAMED.notRespondent)
  const respondent = scope.respondentId
  if (mutation.op === 'delete')
    return reject('forbidden', NAMED.kept)
  if (current && current.refId !== respondent)
    return reject('forbidden', NAMED.foreign)
  const verdict = checkUpsert('surveyResponses', current?.data ?? null, mutation.fields)
  if (!verdict.ok)
    return reject(verdict.code, verdict.reason, verdict.field)
  const data = verdict.data as Omit<SurveyResponse, 'id' | 'updatedAt' | 'deleted'>
  if (data.personId !== respondent)
    return reject('forbidden', NAMED.foreign, 'personId')
  if (mutation.id !== surveyResponseId(data.campaignId, data.personId))
    return reject('invalid', NAMED.wrongId, 'id')
  const campaign = scope.campaigns.get(data.campaignId)
  const items = questionnaires.items.get(data.campaignId)
  if (!campaign || !items)
    return reject('forbidden', NAMED.notAddressed, 'campaignId')
  const state = campaignState(campaign, questionnaires.today)
  if (state !== 'open')
    return reject('forbidden', state === 'closed' ? NAMED.closed : NAMED.notOpen, 'campaignId')
  if (data.templateVersion !== campaign.templateVersion)
    return reject('invalid', NAMED.outdated, 'templateVersion')
  const checked = checkAnswers(items, data.answers)
  if (!checked.ok)
    return reject('invalid', `Вопрос «${checked.key}»: ${ANSWER_REASONS[checked.reason]}`, `answers.${checked.key}`)
  return { status: 'applied', record: { entity: 'surveyResponses', id: mutation.id, deleted: 0, data: { ...data, answers: checked.answers }, refId: respondent } }
}
