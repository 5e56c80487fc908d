import type { ApiError, ApiErrorCode } from '#shared/api/errors'

/** A refusal a handler throws; the error handler turns it into the ApiError body the app understands. */
export class HttpError extends Error {
  override name = 'HttpError'
  readonly status: number
  readonly code: ApiErrorCode
  readonly field: string | undefined

  constructor(status: number, code: ApiErrorCode, message: string, field?: string) {
    super(message)
    this.status = status
    this.code = code
    this.field = field
  }

  toBody(): ApiError {
    return this.field === undefined
      ? { error: this.code, message: this.message }
      : { error: this.code, message: this.message, field: this.field }
  }
}
