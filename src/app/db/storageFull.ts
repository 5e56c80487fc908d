import { ref } from 'vue'

/** Set when the browser refused a write for want of space, cleared by the next write that succeeds. */
export const storageFull = ref(false)

/** Thrown by `mutate()` instead of the browser's error, so every form says the same clear sentence. */
export class StorageFullError extends Error {
  override name = 'StorageFullError'
}

/** Dexie wraps the browser's DOMException; either may carry the name, or hold it as `inner`. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string, inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError')
      return true
  }
  return false
}
