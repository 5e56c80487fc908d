import { mount, type VueWrapper } from '@vue/test-utils'
import { h } from 'vue'
import { describe, expect, it } from 'vitest'
import FormField from '../../src/app/components/FormField.vue'
import ProgramSelect from '../../src/app/components/ProgramSelect.vue'

const PROGRAMS = [
  { id: '0190a1b2-0000-7000-8000-000000000001', name: 'Ученик – ученик' },
  { id: '0190a1b2-0000-7000-8000-000000000002', name: 'Учитель – учитель' },
]

/** The select as a registry's filter uses it: bound to `programId`, named by its aria-label. */
const filter = (props: { programId?: string, prompt?: boolean } = {}) => mount(ProgramSelect, {
  props: { 'programs': PROGRAMS, 'empty': 'Любая программа', 'prompt': props.prompt, 'modelValue': props.programId ?? '', 'aria-label': 'Программа' },
})
const options = (wrapper: VueWrapper) => wrapper.findAll('option').map(o => ({ value: o.attributes('value'), label: o.text(), disabled: o.attributes('disabled') !== undefined }))

describe('a choice of programme', () => {
  it('offers «any» as its empty choice, then the programmes in the order given', () => {
    expect(options(filter())).toEqual([
      { value: '', label: 'Любая программа', disabled: false },
      { value: PROGRAMS[0]!.id, label: 'Ученик – ученик', disabled: false },
      { value: PROGRAMS[1]!.id, label: 'Учитель – учитель', disabled: false },
    ])
  })

  it('offers only its empty choice while the programmes are still being read', () => {
    const wrapper = mount(ProgramSelect, { props: { programs: undefined, empty: 'Все программы', modelValue: '' } })
    expect(options(wrapper)).toEqual([{ value: '', label: 'Все программы', disabled: false }])
  })

  it('in a required field, shows its empty choice as a prompt that cannot be chosen back', () => {
    expect(options(filter({ prompt: true }))[0]).toEqual({ value: '', label: 'Любая программа', disabled: true })
  })

  it('shows the programme it is bound to and gives back the one chosen, or \'\' for any', async () => {
    const wrapper = filter({ programId: PROGRAMS[1]!.id })
    expect(wrapper.get('select').element.value).toBe(PROGRAMS[1]!.id)
    await wrapper.get('select').setValue(PROGRAMS[0]!.id)
    await wrapper.get('select').setValue('')
    expect(wrapper.emitted('update:modelValue')).toEqual([[PROGRAMS[0]!.id], ['']])
  })

  it('is the select itself to screen readers: its name, or the field\'s label, hint and error', () => {
    expect(filter().get('select').attributes('aria-label')).toBe('Программа')
    const field = mount(FormField, {
      props: { label: 'Программа', hint: 'Чья выгрузка', error: 'Выберите программу' },
      slots: { default: (f: { id: string, describedby?: string, invalid: boolean }) => h(ProgramSelect, { 'id': f.id, 'programs': PROGRAMS, 'empty': 'Выберите', 'prompt': true, 'modelValue': '', 'aria-describedby': f.describedby, 'aria-invalid': f.invalid }) },
    })
    const select = field.get('select')
    expect(field.get('label').attributes('for')).toBe(select.attributes('id'))
    expect(select.attributes('aria-describedby')?.split(' ').map(id => field.get(`#${CSS.escape(id)}`).text())).toEqual(['Чья выгрузка', 'Выберите программу'])
    expect(select.attributes('aria-invalid')).toBe('true')
  })
})
