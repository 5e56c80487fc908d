import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { mountAt, settle } from '../mountPage.ts'
import { chooseFile } from './chooseFile.ts'

const CSV = [
  'ФИО;Класс;Д.р.;Роль',
  'Иванов Иван;5А;01.09.2013;наставляемый',
  'Ошибкин Олег;5А;завтра;наставляемый',
  'Семёнов Пётр;6Б;02.02.2012;наставляемый',
  'Новикова Нина;6Б;03.03.2012;наставник',
].join('\n')

beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('import page', () => {
  it('guesses the columns, previews every problem by row and column, and writes only on confirm', async () => {
    await mutate(db, 'people', '01900000-0000-7000-8000-000000000001', 'upsert', {
      name: 'Семенов Петр', category: 'student', classGroup: '6Б', birthDate: '2012-02-02', ovz: 0, gifted: 0,
      competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '',
    })
    const { wrapper } = await mountAt('/people/import')
    await chooseFile(wrapper, new File([CSV], 'список.csv', { type: 'text/csv' }))

    const selects = wrapper.findAll('tbody select')
    expect(selects.map(s => (s.element as HTMLSelectElement).value)).toEqual(['name', 'classGroup', 'birthDate', 'role'])
    await wrapper.find('form').trigger('submit')
    await settle()

    const text = wrapper.text()
    expect(text).toContain('Будут загружены 2 участника')
    expect(text).toContain('1 строка с ошибками не будет загружена')
    expect(text).toContain('Строка 3, «Д.р.»: «завтра» — не дата: нужно ДД.ММ.ГГГГ')
    expect(text).toContain('Строка 4, «ФИО»: Семёнов Пётр: уже есть в реестре')
    expect(wrapper.findAll('tbody tr')).toHaveLength(4)
    expect(wrapper.find('.import__row--error').text()).toContain('завтра')
    expect(await db.people.count()).toBe(1)

    // Ticking the duplicate adds it to what will be written.
    await wrapper.find('fieldset input[type="checkbox"]').setValue(true)
    const confirm = wrapper.findAll('button').find(b => b.text().startsWith('Загрузить'))!
    expect(confirm.text()).toBe('Загрузить (3)')
    await confirm.trigger('click')
    await settle()

    expect(wrapper.text()).toContain('Загружены 3 участника')
    const names = (await db.people.toArray()).map(p => p.name).sort()
    expect(names).toEqual(['Иванов Иван', 'Новикова Нина', 'Семенов Петр', 'Семёнов Пётр'])
    expect(await db.outbox.count()).toBe(4)
  })

  it('refuses a file that is not a spreadsheet, saying why', async () => {
    const { wrapper } = await mountAt('/people/import')
    await chooseFile(wrapper, new File([new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])], 'фото.png'))
    expect(wrapper.find('[role="alert"]').text()).toBe('Это не таблица: выберите файл .xlsx или .csv')
  })

  it('asks for the name column before checking, and cancelling writes nothing', async () => {
    const { wrapper } = await mountAt('/people/import')
    await chooseFile(wrapper, new File(['Класс;Примечание\n5А;x\n'], 'без фио.csv'))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[role="alert"]').text()).toContain('Укажите столбец с ФИО')
    await wrapper.findAll('button').find(b => b.text() === 'Отмена')!.trigger('click')
    await settle()
    expect(wrapper.find('input[type="file"]').exists()).toBe(true)
    expect(await db.people.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('loads people as педагоги by default in a school whose programmes are all for teachers, each on the side its forms place them', async () => {
    await mutate(db, 'programs', '01900000-0000-7000-8000-000000000002', 'upsert', { name: 'Учитель – учителю', form: 'педагог – педагог', startDate: '2024-09-01', endDate: '2025-05-31', goals: '', status: 'active', roleVariation: '' })
    const { wrapper } = await mountAt('/people/import')
    await chooseFile(wrapper, new File(['ФИО;Категория;Должность\nИванова Мария Петровна;;учитель математики\nКим Олег Игоревич;молодой специалист;учитель истории\n'], 'учителя.csv', { type: 'text/csv' }))
    const category = wrapper.findAll('fieldset select')[0]!
    expect((category.element as HTMLSelectElement).value).toBe('teacher')
    await wrapper.find('form').trigger('submit')
    await settle()
    await wrapper.findAll('button').find(b => b.text().startsWith('Загрузить'))!.trigger('click')
    await settle()
    // A young specialist is a mentee of «педагог – педагог», not left with no role.
    const people = (await db.people.toArray()).sort((a, b) => a.name.localeCompare(b.name))
    expect(people).toMatchObject([{ name: 'Иванова Мария Петровна', category: 'teacher', isMentor: 1, isMentee: 0 }, { name: 'Ким Олег Игоревич', category: 'young_specialist', isMentor: 0, isMentee: 1 }])
  })
})
