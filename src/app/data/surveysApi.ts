import type { AnswerAccepted, AnswerRequest, BallotCounts, IssuedBallots, ResultsResponse, SurveySummary } from '#shared/api/surveys'
import { api, ApiFailure } from '../api/client.ts'
import { useSession } from '../stores/session.ts'

/** Ballots and answers live only on the server (answers never reach a device), so these calls need the network. */
const token = () => useSession().token

export const surveysApi = {
  issueBallots: (campaignId: string, body: { count: number } | { sameCardsAs: string }) =>
    api<IssuedBallots>(`/surveys/campaigns/${campaignId}/ballots`, { body, token: token() }),
  enterPaper: (campaignId: string, body: AnswerRequest) =>
    api<AnswerAccepted>(`/surveys/campaigns/${campaignId}/paper`, { body, token: token() }),
  ballotCounts: (campaignId: string) => api<BallotCounts>(`/surveys/campaigns/${campaignId}/ballots`, { token: token() }),
  results: (campaignId: string, against?: string) =>
    api<ResultsResponse>(`/surveys/campaigns/${campaignId}/results${against ? `?against=${encodeURIComponent(against)}` : ''}`, { token: token() }),
  summary: () => api<SurveySummary>('/surveys/summary', { token: token() }),
}

/** Each campaign's results for a sheet; undefined offline or when the server refused, so the file is still made, saying why it has no numbers. */
export async function campaignResults(): Promise<SurveySummary['campaigns'] | undefined> {
  try {
    return (await surveysApi.summary()).campaigns
  } catch (error) {
    if (error instanceof ApiFailure)
      return undefined
    throw error
  }
}
