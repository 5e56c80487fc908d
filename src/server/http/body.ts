import type { GenericSchema, InferOutput } from 'valibot'
import { validate } from '#shared/api/validate'
import { FIELD_PARAMS, isProblemCode } from '#shared/problems'
import { HttpError } from './errors.ts'

/** The shared schema is the one check: the same one the app's form ran before sending. */
export function parseBody<S extends GenericSchema>(schema: S, body: unknown): InferOutput<S> {
  const result = validate(schema, body)
  if (result.ok)
    return result.value
  if (!result.field)
    throw new HttpError(400, 'bad_request', { problem: 'bad_body' })
  // valibot's own messages quote the value sent: only the schema's codes are passed on.
  const problem = isProblemCode(result.message) ? result.message : 'invalid'
  throw new HttpError(400, 'bad_request', { problem, params: FIELD_PARAMS[problem], field: result.field })
}
