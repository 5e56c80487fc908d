import { isProblemCode, type ProblemParams, wordProblem } from '#shared/problems'
import type { Rejection } from '../db/schema.ts'
import { fieldLabel, fieldLabels } from './fieldLabels.ts'
import { t } from './index.ts'
import './problemMessages.ts'

/**
 * Why the server refused a change or a request, in the user's language, from its problem code and params.
 * A rejection stored before problem codes keeps the server's own words; a code newer than this app, which
 * the server sends without words, is told by its kind (`code`) when the caller has no heading of its own for it.
 * With the record's `entity`, its fields are named in words.
 */
export function problemText({ problem, params, reason, field, code, entity }: { problem?: string, params?: ProblemParams, reason?: string, field?: string, code?: Rejection['code'], entity?: string }): string {
  if (!problem || !isProblemCode(problem))
    return reason ?? (code ? t(`rejections.codes.${code}`) : '')
  return wordProblem(code => t(`problems.${code}`), t('rejections.field'), problem, entity ? inWords(entity, params) : params, entity && field !== undefined ? fieldLabel(entity, field) ?? t('rejections.someField') : field)
}

/** A refused record's list of fields (`incomplete`) in the reader's words, never their keys. */
function inWords(entity: string, params: ProblemParams | undefined): ProblemParams | undefined {
  return typeof params?.fields === 'string' ? { ...params, fields: fieldLabels(entity, params.fields.split(/,\s*/)).join(', ') } : params
}
