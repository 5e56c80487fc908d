import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { LoginRequest, LoginResponse } from '#shared/api/auth'
import type { SetupRequest } from '#shared/api/setup'
import type { EnrollRequest } from '#shared/api/users'
import { api } from '../api/client.ts'
import { deviceKey } from '../api/deviceKey.ts'
import { db } from '../db/index.ts'
import { readMeta, writeMeta } from '../db/meta.ts'
import { forgetUnloadCopies } from '../db/unloadDrafts.ts'

/**
 * Who is signed in on this device. Kept in IndexedDB, so after one sign-in with the network the app
 * opens and works offline for weeks; only the server ends a session.
 */
export const useSession = defineStore('session', () => {
  const current = shallowRef<LoginResponse>()
  const loaded = shallowRef(false)
  const user = computed(() => current.value?.user)
  const token = computed(() => current.value?.token)
  /** Whether this user changes the school's records; an observer (директор, рабочая группа) only reads them. */
  const canEdit = computed(() => current.value?.user.role === 'curator')

  async function load(): Promise<void> {
    current.value = await readMeta(db, 'session')
    loaded.value = true
  }

  /**
   * Signing in again as the same person keeps everything on the device, unsent changes included;
   * another person starts from an empty database, so nobody reads what the last one left.
   */
  async function remember(session: LoginResponse): Promise<void> {
    const previous = await readMeta(db, 'session')
    if (previous && previous.user.id !== session.user.id)
      await wipeDevice()
    await db.transaction('rw', db.meta, async () => {
      await writeMeta(db, 'session', session)
      await db.meta.delete('syncBlocked')
    })
    current.value = session
  }

  async function signIn(request: LoginRequest): Promise<void> {
    await remember(await api<LoginResponse>('/auth/login', { body: { ...request, deviceKey: deviceKey() } }))
  }

  async function completeSetup(request: SetupRequest): Promise<void> {
    await remember(await api<LoginResponse>('/setup', { body: { ...request, deviceKey: deviceKey() } }))
  }

  async function enroll(request: EnrollRequest): Promise<void> {
    await remember(await api<LoginResponse>('/enroll', { body: request }))
  }

  /** Nothing of this user may stay readable in a shared browser: the whole database goes. */
  async function signOut(): Promise<void> {
    const sent = token.value
    current.value = undefined
    if (sent)
      await api('/auth/logout', { method: 'POST', token: sent }).catch(() => undefined)
    await wipeDevice()
  }

  return { user, token, canEdit, loaded, load, signIn, completeSetup, enroll, signOut }
})

async function wipeDevice(): Promise<void> {
  forgetUnloadCopies()
  await db.delete()
  await db.open()
}
