import { isSchemaProblem } from '#shared/sync/problems'
import type { Rejection } from '../db/schema.ts'
import { t } from '../i18n/index.ts'

/** Why the server refused a change, in the user's language; a rejection stored before problem codes keeps its words. */
export function rejectionText({ problem, params, reason, field }: Pick<Rejection, 'problem' | 'params' | 'reason' | 'field'>): string {
  if (!problem)
    return reason ?? ''
  const text = t(`problems.${problem}`, params)
  return field !== undefined && isSchemaProblem(problem) ? t('rejections.field', { field, text }) : text
}
