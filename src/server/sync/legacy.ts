import { isSchemaProblem, PROBLEM_TEXTS_RU, fillParams } from '#shared/sync/problems'
import type { Rejection } from './context.ts'

/**
 * A refusal in the Russian words protocol 1 showed as they came (`reason`): an app that has not updated yet
 * keeps showing them, and the stored rejection keeps them for whoever reads the database.
 */
export function legacyReason({ problem, params, field }: Rejection): string {
  const text = fillParams(PROBLEM_TEXTS_RU[problem], params)
  return field !== undefined && isSchemaProblem(problem) ? `Поле «${field}»: ${text}` : text
}
