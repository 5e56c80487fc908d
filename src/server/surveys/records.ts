import type { Kysely } from 'kysely'
import type { Database } from '../storage/schema.ts'
import { HttpError } from '../http/errors.ts'
import { type Live, liveRecord } from '../records/read.ts'

/** Templates and campaigns are synced records: the curator's device writes them, the server reads them here. */
export type CampaignRecord = Live<'surveyCampaigns'>
export type TemplateRecord = Live<'surveyTemplates'>

export const loadCampaign = (db: Kysely<Database>, schoolId: string, id: string) => liveRecord(db, schoolId, 'surveyCampaigns', id)
export const loadTemplate = (db: Kysely<Database>, schoolId: string, id: string) => liveRecord(db, schoolId, 'surveyTemplates', id)

export const campaignNotFound = () => new HttpError(404, 'not_found', { problem: 'campaign_not_on_server' })

/** A campaign of the school with its template; 404 when either has not reached the server. */
export async function campaignWithTemplate(db: Kysely<Database>, schoolId: string, id: string): Promise<{ campaign: CampaignRecord, template: TemplateRecord }> {
  const campaign = await loadCampaign(db, schoolId, id)
  const template = campaign && await loadTemplate(db, schoolId, campaign.templateId)
  if (!campaign || !template)
    throw campaignNotFound()
  return { campaign, template }
}
