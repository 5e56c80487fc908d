/**
 * Every refusal the API gives has this body. `error` is a stable code the app translates; `message`
 * is a plain Russian sentence for logs, curl and an app that does not know the code yet.
 */
export interface ApiError {
  error: ApiErrorCode
  message: string
  /** Which field (dotted path) was wrong, when one was. */
  field?: string
}

export type ApiErrorCode
  = | 'bad_request'
    | 'unauthorized'
    | 'forbidden'
    | 'not_found'
    | 'too_large'
    | 'rate_limited'
    | 'protocol_unsupported'
    | 'setup_token_invalid'
    | 'setup_done'
    | 'login_failed'
  /** The device's access was revoked by the curator: unsent records stay exportable. */
    | 'revoked'
    | 'enrollment_invalid'
    | 'conflict'
  /** Survey ballots (src/server/surveys): unknown, used, closed, not yet open, or the template changed. */
    | 'ballot_unknown'
    | 'ballot_used'
    | 'campaign_closed'
    | 'campaign_not_open'
    | 'template_outdated'
    | 'internal'
