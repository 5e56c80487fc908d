import type { GenericSchema, InferOutput } from 'valibot'
import { validate } from '#shared/api/validate'
import { HttpError } from './errors.ts'

/** The shared schema is the one check: the same one the app's form ran before sending. */
export function parseBody<S extends GenericSchema>(schema: S, body: unknown): InferOutput<S> {
  const result = validate(schema, body)
  if (result.ok)
    return result.value
  if (!result.field)
    throw new HttpError(400, 'bad_request', `Тело запроса не подходит: ${result.message}`)
  throw new HttpError(400, 'bad_request', `Поле «${result.field}» заполнено неверно: ${result.message}`, result.field)
}
