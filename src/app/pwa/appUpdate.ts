import { useRegisterSW } from 'virtual:pwa-register/vue'

const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker and says when a new version waits. Nothing here reloads the page:
 * `apply()` is called only from the update prompt, by the user.
 */
export function useAppUpdate() {
  const { needRefresh, updateServiceWorker } = useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (!registration)
        return
      const check = () => registration.update().catch(() => undefined)
      setInterval(check, HOUR)
      addEventListener('online', check)
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
    },
  })
  return { needRefresh, apply: () => updateServiceWorker(true) }
}
