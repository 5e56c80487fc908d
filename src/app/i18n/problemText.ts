import { isProblemCode, type ProblemParams, wordProblem } from '#shared/problems'
import { t } from './index.ts'

/**
 * Why the server refused a change or a request, in the user's language, from its problem code and params.
 * A rejection stored before problem codes, or a code newer than this app, keeps the server's own words.
 */
export function problemText({ problem, params, reason, field }: { problem?: string, params?: ProblemParams, reason?: string, field?: string }): string {
  if (!problem || !isProblemCode(problem))
    return reason ?? ''
  return wordProblem(code => t(`problems.${code}`), t('rejections.field'), problem, params, field)
}
