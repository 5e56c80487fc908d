import { onScopeDispose, ref, toRaw, watch } from 'vue'
import { db } from '../db/index.ts'

/**
 * A page being unloaded (a reload, a closed tab) may never finish an IndexedDB write it starts; localStorage
 * writes at once. So `pagehide` leaves the draft here too, and the next `start()` moves it into IndexedDB.
 */
const UNLOAD_PREFIX = 'nastavnik:draft:'

interface StoredDraft {
  value: Record<string, unknown>
  savedAt: string
}

function takeUnloadCopy(key: string): StoredDraft | undefined {
  const text = localStorage.getItem(UNLOAD_PREFIX + key)
  localStorage.removeItem(UNLOAD_PREFIX + key)
  return text === null ? undefined : JSON.parse(text) as StoredDraft
}

/** Signing out leaves no one's typing behind on the device. */
export function forgetUnloadCopies(): void {
  for (const key of Object.keys(localStorage).filter(k => k.startsWith(UNLOAD_PREFIX)))
    localStorage.removeItem(key)
}

const newer = (a: StoredDraft | undefined, b: StoredDraft | undefined) => !b || (a !== undefined && a.savedAt > b.savedAt) ? a : b

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
      localStorage.setItem(UNLOAD_PREFIX + key, JSON.stringify(current()))
    save()
  }

  /** Call once the form holds its starting values: from then on, typing is draft. */
  async function start(): Promise<void> {
    const stored = newer(takeUnloadCopy(key), await db.drafts.get(key))
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
    localStorage.removeItem(UNLOAD_PREFIX + key)
    await db.drafts.delete(key)
  }

  return { restored, ready, start, discard }
}
