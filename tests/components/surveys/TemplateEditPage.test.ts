import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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
    // Mended, the key loses its error at once, and its section stays open under the hand typing in it.
    await advanced.find('input').setValue('q.first')
    expect(advanced.find('.field__error').exists()).toBe(false)
    expect(advanced.attributes('open')).toBeDefined()
  })

  it('marks the name and every wrong question at the send, and unmarks each as it is mended', async () => {
    const { wrapper } = await mountAt('/surveys/templates/new?from=mentee-entry', [], () => useSession().load())
    await settle()
    const name = wrapper.find('input')
    const text = (n: number) => wrapper.findAll('.survey-item')[n]!.find('textarea')
    const single = wrapper.findAll('.survey-item').find(item => item.find('textarea').element.value.startsWith('Как часто'))!
    const options = single.findAll('textarea')[1]!
    await name.setValue('')
    await text(0).setValue('')
    await text(2).setValue('  ')
    await options.setValue('Раз в неделю')
    await options.trigger('change')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect([name, text(0), text(1), text(2), options].map(control => control.attributes('aria-invalid'))).toEqual(['true', 'true', 'false', 'true', 'true'])
    expect(single.find('textarea').attributes('aria-invalid')).toBe('false')
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Заполните это поле', 'Заполните это поле', 'Заполните это поле', 'Нужно хотя бы два варианта ответа'])

    await name.setValue('Входная анкета')
    await text(2).setValue('Что вы ждёте от наставника?')
    expect([name, text(0), text(2), options].map(control => control.attributes('aria-invalid'))).toEqual(['false', 'true', 'false', 'true'])
    expect(wrapper.findAll('.field__error')).toHaveLength(2)
    expect(await db.surveyTemplates.count()).toBe(0)
  })

  it('names a multiple question\'s choice that stands alone, forgets it with its choice, and saves the one chosen', async () => {
    const { wrapper, router } = await mountAt('/surveys/templates/new?from=mentee-exit', [], () => useSession().load())
    await settle()
    const results = wrapper.findAll('.survey-item').find(item => item.find('textarea').element.value.startsWith('Что изменилось'))!
    // The question's second select; its first is the kind of answer.
    const select = results.findAll('select').at(-1)!
    expect(results.findAll('label').map(l => l.text())).toContain('Ответ, который исключает остальные')
    expect((select.element as HTMLSelectElement).value).toBe('Ничего не изменилось')
    const options = results.findAll('textarea')[1]!
    await options.setValue('Стало легче\nВсё как было')
    await options.trigger('change')
    expect((select.element as HTMLSelectElement).value).toBe('')
    await select.setValue('Всё как было')
    await wrapper.find('form').trigger('submit')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.path).not.toContain('/new'), { timeout: 5000 })
    const saved = (await db.surveyTemplates.toArray())[0]!.items.find(i => i.key === 'results')
    expect([saved?.options, saved?.exclusive]).toEqual([['Стало легче', 'Всё как было'], 'Всё как было'])
  })

  it('says a missing name once, under the name, whose field is marked invalid, and the missing questions below them', async () => {
    const { wrapper } = await mountAt('/surveys/templates/new', [], () => useSession().load())
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Заполните это поле', 'Добавьте хотя бы один вопрос'])
    const name = wrapper.find('input')
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(name.attributes('aria-describedby')).toBe(wrapper.find('.field__error').attributes('id'))
    // The missing questions are the list's: it reads as an invalid group, described by its line.
    const questions = wrapper.find('[role="group"][aria-label="Вопросы"]')
    expect(questions.attributes('aria-invalid')).toBe('true')
    expect(questions.attributes('aria-describedby')).toBe(wrapper.findAll('.field__error')[1]!.attributes('id'))
  })
})
