import { t } from '../i18n/index.ts'
import { problemText } from '../i18n/problemText.ts'
import { ru } from '../i18n/ru.ts'
import { ApiFailure } from './client.ts'
import { StorageFullError } from '../db/storageFull.ts'

/**
 * The sentence a person sees for a failed request, in their language: the server's problem code if it sent
 * one this app knows, else its error code; the server's Russian words only for a code newer than the app.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof StorageFullError)
    return t('errors.storage_full')
  if (!(error instanceof ApiFailure))
    return t('errors.unknown', { message: String(error) })
  if (error.status === 0)
    return t('errors.network')
  const body = error.body
  const worded = body && problemText({ problem: body.problem, params: body.params, field: body.field })
  if (worded)
    return worded
  if (body && Object.hasOwn(ru.errors, body.error))
    return t(`errors.${body.error}`)
  return t('errors.unknown', { message: body?.message ?? `HTTP ${error.status}` })
}
