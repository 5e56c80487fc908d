import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { PushResponse } from '#shared/sync/protocol'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { PULL_STREAM_TYPE } from '#shared/protocol'
import { PULLED_WITH_PUSH_ROWS } from '#shared/sync/limits'
import { PullRequest, PushRequest } from '#shared/sync/protocol'
import { type AuthContext, makeAuthenticate, signedIn } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import { assertProtocol } from '../http/protocol.ts'
import { type PullPages, pagesInProcess } from './pages.ts'
import { type SyncWrites, writesInProcess } from './writes.ts'

/** The body's own protocol number is checked before its shape: a newer app's shape is not "malformed". */
function bodyProtocol(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { protocol?: unknown }).protocol : undefined
}

/** The push's answer with the pull's page (JSON already printed) spliced in as `pulled`. */
function withPulled(response: PushResponse, page: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(response).slice(0, -1)},"pulled":`), page, Buffer.from('}')])
}

/** Where the sync writes and pulls read: the server's own thread unless given (sync/writes.ts, sync/pages.ts). */
export interface SyncThreads {
  writes: SyncWrites
  pages: PullPages
}

/** `threads` are closed with the server. */
export function syncRoutes(app: FastifyInstance, db: Kysely<Database>, kind: DbKind, threads?: SyncThreads): void {
  const authenticate = makeAuthenticate(db)
  const { writes, pages } = threads ?? { writes: writesInProcess(db, kind), pages: pagesInProcess(db, kind) }
  app.addHook('onClose', () => Promise.all([writes.close(), pages.close()]))

  /**
   * After the commit, and past the head read with the session: the push itself has moved it. The push is written
   * whatever happens here, so a failed read leaves its answer without the page (the device then pulls as before)
   * rather than refusing a push the device would send again and again.
   */
  async function pulledAfter(request: FastifyRequest, auth: AuthContext, response: PushResponse, cursor: string | null): Promise<Buffer | undefined> {
    try {
      return await pages.read({ ...auth, head: null }, response.resetCursor ? null : cursor, 'json', PULLED_WITH_PUSH_ROWS)
    } catch (error) {
      request.log.error({ err: error }, 'the pull after a push failed; the push is answered without it')
      return undefined
    }
  }

  app.post('/api/sync/push', { preHandler: authenticate }, async (request, reply): Promise<PushResponse | Buffer> => {
    const auth = signedIn(request)
    assertProtocol(bodyProtocol(request.body))
    const body = parseBody(PushRequest, request.body)
    const response = await writes.push(auth, body)
    const page = body.pull && await pulledAfter(request, auth, response, body.pull.cursor)
    await writes.touch(auth)
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
    const response = await pages.read(auth, body.cursor, lines ? 'lines' : 'json')
    await writes.touch(auth)
    reply.type(`${lines ? PULL_STREAM_TYPE : 'application/json'}; charset=utf-8`)
    return response
  })
}
