import { useRegisterSW } from 'virtual:pwa-register/vue'

const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker and says when a new version waits. Nothing here reloads the page by
 * itself: `apply()` runs only from the update prompt, by the person.
 */
export function useAppUpdate() {
  const { needRefresh } = useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (!registration)
        return
      const check = () => void registration.update().catch(() => undefined)
      setInterval(check, HOUR)
      addEventListener('online', check)
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
    },
  })
  return { needRefresh, apply }
}

/**
 * Activates the waiting version and reloads once it controls the page. Done here rather than through
 * workbox-window, whose reload waits for an event it may classify as «external» when the update was
 * found by a later check, leaving the button dead.
 */
async function apply(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting
  if (!waiting) {
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
}
