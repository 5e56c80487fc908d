import { onScopeDispose, ref, toRaw, watch } from 'vue'
import { db } from '../db/index.ts'

const SAVE_DELAY_MS = 150

/**
 * Keeps a form's draft on the device as it is typed. A draft left by a closed tab is put back when the
 * same form opens again; `discard()` forgets it once the record is saved or the person throws it away.
 */
export function useFormDraft<T extends object>(key: string, draft: T, isDirty: () => boolean) {
  const restored = ref(false)
  /** True once any stored draft has been put back (or there was none). */
  const ready = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let active = false

  // Only real typing is a draft: a form opened and left untouched leaves nothing behind.
  const save = () => {
    clearTimeout(timer)
    if (!active)
      return
    if (isDirty())
      void db.drafts.put({ key, value: structuredClone(toRaw(draft)) as Record<string, unknown>, savedAt: new Date().toISOString() })
    else
      void db.drafts.delete(key)
  }

  /** Call once the form holds its starting values: from then on, typing is draft. */
  async function start(): Promise<void> {
    const stored = await db.drafts.get(key)
    if (stored) {
      Object.assign(draft, stored.value)
      restored.value = true
    }
    active = true
    ready.value = true
  }

  watch(() => draft, () => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }, { deep: true })

  // A tab being closed or hidden (a call coming in) gets no second chance: write now.
  const flush = () => document.visibilityState === 'hidden' && save()
  document.addEventListener('visibilitychange', flush)
  addEventListener('pagehide', save)
  onScopeDispose(() => {
    save()
    document.removeEventListener('visibilitychange', flush)
    removeEventListener('pagehide', save)
  })

  async function discard(): Promise<void> {
    active = false
    clearTimeout(timer)
    restored.value = false
    await db.drafts.delete(key)
  }

  return { restored, ready, start, discard }
}
