import type { Kysely } from 'kysely'
import type { BallotCounts, IssueBallotsRequest, IssuedBallots } from '#shared/api/surveys'
import type { Database } from '../storage/schema.ts'
import { HttpError } from '../http/errors.ts'
import { chunks } from '../storage/chunks.ts'
import { codeHash, newCardCode } from './codes.ts'
import { campaignNotFound, loadCampaign } from './records.ts'

/**
 * New cards for a campaign (the codes are returned here and nowhere else), or ballots of this campaign for
 * the cards already printed for another one (`sameCardsAs`: the exit re-uses the entry's cards). Only hashes
 * are stored, and nothing records who got which card.
 */
export async function issueBallots(db: Kysely<Database>, schoolId: string, campaignId: string, request: IssueBallotsRequest): Promise<IssuedBallots> {
  const campaign = await loadCampaign(db, schoolId, campaignId)
  if (!campaign)
    throw campaignNotFound()
  if (campaign.mode !== 'anonymous')
    throw new HttpError(409, 'conflict', { problem: 'ballots_anonymous_only' })
  const now = new Date().toISOString()
  if ('count' in request) {
    const codes = Array.from({ length: request.count }, newCardCode)
    for (const part of chunks(codes))
      await db.insertInto('ballots').values(part.map(code => ({ school_id: schoolId, campaign_id: campaignId, code_hash: codeHash(code), created_at: now, used_at: null }))).execute()
    return { issued: codes.length, codes }
  }
  if (request.sameCardsAs === campaignId || !await loadCampaign(db, schoolId, request.sameCardsAs))
    throw new HttpError(404, 'not_found', { problem: 'ballots_not_found' })
  const cards = await db.selectFrom('ballots').select('code_hash').where('school_id', '=', schoolId).where('campaign_id', '=', request.sameCardsAs).execute()
  for (const part of chunks(cards)) {
    await db.insertInto('ballots')
      .values(part.map(c => ({ school_id: schoolId, campaign_id: campaignId, code_hash: c.code_hash, created_at: now, used_at: null })))
      .onConflict(oc => oc.doNothing())
      .execute()
  }
  return { issued: cards.length, codes: [] }
}

export async function countBallots(db: Kysely<Database>, schoolId: string, campaignId: string): Promise<BallotCounts> {
  const row = await db.selectFrom('ballots')
    .select(eb => [eb.fn.countAll<number>().as('issued'), eb.fn.count<number>('used_at').as('used')])
    .where('school_id', '=', schoolId).where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow()
  return { issued: Number(row.issued), used: Number(row.used) }
}
