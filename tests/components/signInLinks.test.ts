import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import EnrollPage from '../../src/app/features/enroll/EnrollPage.vue'
import LoginPage from '../../src/app/features/auth/LoginPage.vue'
import { mountAt, mountPageAt } from './mountPage.ts'

beforeEach(() => {
  setActivePinia(createPinia())
  // The login page asks whether the server still needs its setup: here it is unreachable, as on a phone offline.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the two ways in lead to each other', () => {
  it('the staff login tells a mentor or a student where their code goes', async () => {
    const wrapper = await mountPageAt(LoginPage, '/login')
    const link = wrapper.get('.other-sign-in a')
    expect(wrapper.get('.other-sign-in').text()).toContain('Наставник или наставляемый?')
    expect(link.attributes('href')).toBe('/enroll')
    expect(link.text()).toBe('войти по коду')
    wrapper.unmount()
  })

  it('the code page leads staff back to the login', async () => {
    const wrapper = await mountPageAt(EnrollPage, '/enroll')
    expect(wrapper.get('.other-sign-in a').attributes('href')).toBe('/login')
    wrapper.unmount()
  })

  it('the code page takes a survey card\'s code too, and opens its questionnaire instead of refusing it', async () => {
    const { wrapper, router } = await mountAt('/enroll')
    await wrapper.get('input').setValue('839m 7jfs-ywq2')
    await wrapper.get('form').trigger('submit')
    // The questionnaire's page loads as its own chunk.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/s/839M-7JFS-YWQ2'), { timeout: 5000 })
    wrapper.unmount()
  })
})
