import type { ApiError } from '#shared/api/errors'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'
import { wireBody } from './compress.ts'

/** A request that did not succeed: `status` 0 means the server was not reached at all. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly body: ApiError | null) {
    super(body?.message ?? (status === 0 ? 'network' : `HTTP ${status}`))
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  token?: string
  /** What the caller reads of the answer, where it is more than JSON. */
  accept?: string
}

/** A successful answer, unread: an answer that is not 2xx, or no answer at all, is an `ApiFailure`. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
  const wire = options.body === undefined ? undefined : await wireBody(JSON.stringify(options.body))
  if (wire)
    headers['content-type'] = 'application/json'
  if (wire?.encoding)
    headers['content-encoding'] = wire.encoding
  if (options.token)
    headers.authorization = `Bearer ${options.token}`
  if (options.accept)
    headers.accept = options.accept
  let response: Response
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? (wire ? 'POST' : 'GET'),
      headers,
      body: wire?.body,
    })
  } catch {
    throw new ApiFailure(0, null)
  }
  if (!response.ok) {
    const payload = await response.json().catch(() => null) as unknown
    throw new ApiFailure(response.status, isApiError(payload) ? payload : null)
  }
  return response
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options)
  if (response.status === 204)
    return undefined as T
  return await response.json().catch(() => null) as T
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).error === 'string'
}
