import { ref } from 'vue'
import { followFirstInstall } from './offlineReadiness.ts'

const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker and says when a new version waits. Nothing here reloads the page by
 * itself: `apply()` runs only from the update prompt, by the person. The browser's own API does all of it:
 * workbox-window, which did, cost the mentor's first screen 2 KB and its reload already had to be bypassed.
 */
export function useAppUpdate() {
  const needRefresh = ref(false)
  // The service worker exists only in a build; the dev server and the component tests have none.
  if (import.meta.env.PROD && 'serviceWorker' in navigator)
    void register(() => (needRefresh.value = true))
  return { needRefresh, apply }
}

async function register(offer: () => void): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined)
  if (!registration)
    return
  // A version installed while another controls the page is an update; a first install replaces nothing.
  const offerOnceInstalled = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller)
      offer()
  })
  if (registration.waiting && navigator.serviceWorker.controller)
    offer()
  // A first install is followed until its code is saved; a later one is offered once installed.
  const installing = () => {
    followFirstInstall(registration.installing)
    offerOnceInstalled(registration.installing)
  }
  installing()
  registration.addEventListener('updatefound', installing)
  const check = () => void registration.update().catch(() => undefined)
  setInterval(check, HOUR)
  addEventListener('online', check)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
}

/** How long the waiting version is given to take over before the page is loaded from the server instead. */
const TAKE_OVER_MS = 5000

/**
 * Activates the waiting version and reloads once it controls the page.
 */
async function apply(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration()
  const waiting = registration?.waiting
  if (!registration || !waiting) {
    location.reload()
    return
  }
  // Whichever comes first: the new version taking this page over, or it being active (a page it has not
  // claimed yet never hears `controllerchange`, and the button would look dead).
  let reloading = false
  const reload = () => {
    if (!reloading) {
      reloading = true
      location.reload()
    }
  }
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true })
  waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload())
  waiting.postMessage({ type: 'SKIP_WAITING' })
  // Chromium can leave the new version waiting for good when a request reaches the old one in the middle of the swap
  // (1 run in 4 of the update e2e, two browsers at once). Online, the page then comes from the server with no worker,
  // and registers the new version as it starts; the records stay in IndexedDB, and nothing was waiting to be sent.
  setTimeout(() => {
    if (!reloading && waiting.state === 'installed' && navigator.onLine)
      void registration.unregister().then(reload)
  }, TAKE_OVER_MS)
}
