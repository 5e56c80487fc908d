import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Meeting } from '#shared/model/meeting'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { applyServerChanges } from '../../../src/app/sync/applyChanges.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide, wideText } from '../screen.ts'
import { exportSelection } from '../exportSelection.ts'

const start = uuidv7()
const olympiad = uuidv7()
const [ivanova, petrov, belova, semenova, fedorov] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [startPair, olympiadPair] = [uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(false)
  await db.delete()
  await db.open()
  await mutate(db, 'programs', start, 'upsert', { name: 'Успешный старт', status: 'active', startDate: '2025-09-01' })
  await mutate(db, 'programs', olympiad, 'upsert', { name: 'Олимпиадный резерв', status: 'active', startDate: '2025-09-01' })
  for (const [id, name] of [[ivanova, 'Иванова Ольга Петровна'], [petrov, 'Петров Николай'], [belova, 'Белова Алёна Игоревна'], [semenova, 'Семёнова Анна'], [fedorov, 'Фёдоров Илья']] as const)
    await mutate(db, 'people', id, 'upsert', { name })
  await mutate(db, 'pairs', startPair, 'upsert', { programId: start, mentorId: ivanova, menteeIds: [petrov], status: 'active', startDate: '2025-09-01' })
  await mutate(db, 'pairs', olympiadPair, 'upsert', { programId: olympiad, mentorId: belova, menteeIds: [semenova, fedorov], status: 'active', startDate: '2025-09-01' })
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

async function meeting(pairId: string, date: string, fields: Partial<Meeting> = {}): Promise<string> {
  const id = uuidv7()
  await mutate(db, 'meetings', id, 'upsert', { pairId, date, kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '', ...fields })
  return id
}

async function open(path = '/meetings') {
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
  const mounted = await mountAt(path, [], () => useSession().load())
  await settle()
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']
const rows = (wrapper: Wrapper) => wrapper.findAll('.list li').map(li => li.findAll('.card > span').map(span => span.text()).join(' | '))
const count = (wrapper: Wrapper) => wrapper.find('.count').text()

describe('the meetings journal', () => {
  it('lists the school\'s meetings newest first, named by pair, each kind as its programme names it, deleted ones left out, each leading to its form', async () => {
    await mutate(db, 'programs', olympiad, 'upsert', { meetingKinds: [{ kind: 'planning', name: 'установочная встреча' }, { kind: 'work', name: '' }] })
    await meeting(startPair, '2026-01-20', { kind: 'intro', topic: 'Знакомство с классом', durationMin: 40 })
    const planning = await meeting(olympiadPair, '2026-03-02', { kind: 'planning', topic: 'План подготовки', format: 'remote', durationMin: 60 })
    const gone = await meeting(startPair, '2026-04-01', { topic: 'Записана по ошибке' })
    await mutate(db, 'meetings', gone, 'delete')
    await meeting(startPair, '2026-02-10', { topic: 'Дроби' })

    const { wrapper, router } = await open()
    expect(rows(wrapper)).toEqual([
      '2 марта 2026 г. · установочная встреча | Белова Алёна Игоревна — Семёнова Анна, Фёдоров Илья | План подготовки · 60 мин · дистанционно',
      '10 февраля 2026 г. · рабочая встреча | Иванова Ольга Петровна — Петров Николай | Дроби · 45 мин · очно',
      '20 января 2026 г. · встреча-знакомство | Иванова Ольга Петровна — Петров Николай | Знакомство с классом · 40 мин · очно',
    ])
    expect(count(wrapper)).toBe('3 встречи')
    expect(wrapper.text()).not.toContain('Записана по ошибке')

    await wrapper.find('.list li a').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/meetings/${planning}`), { timeout: 10_000 })
  })

  it('says who of a group missed a meeting, on the desk\'s table and the phone\'s list (seed 001\'s walk: Морозов unticked, listed as present)', async () => {
    await meeting(olympiadPair, '2026-03-02', { attendeeIds: [semenova], topic: 'Разбор задач' })
    await meeting(olympiadPair, '2026-02-02', { attendeeIds: [semenova, fedorov], topic: 'Все пришли' })
    await meeting(olympiadPair, '2026-01-12', { topic: 'Записана до учёта присутствия' })
    const { wrapper } = await open()
    expect(rows(wrapper)[0]).toContain('Белова Алёна Игоревна — Семёнова Анна, Фёдоров Илья | не было: Фёдоров Илья | Разбор задач')
    expect(rows(wrapper).slice(1).join()).not.toContain('не было')
    wrapper.unmount()
    screenWide(true)
    const desk = await open()
    expect(desk.wrapper.findAll('tbody tr').map(tr => tr.findAll('td')[3]!.text())).toEqual(['Семёнова Анна, Фёдоров Илья не было: Фёдоров Илья', 'Семёнова Анна, Фёдоров Илья', 'Семёнова Анна, Фёдоров Илья'])
  })

  it('names each meeting with the mentor who held it: a pair given to another mentor keeps its history, a paper meeting says who entered it', async () => {
    await meeting(startPair, '2026-01-20', { topic: 'Без отметки, записана до обновления' })
    await meeting(startPair, '2026-02-10', { topic: 'Дроби', mentorId: ivanova })
    await meeting(startPair, '2026-02-17', { topic: 'Из бумажного журнала', mentorId: ivanova, enteredBy: 'Шиловская Я. А.' })
    await mutate(db, 'pairs', startPair, 'upsert', { mentorId: belova })
    await meeting(startPair, '2026-03-03', { topic: 'Уравнения', mentorId: belova })

    const { wrapper } = await open()
    expect(rows(wrapper)).toEqual([
      '3 марта 2026 г. · рабочая встреча | Белова Алёна Игоревна — Петров Николай | Уравнения · 45 мин · очно',
      '17 февраля 2026 г. · рабочая встреча | Иванова Ольга Петровна — Петров Николай | Из бумажного журнала · 45 мин · очно | внесено куратором: Шиловская Я. А.',
      '10 февраля 2026 г. · рабочая встреча | Иванова Ольга Петровна — Петров Николай | Дроби · 45 мин · очно',
      // Recorded before meetings kept their mentor: the pair's is all there is to show.
      '20 января 2026 г. · рабочая встреча | Белова Алёна Игоревна — Петров Николай | Без отметки, записана до обновления · 45 мин · очно',
    ])
    // Unmounted, so its live queries do not follow the next tests' writes.
    wrapper.unmount()

    // The former mentor's name still finds the meetings he held.
    const filtered = await open('/meetings?q=Иванова')
    expect(rows(filtered.wrapper).map(row => row.split(' | ')[2])).toEqual(['Из бумажного журнала · 45 мин · очно', 'Дроби · 45 мин · очно'])
    filtered.wrapper.unmount()
  })

  it('lets the curator enter a paper meeting: the pair is chosen first, then the mentor\'s form opens for it, to come back to the journal', async () => {
    const { wrapper, router } = await open('/meetings?month=2026-03')
    await wrapper.findAll('button').find(b => b.text() === 'Внести встречу')!.trigger('click')
    await settle()
    const enter = wrapper.find('.journal-enter')
    // The button gave way to the choice of pair: the keyboard's focus is there.
    expect(document.activeElement).toBe(enter.find('select').element)
    expect(enter.find('button').attributes('disabled')).toBeDefined()
    expect(enter.findAll('option').map(o => o.text()).sort()).toEqual(['Белова Алёна Игоревна — Семёнова Анна, Фёдоров Илья', 'Выберите пару…', 'Иванова Ольга Петровна — Петров Николай'])
    await enter.find('select').setValue(olympiadPair)
    await enter.trigger('submit')
    await arrivesAt(router, `/pairs/${olympiadPair}/meetings/new`)
    expect(router.currentRoute.value.query.back).toBe('/meetings?month=2026-03')
    wrapper.unmount()
  })

  it('offers an observer no entry and no form: the journal is read only', async () => {
    await meeting(startPair, '2026-02-10', { topic: 'Дроби' })
    await writeMeta(db, 'session', { token: 't', user: { id: 'o', name: 'Директор', role: 'observer', schoolId: 's', schoolName: 'Школа', personId: null } })
    const { wrapper } = await mountAt('/meetings', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('button').map(b => b.text())).not.toContain('Внести встречу')
    expect(wrapper.find('.list li a').exists()).toBe(false)
    expect(rows(wrapper)).toHaveLength(1)
    wrapper.unmount()
  })

  it('offers the months from the oldest meeting still kept, a deleted older one aside', async () => {
    await meeting(startPair, '2026-02-10')
    const gone = await meeting(startPair, '2025-11-20')
    await mutate(db, 'meetings', gone, 'delete')
    const { wrapper } = await open()
    const months = wrapper.find('#' + CSS.escape(wrapper.findAll('label').find(l => l.text() === 'Месяц')!.attributes('for')!)).findAll('option').map(o => o.attributes('value'))
    expect(months.at(-1)).toBe('2026-02')
    expect(months).not.toContain('2025-12')
    // Under their school year: the spring's with 2025/2026, a later autumn's with its own.
    const select = wrapper.find('#' + CSS.escape(wrapper.findAll('label').find(l => l.text() === 'Месяц')!.attributes('for')!))
    const groups = select.findAll('optgroup').map(g => g.attributes('label'))
    expect(groups.at(-1)).toBe('2025/2026 учебный год')
    expect(select.findAll('optgroup').at(-1)!.findAll('option').at(-1)!.attributes('value')).toBe('2026-02')
  })

  it('narrows to a programme and a month, keeps them in the address, and says when nothing matches', async () => {
    await meeting(startPair, '2026-02-10', { topic: 'Дроби' })
    await meeting(startPair, '2026-03-05', { topic: 'Проценты' })
    await meeting(startPair, '2026-03-31', { topic: 'Уравнения' })
    await meeting(olympiadPair, '2026-03-15', { topic: 'Разбор олимпиады' })
    const { wrapper, router } = await open()
    expect(count(wrapper)).toBe('4 встречи')

    await wrapper.find('#' + CSS.escape(wrapper.findAll('label').find(l => l.text() === 'Месяц')!.attributes('for')!)).setValue('2026-03')
    await settle()
    expect(router.currentRoute.value.query.month).toBe('2026-03')
    expect(rows(wrapper).map(r => r.split(' · ')[0])).toEqual(['31 марта 2026 г.', '15 марта 2026 г.', '5 марта 2026 г.'])
    expect(count(wrapper)).toBe('3 встречи')

    const program = wrapper.find('#' + CSS.escape(wrapper.findAll('label').find(l => l.text() === 'Программа')!.attributes('for')!))
    expect(program.findAll('option').map(o => o.text()).sort()).toEqual(['Все программы', 'Олимпиадный резерв', 'Успешный старт'])
    await program.setValue(olympiad)
    await settle()
    expect(rows(wrapper)).toHaveLength(1)
    expect(rows(wrapper)[0]).toContain('Разбор олимпиады')
    expect(count(wrapper)).toBe('1 встреча')
    // The journal printed is the one read: that month, that programme.
    expect(wrapper.findAll('a').find(a => a.text() === 'Журнал для печати')!.attributes('href')).toBe(`/reports/journal?from=2026-03-01&to=2026-03-31&program=${olympiad}`)

    await router.replace({ query: { ...router.currentRoute.value.query, month: '2026-02' } })
    await settle()
    expect(rows(wrapper)).toEqual([])
    expect(count(wrapper)).toBe('0 встреч')
    expect(wrapper.find('.empty').text()).toContain('Ничего не нашлось по этим условиям.')

    await wrapper.findAll('.empty button').find(b => b.text() === 'Сбросить поиск и фильтры')!.trigger('click')
    await settle()
    expect(router.currentRoute.value.query).toEqual({})
    expect(rows(wrapper)).toHaveLength(4)
  })

  it('finds a pair by a name or a meeting by its topic across every meeting, not only the page shown', async () => {
    for (let i = 0; i < 100; i++)
      await meeting(startPair, `2026-${String(1 + i % 12).padStart(2, '0')}-${String(1 + i % 28).padStart(2, '0')}`, { topic: 'Текущая тема' })
    await meeting(olympiadPair, '2025-10-01', { topic: 'Отборочный тур' })
    await meeting(startPair, '2025-09-15', { topic: 'Олимпиадные задачи' })
    const { wrapper, router } = await open()
    // 102 meetings take the live query longer than `settle` on a loaded machine: wait for what is shown, not a fixed time.
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(100), { timeout: 5000 })
    expect(rows(wrapper).filter(r => r.includes('2025 г.'))).toEqual([])

    const search = wrapper.find('input[type="search"]')
    await search.setValue('олимпиад')
    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('олимпиад'))
    // By topic only: the other pair's programme is «Олимпиадный резерв», but a programme is not a name.
    await vi.waitFor(() => expect(rows(wrapper).map(r => r.split(' · ')[0])).toEqual(['15 сентября 2025 г.']), { timeout: 5000 })
    await vi.waitFor(() => expect(count(wrapper)).toBe('1 встреча'))

    await search.setValue('  АЛЕНА ')
    await vi.waitFor(() => expect(count(wrapper)).toBe('1 встреча'))
    await vi.waitFor(() => expect(rows(wrapper).map(r => r.split(' · ')[0])).toEqual(['1 октября 2025 г.']))

    await search.setValue('петров')
    await vi.waitFor(() => expect(count(wrapper)).toBe('101 встреча'), { timeout: 5000 })
  }, 20_000)

  it('shows a page at a time and grows it on «Показать ещё», a deleted meeting among the newest taking no place', async () => {
    for (let i = 0; i < 105; i++)
      await meeting(i % 2 ? startPair : olympiadPair, `2025-${String(1 + i % 12).padStart(2, '0')}-${String(1 + i % 28).padStart(2, '0')}`)
    await mutate(db, 'meetings', await meeting(startPair, '2025-12-31', { topic: 'Удалена' }), 'delete')
    const { wrapper } = await open()
    // 106 meetings take the live query longer than `settle` on a loaded machine: wait for the page, not a fixed time.
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(100), { timeout: 5000 })
    expect(count(wrapper)).toBe('105 встреч')
    expect(wrapper.find('button.show-more').text()).toBe('Показать ещё 5')
    const dates = () => wrapper.findAll('.list li .card__title').map(t => t.text())
    expect(dates()[0]).toBe('28 декабря 2025 г. · рабочая встреча')

    await wrapper.find('button.show-more').trigger('click')
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(105), { timeout: 5000 })
    expect(wrapper.text()).not.toContain('Удалена')
    expect(wrapper.find('button.show-more').exists()).toBe(false)
  }, 20_000)

  it('tells loading from empty: a school without meetings says so', async () => {
    const { wrapper } = await open()
    expect(wrapper.text()).not.toContain('Загружаем встречи')
    expect(rows(wrapper)).toEqual([])
    expect(count(wrapper)).toBe('0 встреч')
    expect(wrapper.find('.empty').text()).toContain('Встреч пока нет')
    expect(wrapper.find('.empty button').exists()).toBe(false)
  })

  it('reads live: meetings a pull brings in and edits made elsewhere appear while it is open, count and rows together', async () => {
    const { wrapper, router } = await open()
    expect(wrapper.find('.empty').text()).toContain('Встреч пока нет')
    const fields = { pairId: startPair, date: '2025-10-01', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Пришла с сервера', notes: '', planItemIds: [], nextDate: '' }
    await applyServerChanges(db, [{ entity: 'meetings', id: uuidv7(), version: 7, deleted: 0, fields }])
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(1))
    expect(count(wrapper)).toBe('1 встреча')
    expect(wrapper.find('.empty').exists()).toBe(false)
    const [id] = await db.meetings.toCollection().primaryKeys()
    await mutate(db, 'meetings', id!, 'upsert', { topic: 'Исправлена на месте' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Исправлена на месте'))
    // Narrowed to a month, too.
    await router.push('/meetings?month=2025-10')
    await vi.waitFor(() => expect(count(wrapper)).toBe('1 встреча'))
    await meeting(startPair, '2025-10-20', { topic: 'Вторая в октябре' })
    // The count and the rows are two live queries: each follows within the wait.
    await vi.waitFor(() => expect([count(wrapper), rows(wrapper).length]).toEqual(['2 встречи', 2]))
  })

  it('is a table on the desktop: sorted by any column across all meetings, and the selected ones exported to Excel', async () => {
    screenWide(true)
    await meeting(startPair, '2026-01-20', { topic: 'Знакомство', durationMin: 40 })
    await meeting(olympiadPair, '2026-03-02', { topic: 'План подготовки', durationMin: 60 })
    await meeting(startPair, '2026-02-10', { topic: 'Дроби', durationMin: 30 })
    const { wrapper } = await open()
    const dates = () => wrapper.findAll('tbody th').map(wideText)
    const head = (label: string) => wrapper.findAll('thead th').find(th => wideText(th).startsWith(label))!
    expect(dates()).toEqual(['02.03.2026', '10.02.2026', '20.01.2026'])
    expect(head('Дата').attributes('aria-sort')).toBe('descending')
    // Below 1280 px the kind and the format stand under the date.
    expect(wrapper.findAll('thead th.data-table__folded').map(th => th.text())).toEqual(['Вид встречи', 'Формат'])
    expect(wrapper.find('tbody th .data-table__under').text()).toBe('рабочая встреча · очно')

    await head('Наставник').find('button').trigger('click')
    // By mentor, then by date: Белова's one meeting, then Иванова's two in their order.
    await vi.waitFor(() => expect(dates()).toEqual(['02.03.2026', '20.01.2026', '10.02.2026']))
    await head('Длительность').find('button').trigger('click')
    await vi.waitFor(() => expect(dates()).toEqual(['10.02.2026', '20.01.2026', '02.03.2026']))
    await head('Длительность').find('button').trigger('click')
    await vi.waitFor(() => expect(dates()).toEqual(['02.03.2026', '20.01.2026', '10.02.2026']))
    expect(head('Длительность').attributes('aria-sort')).toBe('descending')

    const boxes = wrapper.findAll('tbody input[type="checkbox"]')
    await boxes[0]!.setValue(true)
    await boxes[2]!.setValue(true)
    expect(wrapper.find('.bulk-bar').text()).toContain('Выбраны 2 встречи')
    const rows = await exportSelection(wrapper, 'Журнал встреч (выбранные)')
    // In the table's order (the longest first), not the sheet's own by date.
    expect(rows.map(row => row[5])).toEqual(['План подготовки', 'Дроби'])
  })
})
