import type { Pair } from '#shared/model/pair'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'

export type Asked = Pick<SurveyCampaign, 'programId' | 'audience' | 'closesOn'>

/**
 * The people a campaign asks: those of its programme's pairs begun by its end and not dissolved (a pair completed
 * is asked at its exit, and a past programme's survey is entered with its dates after the pairs). As many cards as
 * they are, not a guess; fewer than five never see anonymous results. A curator's questionnaire has no pairs to count.
 */
export function respondentCount(campaign: Asked, pairs: Pair[]): number {
  const asked = new Set<string>()
  for (const pair of pairs) {
    if (pair.deleted || pair.programId !== campaign.programId || pair.startDate > campaign.closesOn || pair.status === 'dissolved')
      continue
    for (const id of campaign.audience === 'mentor' ? [pair.mentorId] : campaign.audience === 'mentee' ? pair.menteeIds : [])
      asked.add(id)
  }
  return asked.size
}
