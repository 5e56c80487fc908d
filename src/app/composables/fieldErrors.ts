import type * as v from 'valibot'
import { validate } from '#shared/api/validate'
import { FIELD_PARAMS, isProblemCode } from '#shared/problems'
import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { ru } from '../i18n/ru.ts'

/**
 * Checks a form with the same shared schema the server uses, and turns every failing field's first problem
 * into `{ field: message }` in the user's language: each field the person must mend says so at once.
 */
export function checkForm<S extends v.GenericSchema>(schema: S, input: unknown):
  { ok: true, value: v.InferOutput<S> } | { ok: false, errors: Record<string, string> } {
  const result = validate(schema, input)
  if (result.ok)
    return result
  const errors = Object.fromEntries(Object.entries(result.fields).map(([field, code]) => [field, fieldError(code)]))
  return { ok: false, errors }
}

function fieldError(code: string): string {
  const key = code in ru.form.errors ? code : 'invalid'
  // Limits in the words come from the shared constants the schema checks with.
  const params = isProblemCode(key) ? FIELD_PARAMS[key] : undefined
  return t(`form.errors.${key}` as MessageKey, params)
}
