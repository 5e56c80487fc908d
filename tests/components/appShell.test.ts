import { readFileSync } from 'node:fs'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../src/app/App.vue'
import { routes } from '../../src/app/router.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** The elements under a root as tag.class.class "text", one a line, in document order: what the eye sees of them. */
function outline(root: Element): string[] {
  return [...root.querySelectorAll('*')].map(el => `${el.tagName.toLowerCase()}${[...el.classList].map(c => `.${c}`).join('')} "${el.childElementCount ? '' : el.textContent?.trim()}"`)
}

it('the header index.html paints before the scripts run is the one the app mounts in its place', async () => {
  const page = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html')
  const shell = page.getElementById('app')!
  expect(shell.children).toHaveLength(1)
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/login')
  const wrapper = mount(App, { global: { plugins: [createPinia(), router] }, attachTo: document.body })
  await flushPromises()
  expect(outline(wrapper.find('header').element)).toEqual(outline(shell.firstElementChild!))
  expect(outline(shell)).toEqual(['header ""', 'div.app-header ""', 'span.app-header__name "Наставник"'])
})
