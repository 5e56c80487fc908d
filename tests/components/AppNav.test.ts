import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Role } from '#shared/roles'
import AppNav from '../../src/app/components/AppNav.vue'

async function navAt(path: string, role: Role) {
  const page = { render: () => null }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: page }] })
  await router.push(path)
  const wrapper = mount(AppNav, { props: { role }, global: { plugins: [router] } })
  await flushPromises()
  return wrapper.findAll('[aria-current="page"]').map(link => link.text())
}

describe('the menu', () => {
  it('marks the list a record\'s own page belongs to, and only that one', async () => {
    expect(await navAt('/my/pairs/0193', 'mentor')).toEqual(['◎Мои пары'])
    expect(await navAt('/people/0193', 'curator')).toEqual(['☺Участники'])
    expect(await navAt('/my/surveys', 'mentee')).toEqual(['☑Анкеты'])
    expect(await navAt('/pairsettings', 'curator')).toEqual([])
  })
})
