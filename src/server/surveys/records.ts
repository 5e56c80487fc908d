import type { Kysely } from 'kysely'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import type { SurveyTemplate } from '#shared/model/surveyTemplate'
import type { Database } from '../storage/schema.ts'
import { HttpError } from '../http/errors.ts'

type Fields<T> = Omit<T, 'id' | 'updatedAt' | 'deleted'> & { id: string }

/** Templates and campaigns are synced records: the curator's device writes them, the server reads them here. */
async function liveRecord<T>(db: Kysely<Database>, schoolId: string, entity: string, id: string): Promise<Fields<T> | null> {
  const row = await db.selectFrom('records').select(['data', 'deleted'])
    .where('school_id', '=', schoolId).where('entity', '=', entity).where('id', '=', id)
    .executeTakeFirst()
  return row && row.deleted === 0 ? { ...JSON.parse(row.data) as Fields<T>, id } : null
}

export type CampaignRecord = Fields<SurveyCampaign>
export type TemplateRecord = Fields<SurveyTemplate>

export const loadCampaign = (db: Kysely<Database>, schoolId: string, id: string) => liveRecord<SurveyCampaign>(db, schoolId, 'surveyCampaigns', id)
export const loadTemplate = (db: Kysely<Database>, schoolId: string, id: string) => liveRecord<SurveyTemplate>(db, schoolId, 'surveyTemplates', id)

export const campaignNotFound = () => new HttpError(404, 'not_found', 'Анкетирование не найдено на сервере: синхронизируйте устройство куратора и повторите')

/** A campaign of the school with its template; 404 when either has not reached the server. */
export async function campaignWithTemplate(db: Kysely<Database>, schoolId: string, id: string): Promise<{ campaign: CampaignRecord, template: TemplateRecord }> {
  const campaign = await loadCampaign(db, schoolId, id)
  const template = campaign && await loadTemplate(db, schoolId, campaign.templateId)
  if (!campaign || !template)
    throw campaignNotFound()
  return { campaign, template }
}
