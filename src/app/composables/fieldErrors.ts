import type * as v from 'valibot'
import { validate } from '#shared/api/validate'
import { FIELD_PARAMS, isProblemCode } from '#shared/problems'
import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { ru } from '../i18n/ru.ts'

/**
 * Checks a form with the same shared schema the server uses, and turns the first failure into
 * `{ field: message }` in the user's language.
 */
export function checkForm<S extends v.GenericSchema>(schema: S, input: unknown):
  { ok: true, value: v.InferOutput<S> } | { ok: false, errors: Record<string, string> } {
  const result = validate(schema, input)
  if (result.ok)
    return result
  const key = result.message in ru.form.errors ? result.message : 'invalid'
  // Limits in the words come from the shared constants the schema checks with.
  const params = isProblemCode(key) ? FIELD_PARAMS[key] : undefined
  return { ok: false, errors: { [result.field]: t(`form.errors.${key}` as MessageKey, params) } }
}
