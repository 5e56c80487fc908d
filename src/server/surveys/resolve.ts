import type { Kysely } from 'kysely'
import type { BallotState, BallotView } from '#shared/api/surveys'
import type { Database } from '../storage/schema.ts'
import type { CampaignRecord, TemplateRecord } from './records.ts'
import { localCalendarDate } from '#shared/dates'
import { campaignState } from '#shared/model/surveyCampaign'
import { HttpError } from '../http/errors.ts'
import { codeHash } from './codes.ts'
import { loadCampaign, loadTemplate } from './records.ts'

export interface ResolvedBallot {
  schoolId: string
  campaign: CampaignRecord
  template: TemplateRecord
  state: BallotState
  view: BallotView
}

const unknownCode = () => new HttpError(404, 'ballot_unknown')

// When one card serves several campaigns, the one it can answer now wins; among equals, the latest.
const PREFERENCE: Record<BallotState, number> = { open: 0, used: 1, not_open: 2, closed: 3 }

/**
 * The campaign a card code answers, and where it stands. The server's calendar day decides open and closed
 * (the school's server runs in the school's time zone). `campaignId` pins the one the phone was shown.
 */
export async function resolveBallot(db: Kysely<Database>, code: string, campaignId?: string, today = localCalendarDate()): Promise<ResolvedBallot> {
  const ballots = await db.selectFrom('ballots').select(['school_id', 'campaign_id', 'used_at'])
    .where('code_hash', '=', codeHash(code))
    .$if(campaignId !== undefined, q => q.where('campaign_id', '=', campaignId!))
    .execute()
  const found: ResolvedBallot[] = []
  for (const ballot of ballots) {
    const campaign = await loadCampaign(db, ballot.school_id, ballot.campaign_id)
    const template = campaign && await loadTemplate(db, ballot.school_id, campaign.templateId)
    if (!campaign || !template)
      continue
    const dated = campaignState(campaign, today)
    const state: BallotState = dated === 'open' && ballot.used_at !== null ? 'used' : dated
    found.push({ schoolId: ballot.school_id, campaign, template, state, view: viewOf(campaign, template, state) })
  }
  found.sort((a, b) => PREFERENCE[a.state] - PREFERENCE[b.state] || b.campaign.opensOn.localeCompare(a.campaign.opensOn))
  const best = found[0]
  if (!best)
    throw unknownCode()
  return best
}

function viewOf(campaign: CampaignRecord, template: TemplateRecord, state: BallotState): BallotView {
  return {
    campaignId: campaign.id,
    state,
    title: template.name,
    phase: campaign.phase,
    templateVersion: campaign.templateVersion,
    items: template.items,
    closesOn: campaign.closesOn,
  }
}
