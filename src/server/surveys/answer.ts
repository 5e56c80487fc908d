import type { Kysely } from 'kysely'
import type { AnswerRequest, BallotView } from '#shared/api/surveys'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { answerRefusal, checkAnswers } from '#shared/surveys/answers'
import { HttpError } from '../http/errors.ts'
import { isUniqueViolation } from '../storage/dialect.ts'
import { codeHash, pseudonymOf } from './codes.ts'
import { type ResolvedBallot, resolveBallot } from './resolve.ts'
import { surveySecret } from './secret.ts'

/** A 409 that carries the current questionnaire, so the phone can show it again without another request. */
class TemplateOutdated extends HttpError {
  constructor(readonly ballot: BallotView) {
    super(409, 'template_outdated')
  }

  override toBody() {
    return { ...super.toBody(), ballot: this.ballot }
  }
}

const codeUsed = () => new HttpError(409, 'ballot_used')
const closed = () => new HttpError(410, 'campaign_closed')
const notOpen = () => new HttpError(409, 'campaign_not_open')
// The paper form names its field: the code typed from the blank is what is wrong.
const notOfCampaign = () => new HttpError(404, 'ballot_unknown', { field: 'code' })

/**
 * Counts one anonymous answer from its card's phone: only while the campaign is open. The card's ballot is marked
 * used and the answer stored in one transaction (`storeAnswer`).
 */
export async function submitAnswer(db: Kysely<Database>, kind: DbKind, request: AnswerRequest): Promise<void> {
  const ballot = await resolveBallot(db, request.code, request.campaignId)
  if (ballot.state === 'closed')
    throw closed()
  if (ballot.state === 'not_open')
    throw notOpen()
  await storeAnswer(db, kind, ballot, request)
}

/**
 * A paper questionnaire the curator types in from its blank, by the code printed on it: a card of the curator's own
 * school and of this campaign, once it has opened, and after it closed too (the blanks collected before the close
 * are typed in after it). Counted as a phone's answer is: once per code, under the same pseudonym, in fives.
 */
export async function enterPaperAnswer(db: Kysely<Database>, kind: DbKind, schoolId: string, campaignId: string, request: AnswerRequest): Promise<void> {
  const ballot = await resolveBallot(db, request.code, campaignId).catch((error: unknown) => {
    throw error instanceof HttpError && error.code === 'ballot_unknown' ? notOfCampaign() : error
  })
  // Another school's card is as unknown here as a code never printed: nothing says it exists elsewhere.
  if (ballot.schoolId !== schoolId)
    throw notOfCampaign()
  if (ballot.state === 'not_open')
    throw notOpen()
  await storeAnswer(db, kind, ballot, request)
}

/**
 * The ballot is marked used and the answer stored in ONE transaction, the mark conditional on the ballot being
 * unused: of two submits of one code racing, one marks it and the other updates nothing (PostgreSQL re-checks the
 * row after the winner commits) and gets 409. The primary key on (campaign, pseudonym) stands behind that, so
 * nothing is ever counted twice.
 * The answer takes the school's next place (`survey_secrets.last_seq`); on PostgreSQL that row stays locked
 * until the commit, so the answers of a school become visible in the order of their places, which is what
 * publishing them in fives relies on (`src/shared/surveys/results.ts`).
 */
async function storeAnswer(db: Kysely<Database>, kind: DbKind, ballot: ResolvedBallot, request: AnswerRequest): Promise<void> {
  if (ballot.state === 'used')
    throw codeUsed()
  if (request.templateVersion !== ballot.campaign.templateVersion)
    throw new TemplateOutdated(ballot.view)
  const checked = checkAnswers(ballot.template.items, request.answers)
  if (!checked.ok)
    throw new HttpError(400, 'bad_request', answerRefusal(checked))

  const now = new Date().toISOString()
  const { schoolId, campaign } = ballot
  const secret = await surveySecret(db, schoolId)
  try {
    await db.transaction().execute(async (trx) => {
      const marked = await trx.updateTable('ballots').set({ used_at: now })
        .where('school_id', '=', schoolId).where('campaign_id', '=', campaign.id).where('code_hash', '=', codeHash(request.code))
        .where('used_at', 'is', null)
        .executeTakeFirst()
      if (marked.numUpdatedRows !== 1n)
        throw codeUsed()
      const place = await trx.updateTable('survey_secrets').set(eb => ({ last_seq: eb('last_seq', '+', 1) }))
        .where('school_id', '=', schoolId)
        .returning('last_seq')
        .executeTakeFirstOrThrow()
      await trx.insertInto('survey_answers').values({
        school_id: schoolId,
        campaign_id: campaign.id,
        pseudonym: pseudonymOf(secret, request.code),
        template_version: campaign.templateVersion,
        answers: JSON.stringify(checked.answers),
        received_at: now,
        seq: place.last_seq,
      }).execute()
    })
  } catch (error) {
    throw isUniqueViolation(error, kind) ? codeUsed() : error
  }
}
