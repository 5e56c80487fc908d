import { ref } from 'vue'

/** The browser's idea of connectivity; the sync client learns the truth from its requests. */
export const isOnline = ref(globalThis.navigator?.onLine ?? true)

function follow(): void {
  isOnline.value = globalThis.navigator.onLine
}
globalThis.addEventListener?.('online', follow)
globalThis.addEventListener?.('offline', follow)
