import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('a questionnaire\'s editor', () => {
  it('keeps each question\'s technical key in a closed «advanced» section, opened with the key\'s own error', async () => {
    const { wrapper } = await mountAt('/surveys/templates/new?from=mentee-entry', [], () => useSession().load())
    await settle()
    const first = wrapper.find('.survey-item')
    const advanced = first.find('details.survey-item__advanced')
    expect(advanced.attributes('open')).toBeUndefined()
    expect(advanced.find('summary').text()).toBe('Дополнительно: ключ для сравнения анкет')
    // The fields a teacher writes are outside it.
    expect(first.findAll(':scope > .field label').map(l => l.text())).toEqual(expect.arrayContaining(['Текст вопроса *', 'Тип ответа']))

    await advanced.find('input').setValue('1 неверный')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(advanced.attributes('open')).toBeDefined()
    expect(advanced.find('.field__error').text()).toBe('Ключ: латинские буквы, цифры, точка, дефис; с буквы')
    expect(first.find('textarea').attributes('aria-invalid')).not.toBe('true')
  })

  it('says a missing name once, under the name, whose field is marked invalid', async () => {
    const { wrapper } = await mountAt('/surveys/templates/new', [], () => useSession().load())
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Заполните это поле'])
    const name = wrapper.find('input')
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(name.attributes('aria-describedby')).toBe(wrapper.find('.field__error').attributes('id'))
  })
})
