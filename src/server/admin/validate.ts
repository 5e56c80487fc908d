import type { GenericSchema, InferOutput } from 'valibot'
import { PASSWORD_MIN } from '#shared/limits'
import { validate } from '#shared/api/validate'
import { UsageError } from './command.ts'

// The shared schemas' message codes, in the CLI's words (the app translates the same codes on its forms).
const MESSAGES: Record<string, string> = {
  required: 'is missing or too short',
  too_long: 'is too long',
  login_format: 'must be 3 to 64 characters of a-z, 0-9, ".", "_", "-", starting with a letter or a digit',
  password_too_short: `must be at least ${PASSWORD_MIN} characters`,
  invalid_id: 'must be an id (a UUID)',
}

/**
 * Checks the command line with the shared schema the API checks its bodies with, so the CLI accepts exactly
 * what the curator's form would. `options` names the option behind each field, for the message.
 */
export function checkInput<S extends GenericSchema>(schema: S, input: unknown, options: Record<string, string>): InferOutput<S> {
  const result = validate(schema, input)
  if (result.ok)
    return result.value
  const option = options[result.field] ?? result.field
  throw new UsageError(`${option} ${MESSAGES[result.message] ?? `is not valid: ${result.message}`}`)
}

/** A count option such as `--people 60`: digits only, so `6e1`, `-1` and `1.5` are refused rather than guessed at. */
export function wholeNumber(raw: string | undefined, option: string, fallback: number): number {
  if (raw === undefined)
    return fallback
  if (!/^\d+$/.test(raw))
    throw new UsageError(`${option} must be a whole number, got "${raw}"`)
  return Number(raw)
}
