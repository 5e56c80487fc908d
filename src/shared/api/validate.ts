import * as v from 'valibot'

/**
 * A refusal names its first problem (`field`, `message`: what the server answers with) and, in `fields`, every
 * failing field with that field's first problem (what a form marks, all at once).
 */
export type Validated<T> = { ok: true, value: T } | { ok: false, field: string, message: string, fields: Record<string, string> }

/** One place turns a schema's verdict into "which field, what is wrong", for forms and for the server alike. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success)
    return { ok: true, value: result.output }
  const fields: Record<string, string> = {}
  for (const issue of result.issues)
    fields[pathOf(issue)] ??= issue.message
  const first = result.issues[0]
  return { ok: false, field: pathOf(first), message: first.message, fields }
}

const pathOf = (issue: v.BaseIssue<unknown>) => issue.path?.map(p => String(p.key)).join('.') ?? ''
