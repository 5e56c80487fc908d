import { mount } from '@vue/test-utils'
import { h } from 'vue'
import { describe, expect, it } from 'vitest'
import FormField from '../../src/app/components/FormField.vue'

/** The field with an input in its slot, as every form uses it; returns the input's aria-describedby. */
function describedBy(props: { hint?: string, error?: string }) {
  const wrapper = mount(FormField, {
    props: { label: 'ФИО', ...props },
    slots: { default: (f: { id: string, describedby?: string }) => h('input', { 'id': f.id, 'aria-describedby': f.describedby }) },
  })
  const ids = wrapper.get('input').attributes('aria-describedby')?.split(' ') ?? []
  return ids.map(id => wrapper.find(`#${CSS.escape(id)}`).text())
}

describe('a form field', () => {
  it('ties its control to the hint and the error that are on the page, and to nothing that is not', () => {
    expect(describedBy({})).toEqual([])
    expect(describedBy({ hint: 'Как в паспорте' })).toEqual(['Как в паспорте'])
    expect(describedBy({ error: 'Заполните это поле' })).toEqual(['Заполните это поле'])
    expect(describedBy({ hint: 'Как в паспорте', error: 'Заполните это поле' })).toEqual(['Как в паспорте', 'Заполните это поле'])
  })
})
