import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { focusFirstInvalid } from '../../src/app/composables/invalidFocus.ts'

// As main.ts installs it for every form.
document.addEventListener('submit', event => void focusFirstInvalid(event.target))

/** A form whose check fails on what `invalid` names: a date field and a fieldset of choices, both after a text field. */
const Form = defineComponent({
  props: { invalid: { type: Array as () => string[], required: true } },
  setup(props) {
    const errors = ref<string[]>([])
    const invalid = (field: string) => ({ 'aria-invalid': errors.value.includes(field) ? 'true' : undefined })
    const check = (event: Event) => {
      event.preventDefault()
      errors.value = props.invalid
    }
    return () => h('form', { onSubmit: check }, [
      h('input', { id: 'topic', ...invalid('topic') }),
      h('fieldset', invalid('mentees'), [h('input', { id: 'mentee', type: 'checkbox' })]),
      h('input', { id: 'date', type: 'date', ...invalid('date') }),
      h('button', { id: 'save', type: 'submit' }, 'Сохранить'),
    ])
  },
})

async function send(invalid: string[]): Promise<string | undefined> {
  const wrapper = mount(Form, { props: { invalid }, attachTo: document.body })
  const save = wrapper.find<HTMLButtonElement>('#save').element
  save.focus()
  await wrapper.find('form').trigger('submit')
  await new Promise(resolve => setTimeout(resolve, 0))
  const focused = document.activeElement?.id
  wrapper.unmount()
  return focused
}

describe('a form sent with errors', () => {
  it('gives the focus to its first invalid field, a group\'s first control for a fieldset', async () => {
    expect(await send(['date'])).toBe('date')
    expect(await send(['date', 'mentees'])).toBe('mentee')
    expect(await send(['topic', 'date'])).toBe('topic')
  })

  it('leaves the focus where it was when nothing is invalid', async () => {
    expect(await send([])).toBe('save')
  })
})
