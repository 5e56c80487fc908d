import { ref } from 'vue'
import type { Router } from 'vue-router'

/**
 * Whether this device can open the app's pages with no network yet. A first visit (a mentor enrolling in the
 * school's Wi-Fi) saves every page's code as the service worker installs; a tap before that ends, once the network
 * has gone, finds no code for the page, and the router says so through `unsavedPage` instead of staying put.
 */
export const savingForOffline = ref(false)
/** The page a tap led to that did not open: its code is not on this device and the server is out of reach. */
export const unsavedPage = ref<string>()

// Chromium, Firefox and Safari word the failed import of a page's code each their own way.
const UNSAVED_CODE = /dynamically imported module|module script failed/i

/** A page whose code fails to load is named (`unsavedPage`) until a page opens. */
export function reportUnsavedPages(router: Router): void {
  router.onError((error: unknown, to) => {
    if (error instanceof Error && UNSAVED_CODE.test(error.message))
      unsavedPage.value = to.fullPath
  })
  router.afterEach((_to, _from, failure) => {
    if (!failure)
      unsavedPage.value = undefined
  })
}

/** Follows the first worker's install: its code saved once it is active, or given up if it fails. */
export function followFirstInstall(worker: ServiceWorker | null): void {
  if (!worker || navigator.serviceWorker.controller)
    return
  savingForOffline.value = true
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated' || worker.state === 'redundant')
      savingForOffline.value = false
  })
}
