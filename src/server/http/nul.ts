import type { FastifyInstance } from 'fastify'
import { HttpError } from './errors.ts'
import { isApiPath } from './protocol.ts'

/**
 * PostgreSQL text cannot hold U+0000, so an id or a code carrying one would fail the query itself (500) instead
 * of finding nothing. An address is never meant to carry it: refused before routing. Bodies are checked by the
 * shared schemas (`CleanText` in src/shared/model/fields.ts) where a string reaches a text column.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (isApiPath(request.url) && /%00|\0/i.test(request.url))
      throw new HttpError(400, 'bad_request', { problem: 'nul_in_address' })
  })
}
