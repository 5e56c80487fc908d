import type { Pair } from '#shared/model/pair'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'

export type Asked = Pick<SurveyCampaign, 'programId' | 'audience' | 'opensOn' | 'closesOn'>

/**
 * The people a campaign asks, from its programme's pairs that run while it is open (one ended before it opened is no
 * longer asked): as many cards as they are, not a guess. A curator's questionnaire has no pairs to count.
 */
export function respondentCount(campaign: Asked, pairs: Pair[]): number {
  const asked = new Set<string>()
  for (const pair of pairs) {
    if (pair.deleted || pair.programId !== campaign.programId || pair.startDate > campaign.closesOn || pair.status === 'dissolved')
      continue
    if (pair.status === 'completed' && pair.plannedEndDate < campaign.opensOn)
      continue
    for (const id of campaign.audience === 'mentor' ? [pair.mentorId] : campaign.audience === 'mentee' ? pair.menteeIds : [])
      asked.add(id)
  }
  return asked.size
}
