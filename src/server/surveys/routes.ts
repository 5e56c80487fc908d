import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { AnswerAccepted, BallotCounts, BallotView, IssuedBallots, ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { AnswerRequest, IssueBallotsRequest } from '#shared/api/surveys'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import { rateLimiter } from '../http/rateLimit.ts'
import { enterPaperAnswer, submitAnswer } from './answer.ts'
import { countBallots, issueBallots } from './ballots.ts'
import { resolveBallot } from './resolve.ts'
import { campaignResultsOf, surveySummary } from './results.ts'

interface ById { Params: { id: string } }

/*
 * A class answering after the lesson shares one school address, so the burst is a class's worth; beyond it
 * a phone is told to wait, and its queue sends again by itself (nothing typed is lost).
 */
const PUBLIC_LIMIT = { burst: 30, perSecond: 1, problem: 'answer_flood' } as const

/** Curators issue ballots and read aggregates; respondents open and answer a ballot with no account at all. */
export function surveyRoutes(app: FastifyInstance, db: Kysely<Database>, kind: DbKind): void {
  const authenticate = makeAuthenticate(db)
  const limitRate = rateLimiter(PUBLIC_LIMIT)

  app.post<ById>('/api/surveys/campaigns/:id/ballots', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId } = requireRole(request, 'curator')
    const issued: IssuedBallots = await issueBallots(db, schoolId, request.params.id, parseBody(IssueBallotsRequest, request.body))
    return reply.code(201).send(issued)
  })

  app.get<ById>('/api/surveys/campaigns/:id/ballots', { preHandler: authenticate }, async (request): Promise<BallotCounts> =>
    countBallots(db, requireRole(request, 'curator', 'observer').schoolId, request.params.id))

  app.get<ById & { Querystring: { against?: string } }>('/api/surveys/campaigns/:id/results', { preHandler: authenticate }, async (request): Promise<ResultsResponse> =>
    campaignResultsOf(db, kind, requireRole(request, 'curator', 'observer').schoolId, request.params.id, request.query.against || undefined))

  app.get('/api/surveys/summary', { preHandler: authenticate }, async (request): Promise<SurveySummary> =>
    surveySummary(db, requireRole(request, 'curator', 'observer').schoolId))

  // A paper blank typed in by the curator: the code on it, the answers as ticked; the campaign may have closed.
  app.post<ById>('/api/surveys/campaigns/:id/paper', { preHandler: authenticate }, async (request, reply) => {
    await enterPaperAnswer(db, kind, requireRole(request, 'curator').schoolId, request.params.id, parseBody(AnswerRequest, request.body))
    const accepted: AnswerAccepted = { accepted: true }
    return reply.code(201).send(accepted)
  })

  // Public: the card's code is the credential, and all it opens is one questionnaire.
  app.get<{ Params: { code: string } }>('/api/surveys/ballot/:code', { preHandler: limitRate }, async (request): Promise<BallotView> =>
    (await resolveBallot(db, request.params.code)).view)

  app.post('/api/surveys/answer', { preHandler: limitRate }, async (request, reply) => {
    await submitAnswer(db, kind, parseBody(AnswerRequest, request.body))
    const accepted: AnswerAccepted = { accepted: true }
    return reply.code(201).send(accepted)
  })
}
