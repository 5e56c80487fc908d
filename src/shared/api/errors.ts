import * as v from 'valibot'
import { PROBLEM_CODES } from '../problems.ts'

/** The stable codes of `ApiError.error`, which the app translates. */
const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'too_large',
  'rate_limited',
  'protocol_unsupported',
  'setup_token_invalid',
  'setup_done',
  'login_failed',
  // The device's access was revoked by the curator: unsent records stay exportable.
  'revoked',
  // The session went unused past the server's idle time: sign in (or enroll) again, unsent records are kept.
  'expired',
  'enrollment_invalid',
  'conflict',
  // Survey ballots (src/server/surveys): unknown, used, closed, not yet open, or the template changed.
  'ballot_unknown',
  'ballot_used',
  'campaign_closed',
  'campaign_not_open',
  'template_outdated',
  // The server's storage: its database is damaged (503), its disk is full (507).
  'unavailable',
  'insufficient_storage',
  'internal',
] as const
export type ApiErrorCode = typeof API_ERROR_CODES[number]

/**
 * Every refusal the API gives has this body. `error` is a stable code the app translates, and `problem` with
 * `params` says more where the code alone does not (the app words it, src/shared/problems.ts); `message`
 * is the same in Russian for logs, curl and an app that does not know the code yet.
 */
export const ApiError = v.object({
  error: v.picklist(API_ERROR_CODES),
  message: v.string(),
  field: v.optional(v.pipe(v.string(), v.description('Which field (dotted path) was wrong, when one was'))),
  problem: v.optional(v.picklist(PROBLEM_CODES)),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
})
export type ApiError = v.InferOutput<typeof ApiError>
