import { onScopeDispose, ref, toRaw, watch } from 'vue'
import { db } from '../db/index.ts'
import { dropUnloadCopy, leaveUnloadCopy, newerDraft, type StoredDraft, takeUnloadCopy } from '../db/unloadDrafts.ts'

/**
 * Keeps a form's draft on the device as it is typed: written within a frame of each change. A draft left
 * by a closed tab is put back when the same form opens again; `discard()` forgets the draft so far (the
 * record was saved, or the person threw it away) and typing after it is a draft again.
 */
export function useFormDraft<T extends object>(key: string, draft: T, isDirty: () => boolean) {
  const restored = ref(false)
  /** True once any stored draft has been put back (or there was none). */
  const ready = ref(false)
  let frame: number | undefined
  let active = false

  const current = (): StoredDraft => ({ value: structuredClone(toRaw(draft)) as Record<string, unknown>, savedAt: new Date().toISOString() })

  // Only real typing is a draft: a form opened and left untouched leaves nothing behind.
  const save = () => {
    if (frame !== undefined)
      cancelAnimationFrame(frame)
    frame = undefined
    if (!active)
      return
    if (isDirty())
      void db.drafts.put({ key, ...current() })
    else
      void db.drafts.delete(key)
  }

  const saveBeforeUnload = () => {
    if (active && isDirty())
      leaveUnloadCopy(key, current())
    save()
  }

  /** Call once the form holds its starting values: from then on, typing is draft. */
  async function start(): Promise<void> {
    const stored = newerDraft(takeUnloadCopy(key), await db.drafts.get(key))
    if (stored) {
      Object.assign(draft, stored.value)
      restored.value = true
      await db.drafts.put({ key, ...stored })
    }
    active = true
    ready.value = true
  }

  watch(() => draft, () => {
    frame ??= requestAnimationFrame(save)
  }, { deep: true, flush: 'sync' })

  // A tab being closed or hidden (a call coming in) gets no second chance, and hidden tabs get no frames.
  const flush = () => document.visibilityState === 'hidden' && saveBeforeUnload()
  document.addEventListener('visibilitychange', flush)
  addEventListener('pagehide', saveBeforeUnload)
  onScopeDispose(() => {
    save()
    document.removeEventListener('visibilitychange', flush)
    removeEventListener('pagehide', saveBeforeUnload)
  })

  async function discard(): Promise<void> {
    if (frame !== undefined)
      cancelAnimationFrame(frame)
    frame = undefined
    restored.value = false
    dropUnloadCopy(key)
    await db.drafts.delete(key)
  }

  return { restored, ready, start, discard }
}
