import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { mountAt, settle } from '../mountPage.ts'
import { chooseFile } from './chooseFile.ts'

const KID = '01900000-0000-7000-8000-000000000001'
const TEEN = '01900000-0000-7000-8000-000000000002'
const CSV = [
  'ФИО;Дата рождения;Вид согласия;Кто подписал;ФИО представителя;Дата;Номер документа',
  'Малышев Миша;;ПДн;законный представитель;Малышева Ольга;01.09.2025;17',
  'Малышев Миша;;ПДн;сам;;02.09.2025;18',
  'Подросткова Юля;;ПДн;сама;;01.09.2025;19',
  'Никтоев Никто;;ПДн;сам;;01.09.2025;20',
].join('\n')

const person = (name: string, birthDate: string) => ({
  name, category: 'student' as const, classGroup: '5А', birthDate, ovz: 0 as const, gifted: 0 as const,
  competencies: [], requests: [], isMentor: 0 as const, isMentee: 1 as const, notes: '', partnerId: '',
})

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'people', KID, 'upsert', person('Малышев Миша', '2014-05-05'))
  await mutate(db, 'people', TEEN, 'upsert', person('Подросткова Юля', '2010-01-01'))
  await db.outbox.clear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('consent import page', () => {
  it('is chosen on the import page, previews every problem by row and column, and writes the good rows only on confirm', async () => {
    const { wrapper, router } = await mountAt('/people/import')
    await wrapper.find('input[type="radio"][value="consents"]').setValue(true)
    await settle()
    expect(router.currentRoute.value.path).toBe('/consents/import')
    expect(wrapper.find('h1').text()).toBe('Загрузка согласий из файла')

    await chooseFile(wrapper, new File([CSV], 'согласия.csv', { type: 'text/csv' }))
    expect(wrapper.findAll('tbody select').map(s => (s.element as HTMLSelectElement).value)).toEqual(['name', 'birthDate', 'kind', 'signedBy', 'guardianName', 'date', 'documentRef'])
    await wrapper.find('form').trigger('submit')
    await settle()

    const text = wrapper.text()
    expect(text).toContain('Будут загружены 2 согласия')
    expect(text).toContain('2 строки с ошибками не будут загружены')
    expect(text).toContain('Строка 3, «Кто подписал»: участнику на дату подписания 11 лет: согласие на обработку ПДн за него подписывает только законный представитель')
    expect(text).toContain('Строка 5, «ФИО»: «Никтоев Никто»: такого участника нет в базе')
    expect(text).toContain('Строка 4, «Кто подписал»: Подросткова Юля: 15 лет, согласие подписал сам — оно принимается, но попросите и согласие родителя')
    expect(wrapper.find('tbody tr').text()).toContain('законный представитель (Малышева Ольга)')
    expect(await db.consents.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)

    await wrapper.findAll('button').find(b => b.text() === 'Загрузить (2)')!.trigger('click')
    await settle()
    expect(wrapper.text()).toContain('Загружены 2 согласия')
    const stored = (await db.consents.toArray()).map(c => [c.personId, c.signedBy, c.guardianName, c.date, c.documentRef]).sort()
    expect(stored).toEqual([[KID, 'guardian', 'Малышева Ольга', '2025-09-01', '17'], [TEEN, 'self', '', '2025-09-01', '19']])
    expect(await db.outbox.count()).toBe(2)
  })

  it('asks for the name and date columns before checking', async () => {
    const { wrapper } = await mountAt('/consents/import')
    await chooseFile(wrapper, new File(['ФИО;Вид\nМалышев Миша;ПДн\n'], 'без даты.csv'))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[role="alert"]').text()).toBe('Укажите столбец с ФИО (или столбцы «Фамилия» и «Имя») и столбец с датой подписания')
  })
})
