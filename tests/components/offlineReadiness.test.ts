import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../src/app/App.vue'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { reportUnsavedPages, savingForOffline, unsavedPage } from '../../src/app/pwa/offlineReadiness.ts'
import { routes } from '../../src/app/router.ts'
import { useSession } from '../../src/app/stores/session.ts'

/** What a browser throws when a page's code is neither cached nor reachable (Chromium's words). */
const unsaved = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://school/assets/MeetingEditPage-D_0TdidK.js'))

beforeEach(async () => {
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Наставник', role: 'mentor', schoolId: 's', schoolName: 'Школа', personId: 'p' } })
  await writeMeta(db, 'lastSyncedAt', new Date().toISOString())
  await useSession().load()
})
afterEach(() => {
  savingForOffline.value = false
  unsavedPage.value = undefined
})

async function app() {
  const router = createRouter({ history: createMemoryHistory(), routes: [...routes, { path: '/not-saved', component: unsaved }] })
  reportUnsavedPages(router)
  await router.push('/settings')
  const wrapper = mount(App, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('a device not yet ready to work offline', () => {
  it('says so while the app is being saved on it, and not once it is', async () => {
    const { wrapper } = await app()
    expect(wrapper.text()).not.toContain('сохраняется для работы без сети')
    savingForOffline.value = true
    await flushPromises()
    expect(wrapper.get('.notices [role="status"]').text()).toContain('Приложение сохраняется для работы без сети')
    savingForOffline.value = false
    await flushPromises()
    expect(wrapper.text()).not.toContain('сохраняется для работы без сети')
  })

  it('says why a tap opened nothing when the page\'s code is not on the device, and offers it again', async () => {
    const { wrapper, router } = await app()
    await router.push('/not-saved').catch(() => undefined)
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/settings')
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Страница не открылась: приложение ещё не сохранилось, а сети нет.')
    expect(alert.get('a').attributes('href')).toBe('/not-saved')
    // Any page that opens afterwards takes the notice away.
    await router.push('/my')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
