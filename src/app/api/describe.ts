import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/messages.ts'
import { ApiFailure } from './client.ts'
import { StorageFullError } from '../db/storageFull.ts'

const TRANSLATED = ['setup_token_invalid', 'setup_done', 'login_failed', 'protocol_unsupported', 'rate_limited', 'enrollment_invalid', 'revoked'] as const

/** The sentence a person sees for a failed request, in their language. */
export function describeFailure(error: unknown): string {
  if (error instanceof StorageFullError)
    return t('errors.storage_full')
  if (!(error instanceof ApiFailure))
    return t('errors.unknown', { message: String(error) })
  if (error.status === 0)
    return t('errors.network')
  const code = error.body?.error
  if (code && (TRANSLATED as readonly string[]).includes(code))
    return t(`errors.${code}` as MessageKey)
  return t('errors.unknown', { message: error.body?.message ?? `HTTP ${error.status}` })
}
