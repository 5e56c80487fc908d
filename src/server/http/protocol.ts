import type { FastifyInstance } from 'fastify'
import { OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'
import { HttpError } from './errors.ts'

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')
}

function supported(value: string): boolean {
  if (!/^\d+$/.test(value))
    return false
  const version = Number(value)
  return version >= OLDEST_SUPPORTED_PROTOCOL && version <= PROTOCOL_VERSION
}

const unsupported = () => new HttpError(400, 'protocol_unsupported')

/** The `protocol` a sync body carries: a number out of range is refused; anything else is left to the body check. */
export function assertProtocol(value: unknown): void {
  if (typeof value === 'number' && !supported(String(value)))
    throw unsupported()
}

/**
 * An app too old (or too new) for this server is told so in words, instead of failing on a field it
 * does not know. A request without the header (curl, health checks) is let through.
 */
export function installProtocolCheck(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const header = request.headers[PROTOCOL_HEADER]
    if (header === undefined || !isApiPath(request.url))
      return
    if (!supported(String(header)))
      throw unsupported()
  })
}
