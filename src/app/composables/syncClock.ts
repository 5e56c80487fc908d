import { computed, onScopeDispose, ref } from 'vue'
import { formatAgo, formatInstant, t } from '../i18n/index.ts'
import { useSyncStatus } from '../stores/syncStatus.ts'

/**
 * A clock for «N минут назад», and the last sync that worked in words: after a failed attempt, how long ago that was.
 */
export function useSyncClock() {
  const status = useSyncStatus()
  // «N минут назад» has to move on by itself while the phone shows it.
  const now = ref(Date.now())
  const clock = setInterval(() => now.value = Date.now(), 30_000)
  onScopeDispose(() => clearInterval(clock))
  const lastSynced = computed(() => {
    const at = status.lastSyncedAt
    if (!at)
      return t('status.neverSynced')
    return status.failure ? t('status.lastSyncedAgo', { ago: formatAgo(at, now.value) }) : t('status.lastSynced', { when: formatInstant(at) })
  })
  return { now, lastSynced }
}
