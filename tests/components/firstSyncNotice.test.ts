import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../src/app/App.vue'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { routes } from '../../src/app/router.ts'
import { useSession } from '../../src/app/stores/session.ts'
import { useSyncStatus } from '../../src/app/stores/syncStatus.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Петрова Анна Игоревна', role: 'curator', schoolId: 's', schoolName: 'Школа № 20', personId: null } })
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function mountSignedIn() {
  const pinia = createPinia()
  setActivePinia(pinia)
  await useSession().load()
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/programs')
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  const notice = () => wrapper.find('.notices [role="status"]')
  return { wrapper, notice }
}

it('says on a device never synced that an empty list does not mean there are no records, and while the first sync is under way', async () => {
  const { notice } = await mountSignedIn()
  await vi.waitFor(() => expect(notice().text()).toContain('Это устройство ещё не получало записи школы с сервера'))
  const status = useSyncStatus()
  status.reporter.started()
  await flushPromises()
  expect(notice().text()).toContain('Идёт первая синхронизация: записи школы загружаются с сервера. Пока она не закончилась')
  status.reporter.finished(null)
  await writeMeta(db, 'lastSyncedAt', new Date().toISOString())
  await vi.waitFor(() => expect(notice().exists()).toBe(false))
})

it('is not shown on a device that has synced before', async () => {
  await writeMeta(db, 'lastSyncedAt', '2026-12-01T10:00:00.000Z')
  const { notice } = await mountSignedIn()
  await vi.waitFor(() => expect(useSyncStatus().everSynced).toBe(true))
  await flushPromises()
  expect(notice().exists()).toBe(false)
})
