import * as v from 'valibot'

export type Validated<T> = { ok: true, value: T } | { ok: false, field: string, message: string }

/** One place turns a schema's verdict into "which field, what is wrong", for forms and for the server alike. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success)
    return { ok: true, value: result.output }
  const issue = result.issues[0]
  const field = issue.path?.map(p => String(p.key)).join('.') ?? ''
  return { ok: false, field, message: issue.message }
}
