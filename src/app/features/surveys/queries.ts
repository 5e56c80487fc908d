import type { Program } from '#shared/model/program'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import type { SurveyTemplate } from '#shared/model/surveyTemplate'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'
import { type Asked, respondentCount } from './respondents.ts'

export interface CampaignRow {
  campaign: SurveyCampaign
  template: SurveyTemplate | undefined
  program: Program | undefined
}

/** Templates newest version first within a name; a version someone built on is marked as superseded. */
export function useTemplates() {
  return useLiveQuery(async () => {
    const all = await db.surveyTemplates.where('deleted').equals(0).toArray()
    const superseded = new Set(all.map(t => t.basedOn).filter(Boolean))
    return all
      .map(template => ({ template, superseded: superseded.has(template.id) }))
      .sort((a, b) => a.template.name.localeCompare(b.template.name, 'ru') || b.template.version - a.template.version)
  })
}

export function useCampaigns() {
  return useLiveQuery(async (): Promise<CampaignRow[]> => {
    const campaigns = await db.surveyCampaigns.where('deleted').equals(0).toArray()
    const templates = new Map((await db.surveyTemplates.toArray()).map(t => [t.id, t]))
    const programs = new Map((await db.programs.toArray()).map(p => [p.id, p]))
    return campaigns
      .sort((a, b) => b.opensOn.localeCompare(a.opensOn))
      .map(campaign => ({ campaign, template: templates.get(campaign.templateId), program: programs.get(campaign.programId) }))
  })
}

/** Whether a template may already have answers: any campaign uses it (answers live on the server only). */
export async function templateInUse(templateId: string): Promise<boolean> {
  return (await db.surveyCampaigns.where('templateId').equals(templateId).filter(c => !c.deleted).count()) > 0
}

export async function campaignRespondents(campaign: Asked): Promise<number> {
  return respondentCount(campaign, await db.pairs.where('programId').equals(campaign.programId).toArray())
}
