import type { SurveyCampaign } from '../model/surveyCampaign.ts'
import type { SatisfactionResult } from '../surveys/results.ts'
import type { SatisfactionSample } from './compute.ts'

/**
 * The campaigns' satisfaction as the indicators take it: by audience and by the year the campaign closed
 * in, of the exit phase (the indicators' satisfaction) unless another is asked for (entry, to compare).
 * Campaigns under the anonymity threshold come hidden and are left out, as in every pool.
 */
export function satisfactionSamples(
  campaigns: ReadonlyArray<Pick<SurveyCampaign, 'id' | 'audience' | 'phase' | 'closesOn' | 'deleted'>>,
  results: ReadonlyArray<{ campaignId: string, satisfaction: SatisfactionResult }>,
  phase: SurveyCampaign['phase'] = 'exit',
): SatisfactionSample[] {
  const byId = new Map(results.map(r => [r.campaignId, r.satisfaction]))
  const samples: SatisfactionSample[] = []
  for (const campaign of campaigns) {
    const result = byId.get(campaign.id)
    if (campaign.deleted || campaign.phase !== phase || campaign.audience === 'curator' || !result || result.hidden)
      continue
    samples.push({ audience: campaign.audience, year: Number(campaign.closesOn.slice(0, 4)), satisfied: result.satisfied, count: result.count })
  }
  return samples
}

/** The samples of one audience and year pooled into a level (share of satisfied, percent), or null without any. */
export function pooledLevel(samples: readonly SatisfactionSample[], audience: SatisfactionSample['audience'], year: number): { level: number, count: number } | null {
  const chosen = samples.filter(s => s.audience === audience && s.year === year)
  const count = chosen.reduce((sum, s) => sum + s.count, 0)
  return count ? { level: Math.round(chosen.reduce((sum, s) => sum + s.satisfied, 0) / count * 1000) / 10, count } : null
}
