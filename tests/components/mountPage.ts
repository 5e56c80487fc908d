import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, vi } from 'vitest'
import { type Component, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type Router, RouterView } from 'vue-router'
import { routes } from '../../src/app/router.ts'

/**
 * Mounts the real route table at `path`, with a fresh Pinia, the way the app does (minus the sign-in guard).
 * `prepare` runs with that Pinia active before the page is created (the guard's `session.load()`, say).
 */
export async function mountAt(path: string, extra: Component[] = [], prepare?: () => Promise<unknown>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await prepare?.()
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const Shell = defineComponent(() => () => [h(RouterView), ...extra.map(c => h(c))])
  const wrapper = mount(Shell, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

/** One page component at `path` of the real route table (for its params), attached to the document, not awaited further. */
export async function mountPageAt(page: Component, path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  return mount(page, { global: { plugins: [router] }, attachTo: document.body })
}

/**
 * Waits until the router is at `path`. The next page is imported when the router goes there: on a machine busy with
 * other work that took longer than `vi.waitFor`'s default second (a save that worked failed its test in CI).
 */
export const arrivesAt = (router: Router, path: string): Promise<void> =>
  vi.waitFor(() => expect(router.currentRoute.value.path).toBe(path), { timeout: 10_000 })

/** Lets Dexie's live queries answer (they settle over a few macrotasks). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}

/** The form control a label names, as a person finds it: the label's text starts with `label`. */
export function labelled<T extends HTMLElement>(label: string, kind: abstract new () => T): T {
  const found = [...document.querySelectorAll('label')].find(l => l.textContent?.trim().startsWith(label))
  const control = found && document.getElementById(found.htmlFor)
  if (!(control instanceof kind))
    throw new Error(`no ${kind.name} labelled «${label}»`)
  return control
}

/** Types into a control at once, as the browser tells Vue of it (no tick awaited: before any query answers). */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value
  control.dispatchEvent(new Event('input'))
}
