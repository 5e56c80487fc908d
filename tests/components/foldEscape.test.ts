import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PeopleFilters from '../../src/app/features/people/PeopleFilters.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

const filter = { category: '', classGroup: '', programId: '', ovz: false, gifted: false, subject: '', methodUnion: '', qualification: '', experience: '', age: '' } as const

describe('a list\'s «Фильтры»', () => {
  it('fold away on Escape from within, the focus back on their summary', async () => {
    const wrapper = mount(PeopleFilters, { props: { modelValue: filter, programs: [], classes: ['5А'], subjects: [], methodUnions: [] }, attachTo: document.body })
    const fold = wrapper.get('details').element as HTMLDetailsElement
    fold.open = true
    const select = wrapper.get('select')
    ;(select.element as HTMLSelectElement).focus()
    await select.trigger('keydown', { key: 'Escape' })
    expect(fold.open).toBe(false)
    expect(document.activeElement).toBe(wrapper.get('summary').element)
    // Closed, Escape leaves it so.
    await wrapper.get('summary').trigger('keydown', { key: 'Escape' })
    expect(fold.open).toBe(false)
  })
})
