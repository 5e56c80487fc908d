import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import ConsentForm from '../../../src/app/features/people/ConsentForm.vue'
import { db } from '../../../src/app/db/index.ts'

const today = localCalendarDate()
const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4, 10) === '-02-29' ? '-02-28' : today.slice(4)}`

beforeEach(async () => {
  await db.delete()
  await db.open()
})

async function form(birthDate: string, kind: 'pdn' | 'mentor_duties' = 'pdn', category: 'student' | 'teacher' = kind === 'pdn' ? 'student' : 'teacher') {
  const personId = uuidv7()
  const wrapper = mount(ConsentForm, { props: { personId, birthDate, category, kind }, attachTo: document.body })
  await flushPromises()
  return { wrapper, personId }
}

const saved = () => db.consents.toArray()
const outbox = () => db.outbox.toArray()

describe('the consent form', () => {
  it('refuses an 11-year-old\'s own personal-data consent with a sentence on the signer, and saves the guardian\'s', async () => {
    const { wrapper, personId } = await form(bornYearsAgo(11))
    // A minor's consent is a parent's by default; the curator picks «сам участник» anyway.
    expect((wrapper.find('input[value="guardian"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('input[value="self"]').setValue()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('Участнику не было 14 лет в день подписания: подписывает только законный представитель')
    expect(wrapper.find('fieldset[aria-invalid="true"]').exists()).toBe(true)
    expect(await saved()).toEqual([])
    expect(await outbox()).toEqual([])

    await wrapper.find('input[value="guardian"]').setValue()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.field--invalid label').text()).toContain('ФИО законного представителя')
    expect(await saved()).toEqual([])
    await wrapper.find(`#${wrapper.find('.field--invalid label').attributes('for')}`).setValue('Ким Сергей Петрович')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(await saved()).toMatchObject([{ personId, kind: 'pdn', signedBy: 'guardian', guardianName: 'Ким Сергей Петрович', date: today }])
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('will not take a consent signed after today: it is not signed yet, and would already allow a pair', async () => {
    const { wrapper } = await form(bornYearsAgo(30), 'pdn', 'teacher')
    const signed = wrapper.findAll('.field').find(field => field.text().startsWith('Дата подписания'))!.find('input')
    await signed.setValue(`${Number(today.slice(0, 4)) + 1}-01-01`)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Дата подписания в будущем: согласие ещё не подписано')
    expect(await saved()).toEqual([])
    await signed.setValue(today)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(await saved()).toMatchObject([{ kind: 'pdn', signedBy: 'self', date: today }])
  })

  it('accepts a 15-year-old\'s own consent with a warning asking for a parent\'s', async () => {
    const { wrapper, personId } = await form(bornYearsAgo(15))
    await wrapper.find('input[value="self"]').setValue()
    expect(wrapper.find('.banner--warn').text()).toBe('Участнику нет 18 лет: его собственное согласие принимается, но попросите и согласие родителя (законного представителя).')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(await saved()).toMatchObject([{ personId, kind: 'pdn', signedBy: 'self' }])
  })

  it('takes a pupil with no birth date for a child: a parent signs by default, the pupil\'s own signature is refused', async () => {
    const { wrapper } = await form('')
    expect((wrapper.find('input[value="guardian"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('input[value="self"]').setValue()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('В карточке обучающегося нет даты рождения: подписывает законный представитель — или сначала укажите дату рождения')
    expect(await saved()).toEqual([])
    expect(await outbox()).toEqual([])
  })

  it('lets an adult of unknown age, as a teacher, sign their own personal-data consent', async () => {
    const { wrapper, personId } = await form('', 'pdn', 'teacher')
    expect((wrapper.find('input[value="self"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(await saved()).toMatchObject([{ personId, signedBy: 'self' }])
  })

  it('asks a duties consent for its agreement: number, date, period and pay', async () => {
    const { wrapper } = await form('1980-01-01', 'mentor_duties')
    expect(wrapper.find('input[value="guardian"]').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    // The form shows the first missing field, as every record form does.
    expect(wrapper.find('[role="alert"]').text()).toBe('Заполните это поле')
    expect(wrapper.find('.field--invalid label').text()).toContain('Номер дополнительного соглашения')
    expect(await saved()).toEqual([])
  })
})
