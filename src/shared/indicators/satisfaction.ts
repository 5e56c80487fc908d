import type { SurveyCampaign } from '../model/surveyCampaign.ts'
import type { SatisfactionResult } from '../surveys/results.ts'
import type { SatisfactionSample } from './compute.ts'

/**
 * The exit campaigns' satisfaction as the indicators take it: by audience and by the year the campaign
 * closed in. Campaigns under the anonymity threshold come hidden and are left out, as in every pool.
 */
export function satisfactionSamples(
  campaigns: ReadonlyArray<Pick<SurveyCampaign, 'id' | 'audience' | 'phase' | 'closesOn' | 'deleted'>>,
  results: ReadonlyArray<{ campaignId: string, satisfaction: SatisfactionResult }>,
): SatisfactionSample[] {
  const byId = new Map(results.map(r => [r.campaignId, r.satisfaction]))
  const samples: SatisfactionSample[] = []
  for (const campaign of campaigns) {
    const result = byId.get(campaign.id)
    if (campaign.deleted || campaign.phase !== 'exit' || campaign.audience === 'curator' || !result || result.hidden)
      continue
    samples.push({ audience: campaign.audience, year: Number(campaign.closesOn.slice(0, 4)), satisfied: result.satisfied, count: result.count })
  }
  return samples
}
