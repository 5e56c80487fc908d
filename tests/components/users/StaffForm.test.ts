import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import StaffForm from '../../../src/app/features/users/StaffForm.vue'

afterEach(() => {
  vi.unstubAllGlobals()
})

function form() {
  setActivePinia(createPinia())
  const wrapper = mount(StaffForm, { attachTo: document.body })
  const input = (label: string) => wrapper.find(`#${CSS.escape(wrapper.findAll('label').find(l => l.text().startsWith(label))!.attributes('for')!)}`)
  const shown = () => wrapper.findAll('.field').filter(f => f.find('.field__error').exists()).map(f => [f.find('label').text().replace('*', '').trim(), f.find('.field__error').text()])
  return { wrapper, input, shown }
}

describe('a staff account\'s form', () => {
  it('marks every wrong field at the send and unmarks each as it is mended; the server\'s refusal of a field is said on it', async () => {
    const { wrapper, input, shown } = form()
    await wrapper.find('form').trigger('submit')
    expect(shown()).toEqual([['ФИО', 'Заполните это поле'], ['Логин', 'Заполните это поле'], ['Пароль', 'Пароль короче 8 символов']])
    await input('Логин').setValue('я')
    expect(shown()).toEqual([['ФИО', 'Заполните это поле'], ['Логин', 'Только латинские буквы, цифры, точка, дефис; от 3 символов'], ['Пароль', 'Пароль короче 8 символов']])

    await input('ФИО').setValue('Орлова Нина Павловна')
    await input('Логин').setValue('orlova')
    expect(shown()).toEqual([['Пароль', 'Пароль короче 8 символов']])

    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: 'conflict', message: 'taken', field: 'login', problem: 'login_taken', params: { login: 'orlova' } }, { status: 409 })))
    await input('Пароль').setValue('луна-сосна-перо')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(shown()).toEqual([['Логин', 'Логин «orlova» уже занят']])
  })
})
