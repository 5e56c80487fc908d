import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide, wideText } from '../screen.ts'
import { exportSelection } from '../exportSelection.ts'

const [start, olympiad, ivanova, petrov, pair] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [club, visits, undated] = [uuidv7(), uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  for (const [id, name] of [[start, 'Успешный старт'], [olympiad, 'Олимпиадный резерв']] as const)
    await mutate(db, 'programs', id, 'upsert', { name, form: 'ученик – ученик', startDate: '2025-09-01', endDate: '2026-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
  await mutate(db, 'people', ivanova, 'upsert', { name: 'Иванова Ольга' })
  await mutate(db, 'people', petrov, 'upsert', { name: 'Петров Николай' })
  await mutate(db, 'pairs', pair, 'upsert', { programId: start, mentorId: ivanova, menteeIds: [petrov], status: 'active', startDate: '2025-09-01', plannedEndDate: '' })
  const practice = (id: string, title: string, programId: string, pairId: string, date: string, files: string[] = []) =>
    mutate(db, 'practices', id, 'upsert', { title, description: 'Как мы это делали', programId, pairId, date, files })
  await practice(club, 'Клуб юных исследователей', olympiad, '', '2025-12-10', ['https://school.example/club.pdf'])
  await practice(visits, 'Взаимопосещение уроков', start, pair, '2026-03-01')
  await practice(undated, 'Разбор задач вслух', start, '', '')
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the practices on the curator\'s desktop', () => {
  it('is a table newest first, sorted by a column head\'s click, each title opening its practice, the selected ones exported to Excel', async () => {
    const { wrapper, router } = await mountAt('/monitoring/practices', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(wideText)).toEqual(['Выбрать все показанные строки', 'Название', 'Программа', 'Пара', 'Дата▼', 'Материалы'])
    const titles = () => wrapper.findAll('tbody th > a').map(a => a.text())
    expect(titles()).toEqual(['Взаимопосещение уроков', 'Клуб юных исследователей', 'Разбор задач вслух'])
    // Below 1280 px the materials stand under the title.
    expect(wrapper.find('thead th.data-table__folded').text()).toBe('Материалы')
    expect(wrapper.findAll('tbody th .data-table__under').map(under => under.text())).toEqual(['https://school.example/club.pdf'])
    expect(wrapper.find('tbody tr').findAll('td').slice(1).map(td => td.text())).toEqual(['Успешный старт', 'Иванова Ольга — Петров Николай', '01.03.2026', ''])
    expect(wrapper.findAll('tbody tr')[2]!.findAll('td')[2]!.text()).toBe('Вся программа')

    const head = (label: string) => wrapper.findAll('thead button').find(b => b.text().startsWith(label))!
    await head('Программа').trigger('click')
    expect(titles()).toEqual(['Клуб юных исследователей', 'Взаимопосещение уроков', 'Разбор задач вслух'])
    // The undated one stays last whichever the direction.
    await head('Дата').trigger('click')
    expect(titles()).toEqual(['Клуб юных исследователей', 'Взаимопосещение уроков', 'Разбор задач вслух'])

    const boxes = wrapper.findAll('tbody input[type="checkbox"]')
    await boxes[0]!.setValue(true)
    await boxes[1]!.setValue(true)
    expect(wrapper.find('.bulk-bar').text()).toContain('Выбраны 2 практики')
    const rows = await exportSelection(wrapper, 'Лучшие практики (выбранные)')
    // In the table's order (by date, oldest first now), not the sheet's own newest first.
    expect(rows.map(row => [row[0], row[2]])).toEqual([['Клуб юных исследователей', null], ['Взаимопосещение уроков', 'Иванова Ольга — Петров Николай']])

    await wrapper.find('tbody th a').trigger('click')
    await arrivesAt(router, `/monitoring/practices/${club}`)
  })
})
