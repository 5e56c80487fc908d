import { NO_WORK, type Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'
import { screenWide, wideText } from '../screen.ts'
import { exportSelection } from '../exportSelection.ts'

const [ivanova, petrov, sidorova] = [uuidv7(), uuidv7(), uuidv7()]
const person = (name: string, more: Partial<RecordFields<Person>>): RecordFields<Person> => ({ name, category: 'student', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '', ...NO_WORK, erased: 0, ...more })

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  await mutate(db, 'people', ivanova, 'upsert', person('Иванова Ольга', { category: 'teacher', position: 'учитель математики', subject: 'математика', teachingYears: 20, totalYears: 25, isMentor: 1, isMentee: 0 }))
  await mutate(db, 'people', petrov, 'upsert', person('Петров Николай', { classGroup: '7А' }))
  await mutate(db, 'people', sidorova, 'upsert', person('Сидорова Маша', { classGroup: '5Б' }))
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the people on the curator\'s desktop', () => {
  it('is a table by name, sorted by a column head\'s click, each name opening the card, the selected people exported to Excel', async () => {
    const { wrapper, router } = await mountAt('/people', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(wideText)[1]).toBe('ФИО▲')
    const names = () => wrapper.findAll('tbody th a').map(a => a.text())
    expect(names()).toEqual(['Иванова Ольга', 'Петров Николай', 'Сидорова Маша'])
    // Below 1280 px the category and the roles leave their columns for the name's cell, their sort buttons for its head.
    expect(wrapper.findAll('thead th.data-table__folded').map(wideText)).toEqual(['Категория', 'Роли'])
    expect(wrapper.findAll('thead th')[1]!.findAll('.data-table__under button').map(b => b.text())).toEqual(['Категория', 'Роли'])
    expect(wrapper.findAll('tbody tr')[0]!.findAll('td.data-table__folded').map(td => td.text())).toEqual(['педагог', 'Наставник'])
    expect(wrapper.find('tbody th .data-table__under').text()).toBe('педагог · Наставник')
    await wrapper.find('thead th .data-table__under button').trigger('click')
    expect(names()).toEqual(['Петров Николай', 'Сидорова Маша', 'Иванова Ольга'])
    expect(wideText(wrapper.find('th[aria-sort="ascending"]'))).toBe('Категория▲')
    // The folded column's own head is hidden with its aria-sort: the button under the name says the order itself.
    expect(wrapper.find('thead th .data-table__under button').text()).toBe('Категория▲, отсортировано по возрастанию')

    const head = (label: string) => wrapper.findAll('thead button').find(b => b.text().startsWith(label))!
    await head('Класс').trigger('click')
    expect(names()).toEqual(['Сидорова Маша', 'Петров Николай', 'Иванова Ольга'])
    await head('Класс').trigger('click')
    expect(names()).toEqual(['Иванова Ольга', 'Петров Николай', 'Сидорова Маша'])
    expect(wrapper.find('th[aria-sort="descending"]').text()).toContain('Класс')

    await wrapper.find('thead input[type="checkbox"]').setValue(true)
    await wrapper.findAll('tbody input[type="checkbox"]')[2]!.setValue(false)
    expect(wrapper.find('.bulk-bar').text()).toContain('Выбрано 2 человека')
    // The selection outlives a new order, and the file follows the order shown, not the base's by name.
    await head('Класс').trigger('click')
    expect(names()).toEqual(['Сидорова Маша', 'Петров Николай', 'Иванова Ольга'])
    const rows = await exportSelection(wrapper, 'Люди (выбранные)')
    expect(rows.map(row => row[0])).toEqual(['Петров Николай', 'Иванова Ольга'])

    await wrapper.findAll('tbody th a').at(-1)!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/people/${ivanova}`), { timeout: 10_000 })
  })

  it('lists the mentees\' requests in their bases and the mentors\' competencies in theirs, as the methodology\'s bases do, sorted by them too', async () => {
    await mutate(db, 'people', petrov, 'upsert', { requests: ['подготовка к олимпиаде', 'адаптация'] })
    await mutate(db, 'people', sidorova, 'upsert', { requests: ['адаптация в классе'] })
    const { wrapper, router } = await mountAt('/people?view=mentees', [], () => useSession().load())
    await settle()
    const heads = () => wrapper.findAll('thead th').map(wideText)
    expect(heads()).toContain('Запросы')
    expect(heads()).not.toContain('Роли')
    // Pupils only: a worker's columns (subject, стаж, категория) would stand empty, and leave.
    expect(heads().filter(h => /Предмет|Стаж|категория/.test(h))).toEqual([])
    expect(wrapper.findAll('tbody tr').map(row => row.findAll('td')[3]!.text())).toEqual(['подготовка к олимпиаде, адаптация', 'адаптация в классе'])
    await wrapper.findAll('thead button').find(b => b.text().startsWith('Запросы'))!.trigger('click')
    expect(wrapper.findAll('tbody th a').map(a => a.text())).toEqual(['Сидорова Маша', 'Петров Николай'])
    // The mentors' base lists what they offer in the same place; the list of everyone, the roles.
    await mutate(db, 'people', ivanova, 'upsert', { competencies: ['олимпиадная математика'] })
    await router.push('/people?view=mentors')
    await settle()
    expect(heads()).not.toContain('Запросы')
    expect(heads()).not.toContain('Роли')
    expect(heads()).not.toContain('Возраст')
    expect(heads()).toContain('Предмет')
    expect(wrapper.find('tbody tr').findAll('td').map(td => td.text())).toContain('олимпиадная математика')
    await router.push('/people?view=all')
    await settle()
    expect(heads()).toContain('Роли')
    expect(heads().filter(h => /Запросы|Компетенции/.test(h))).toEqual([])
  })
})
