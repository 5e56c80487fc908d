import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../src/app/App.vue'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { routes } from '../../src/app/router.ts'
import { useSession } from '../../src/app/stores/session.ts'
import { useAppStylesheet } from './appStylesheet.ts'

const viewport = (width: number) => (window as unknown as { happyDOM: { setViewport: (size: { width: number, height: number }) => void } }).happyDOM.setViewport({ width, height: 768 })

useAppStylesheet()
beforeEach(async () => {
  await db.delete()
  await db.open()
  // The login page asks whether the server still needs its setup: here it is unreachable.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  viewport(1024)
  document.body.innerHTML = ''
})

async function mountApp(path: string) {
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await useSession(pinia).load()
  await flushPromises()
  // index.html's mount point, which the app's own stylesheet lays out.
  document.querySelector('main')!.parentElement!.id = 'app'
  return wrapper
}

/** How far from the window's left edge the page's header and main start: the room kept for the menu. */
function leftRoom(): number[] {
  const px = (el: Element, property: 'paddingLeft' | 'marginLeft') => Number.parseFloat(getComputedStyle(el)[property]) || 0
  const app = document.getElementById('app')!
  return ['header', 'main'].map(name => px(app, 'paddingLeft') + px(document.querySelector(name)!, 'marginLeft'))
}

describe('the menu\'s column on a school computer', () => {
  it('is kept beside the pages of someone signed in, and nowhere on the first run or the sign-in', async () => {
    for (const width of [1024, 1366]) {
      viewport(width)
      const setup = await mountApp('/setup')
      expect(document.querySelector('.app-nav')).toBeNull()
      expect(leftRoom(), `/setup at ${width} px`).toEqual([0, 0])
      setup.unmount()
      const login = await mountApp('/login')
      expect(leftRoom(), `/login at ${width} px`).toEqual([0, 0])
      login.unmount()
    }
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
    viewport(1366)
    await mountApp('/settings')
    expect(document.querySelector('.app-nav')).not.toBeNull()
    const [header, main] = leftRoom()
    expect(header).toBeGreaterThan(0)
    expect(main).toBe(header)
  })
})
