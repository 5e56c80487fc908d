import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import ListInput from '../../src/app/components/ListInput.vue'

/** A ListInput bound to a list, as the person's card binds its requests. */
function mounted(lines = false) {
  const list = ref<string[]>([])
  const update = (value: string[]) => {
    list.value = value
  }
  const wrapper = mount(ListInput, { props: { 'lines': lines, 'modelValue': list.value, 'onUpdate:modelValue': update } })
  return { wrapper, list }
}

describe('a list typed in one field', () => {
  it('splits at commas and at the semicolons a school\'s document lists its requests with', async () => {
    const { wrapper, list } = mounted()
    await wrapper.get('input, textarea').setValue('составление рабочей программы; дисциплина на уроке, портфолио;')
    expect(list.value).toEqual(['составление рабочей программы', 'дисциплина на уроке', 'портфолио'])
  })

  it('keeps an item\'s commas and semicolons when it takes one item a line', async () => {
    const { wrapper, list } = mounted(true)
    await wrapper.get('textarea').setValue('https://school.ru/a,b;c\nвторой')
    expect(list.value).toEqual(['https://school.ru/a,b;c', 'второй'])
  })
})
