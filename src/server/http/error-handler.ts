import type { FastifyError, FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify'
import type { ApiErrorCode } from '#shared/api/errors'
import { SERVER_BODY_LIMIT } from '#shared/sync/limits'
import { storageFault } from '../storage/health.ts'
import { HttpError, storageError, type Why } from './errors.ts'
import { NO_STORE } from './security.ts'

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'too_large',
  429: 'rate_limited',
}

const WHY_BY_CODE: Partial<Record<ApiErrorCode, Why>> = {
  too_large: { problem: 'body_too_large', params: { mib: SERVER_BODY_LIMIT / 1024 / 1024 } },
  bad_request: { problem: 'bad_json' },
}

/** Maps Fastify's own errors (bad JSON, body too large) to the ApiError shape. */
function fromFastify(error: FastifyError): HttpError | null {
  const status = error.statusCode
  if (status === undefined || status < 400 || status >= 500)
    return null
  const code = CODE_BY_STATUS[status] ?? 'bad_request'
  return new HttpError(status, code, WHY_BY_CODE[code])
}

/** Every error leaves as `{error, message, field?}`; a stack trace never leaves the server. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    const known = error instanceof HttpError ? error : fromFastify(error)
    if (known)
      return reply.code(known.status).send(known.toBody())
    const fault = storageFault(error)
    if (fault) {
      // The operator must hear of it: the app only retries later.
      request.log.error({ err: error }, fault === 'full' ? 'the disk is full' : 'the database is damaged')
      const refusal = storageError(fault)
      return reply.code(refusal.status).send(refusal.toBody())
    }
    request.log.error({ err: error }, 'unhandled error')
    return reply.code(500).send(new HttpError(500, 'internal').toBody())
  })
}

/**
 * Errors Fastify meets before routing (a bad percent-escape in the address) skip the error handler and the
 * hooks; this Fastify option gives them the same body and headers.
 */
export function frameworkErrors(headers: Record<string, string>): NonNullable<FastifyServerOptions['frameworkErrors']> {
  return (error, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
    // The option's reply type is generic over every route's schema; this one answers no route in particular.
    void (reply as unknown as FastifyReply).code(status).headers({ ...headers, ...NO_STORE }).send(new HttpError(status, 'bad_request', { problem: 'bad_address' }).toBody())
  }
}
