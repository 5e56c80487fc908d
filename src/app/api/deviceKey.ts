import { DEVICE_KEY_PATTERN } from '#shared/limits'

const STORAGE_KEY = 'nastavnik.deviceKey'

/**
 * A random key this browser keeps for good and sends with every sign-in (`LoginRequest.deviceKey`): the server
 * then knows the device signed in to the account before, and someone else's wrong passwords for the same login
 * never make it wait. In localStorage, not IndexedDB: signing out wipes the database, and the device stays known.
 */
export function deviceKey(): string | undefined {
  const storage = globalThis.localStorage
  if (!storage)
    return undefined
  const kept = storage.getItem(STORAGE_KEY)
  // One the server would refuse (edited by hand) would stop every sign-in: a new one only costs the known status.
  if (kept !== null && DEVICE_KEY_PATTERN.test(kept))
    return kept
  const made = Array.from(crypto.getRandomValues(new Uint8Array(32)), byte => byte.toString(16).padStart(2, '0')).join('')
  storage.setItem(STORAGE_KEY, made)
  return made
}
