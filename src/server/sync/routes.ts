import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { PushResponse } from '#shared/sync/protocol'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { PULL_STREAM_TYPE } from '#shared/protocol'
import { PULLED_WITH_PUSH_ROWS } from '#shared/sync/limits'
import { PullRequest, PushRequest } from '#shared/sync/protocol'
import { type AuthContext, makeAuthenticate, signedIn } from '../auth/guard.ts'
import { touchSync } from '../auth/sessions.ts'
import { parseBody } from '../http/body.ts'
import { GroupCommit, ownTransaction } from '../storage/groupCommit.ts'
import { assertProtocol } from '../http/protocol.ts'
import { pull } from './pull.ts'
import { push } from './push.ts'
import { ScopeCache } from './scope.ts'

/** The body's own protocol number is checked before its shape: a newer app's shape is not "malformed". */
function bodyProtocol(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { protocol?: unknown }).protocol : undefined
}

/** The push's answer with the pull's page (JSON already printed) spliced in as `pulled`. */
function withPulled(response: PushResponse, page: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(response).slice(0, -1)},"pulled":`), page, Buffer.from('}')])
}

export function syncRoutes(app: FastifyInstance, db: Kysely<Database>, kind: DbKind): void {
  const authenticate = makeAuthenticate(db)
  const scopes = new ScopeCache()
  // A failed shared commit may have lent a kept scope versions that other writes will now take.
  const inTransaction = kind === 'sqlite' ? new GroupCommit(db, () => scopes.clear()).run : ownTransaction(db)

  /**
   * After the commit, and past the head read with the session: the push itself has moved it. The push is written
   * whatever happens here, so a failed read leaves its answer without the page (the device then pulls as before)
   * rather than refusing a push the device would send again and again.
   */
  async function pulledAfter(request: FastifyRequest, auth: AuthContext, response: PushResponse, cursor: string | null): Promise<Buffer | undefined> {
    try {
      return await pull(db, kind, { ...auth, head: null }, response.resetCursor ? null : cursor, scopes, 'json', PULLED_WITH_PUSH_ROWS)
    } catch (error) {
      request.log.error({ err: error }, 'the pull after a push failed; the push is answered without it')
      return undefined
    }
  }

  app.post('/api/sync/push', { preHandler: authenticate }, async (request, reply): Promise<PushResponse | Buffer> => {
    const auth = signedIn(request)
    assertProtocol(bodyProtocol(request.body))
    const body = parseBody(PushRequest, request.body)
    const response = await push(inTransaction, auth, body, scopes)
    const page = body.pull && await pulledAfter(request, auth, response, body.pull.cursor)
    await touchSync(db, auth)
    if (!page)
      return response
    reply.type('application/json; charset=utf-8')
    return withPulled(response, page)
  })

  // The body is a page already printed (see `pull`), sent as it is: as lines to a client that reads them.
  app.post('/api/sync/pull', { preHandler: authenticate }, async (request, reply): Promise<Buffer> => {
    const auth = signedIn(request)
    assertProtocol(bodyProtocol(request.body))
    const body = parseBody(PullRequest, request.body)
    const lines = request.headers.accept?.includes(PULL_STREAM_TYPE) ?? false
    const response = await pull(db, kind, auth, body.cursor, scopes, lines ? 'lines' : 'json')
    await touchSync(db, auth)
    reply.type(`${lines ? PULL_STREAM_TYPE : 'application/json'}; charset=utf-8`)
    return response
  })
}
