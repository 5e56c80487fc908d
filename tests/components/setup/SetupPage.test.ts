import { afterEach, describe, expect, it } from 'vitest'
import { focusFirstInvalid } from '../../../src/app/composables/invalidFocus.ts'
import { labelled, mountAt, settle } from '../mountPage.ts'

// As main.ts installs it for every form.
document.addEventListener('submit', event => void focusFirstInvalid(event.target))

afterEach(() => {
  document.body.innerHTML = ''
})

/** Each field's error, by the field's label, as the page shows them now. */
const shownErrors = () => Object.fromEntries([...document.querySelectorAll('.field')]
  .filter(field => field.querySelector('.field__error'))
  .map(field => [field.querySelector('label')!.textContent.replace('*', '').trim(), field.querySelector('.field__error')!.textContent]))

const type = async (label: string, value: string) => {
  const input = labelled(label, HTMLInputElement)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await settle()
}

describe('the first run\'s form', () => {
  it('marks every wrong field at the send, the first one focused, and unmarks each as it is mended', async () => {
    const { wrapper } = await mountAt('/setup')
    // Nothing is marked while the form is being filled in, before the first send.
    await type('Логин', 'я')
    await type('ФИО куратора', 'Ким Анна Сергеевна')
    expect(shownErrors()).toEqual({})

    await wrapper.find('form').trigger('submit')
    await settle()
    expect(shownErrors()).toEqual({
      'Название школы': 'Заполните это поле',
      'Логин': 'Только латинские буквы, цифры, точка, дефис; от 3 символов',
      'Пароль': 'Пароль короче 8 символов',
      'Код установки': 'Заполните это поле',
    })
    expect(wrapper.findAll('[aria-invalid="true"]')).toHaveLength(4)
    expect(document.activeElement).toBe(labelled('Название школы', HTMLInputElement))

    await type('Логин', 'kim')
    await type('Название школы', 'Школа № 1')
    expect(shownErrors()).toEqual({ 'Пароль': 'Пароль короче 8 символов', 'Код установки': 'Заполните это поле' })
    // A field still wrong says what is wrong now; one made wrong again is marked again.
    await type('Пароль', 'a'.repeat(201))
    // An emptied login is a blank field, not a badly typed one.
    await type('Логин', '')
    expect(shownErrors()).toEqual({
      'Логин': 'Заполните это поле',
      'Пароль': 'Слишком длинный текст',
      'Код установки': 'Заполните это поле',
    })
  })
})
