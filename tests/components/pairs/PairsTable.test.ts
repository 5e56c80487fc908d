import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import type { Pair } from '#shared/model/pair'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide, wideText } from '../screen.ts'

const [program, zorina, belova, antonov, kim, li, orlov] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [running1, running2, ended] = [uuidv7(), uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(true)
  vi.stubGlobal('confirm', () => true)
  await db.delete()
  await db.open()
  await mutate(db, 'programs', program, 'upsert', { name: 'Педагог — молодой специалист', status: 'active', startDate: '2026-09-01', endDate: '2027-05-31' })
  for (const [id, name] of [[zorina, 'Зорина Анна Павловна'], [belova, 'Белова Ирина'], [antonov, 'Антонов Глеб'], [kim, 'Ким Дарья'], [li, 'Ли Олег'], [orlov, 'Орлов Павел']] as const)
    await mutate(db, 'people', id, 'upsert', { name })
  const pair = (mentorId: string, menteeId: string, status: Pair['status'], startDate: string) => ({ programId: program, mentorId, menteeIds: [menteeId], status, startDate, plannedEndDate: '2027-05-31' })
  await mutate(db, 'pairs', running1, 'upsert', pair(zorina, kim, 'active', '2026-09-15'))
  await mutate(db, 'pairs', running2, 'upsert', pair(belova, li, 'active', '2026-10-01'))
  await mutate(db, 'pairs', ended, 'upsert', pair(antonov, orlov, 'completed', '2025-09-15'))
  await db.outbox.clear()
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const mentorsInOrder = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) => wrapper.findAll('tbody th').map(wideText)

describe('the pairs on the curator\'s desktop', () => {
  it('is a table sorted by a column head\'s click, and ends the selected running pairs at once', async () => {
    const { wrapper } = await mountAt('/pairs', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(wideText)).toEqual(['Выбрать все показанные строки', 'Наставник', 'Наставляемые', 'Программа', 'Начало', 'Плановое окончание', 'Состояние▲'])
    // Below 1280 px the state stands under the mentor.
    expect(wrapper.find('thead th.data-table__folded').text()).toBe('Состояние▲')
    expect(wrapper.findAll('tbody th .data-table__under').map(under => under.text())).toEqual(['работает Приостановлена: нет согласия', 'работает Приостановлена: нет согласия', 'завершена'])
    // Running first, then by mentor.
    expect(mentorsInOrder(wrapper)).toEqual(['Белова Ирина', 'Зорина Анна Павловна', 'Антонов Глеб'])
    expect(wrapper.find('tbody tr').text()).toContain('Педагог — молодой специалист')

    const byMentor = wrapper.findAll('thead button').find(b => b.text() === 'Наставник')!
    await byMentor.trigger('click')
    expect(mentorsInOrder(wrapper)).toEqual(['Антонов Глеб', 'Белова Ирина', 'Зорина Анна Павловна'])
    expect(wrapper.find('th[aria-sort="ascending"]').text()).toContain('Наставник')
    await byMentor.trigger('click')
    expect(mentorsInOrder(wrapper)).toEqual(['Зорина Анна Павловна', 'Белова Ирина', 'Антонов Глеб'])

    // A finished pair in the selection is left as it is: only the running one ends.
    await wrapper.find('input[type="checkbox"]').setValue(true)
    await wrapper.find(`tbody input[type="checkbox"]`).setValue(false) // Зорина's row, first now
    const end = wrapper.findAll('button').find(b => b.text().startsWith('Завершить выбранные'))!
    expect(end.text()).toBe('Завершить выбранные (1)')
    await end.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Завершена 1 пара'), { timeout: 10_000 })
    expect((await db.pairs.get(running2))?.status).toBe('completed')
    expect((await db.pairs.get(running1))?.status).toBe('active')
    expect((await db.outbox.toArray()).map(e => [e.entity, e.id, e.fields])).toEqual([['pairs', running2, { status: 'completed' }]])
    expect(wrapper.text()).toContain('Выбрано 0 пар')
  })

  it('narrows by a name, a programme and a state kept in the address, which the pair\'s form returns to, and clears the narrowing from an empty list', async () => {
    const other = uuidv7()
    await mutate(db, 'programs', other, 'upsert', { name: 'Ученик — ученик', status: 'active', startDate: '2026-09-01', endDate: '2027-05-31' })
    await mutate(db, 'pairs', uuidv7(), 'upsert', { programId: other, mentorId: orlov, menteeIds: [li], status: 'active', startDate: '2026-10-01', plannedEndDate: '2027-05-31' })
    const { wrapper, router } = await mountAt('/pairs', [], () => useSession().load())
    await settle()
    expect(mentorsInOrder(wrapper)).toHaveLength(4)
    const search = wrapper.find('input[type="search"]')
    const set = async (control: typeof search, value: string) => {
      await control.setValue(value)
      await settle()
    }
    // A mentee's name, case and «ё» aside, finds the pairs they are in.
    await set(search, 'ли олег')
    expect(mentorsInOrder(wrapper)).toEqual(['Белова Ирина', 'Орлов Павел'])
    expect(wrapper.find('.count').text()).toBe('2 пары')
    // A pair with a second mentee is a group, counted apart.
    const [orlovs] = (await db.pairs.toArray()).filter(p => p.mentorId === orlov)
    await mutate(db, 'pairs', orlovs!.id, 'upsert', { menteeIds: [li, uuidv7()] })
    await settle()
    expect(wrapper.find('.count').text()).toBe('1 пара, 1 группа')
    await mutate(db, 'pairs', orlovs!.id, 'upsert', { menteeIds: [li] })
    await settle()
    const [program_] = wrapper.findAll('.list-filter select')
    await set(program_!, other)
    expect(mentorsInOrder(wrapper)).toEqual(['Орлов Павел'])
    expect(router.currentRoute.value.query).toEqual({ q: 'ли олег', program: other })

    // The pair's form goes back to the registry as it was read.
    await wrapper.find('tbody th a').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toMatch(/^\/pairs\/[0-9a-f-]{36}$/))
    await settle()
    await wrapper.findAll('a').find(a => a.text() === 'Отмена')!.trigger('click')
    await arrivesAt(router, '/pairs')
    expect(router.currentRoute.value.query).toEqual({ q: 'ли олег', program: other })
    await settle()
    expect(mentorsInOrder(wrapper)).toEqual(['Орлов Павел'])

    const [program2, standing2] = wrapper.findAll('.list-filter select')
    const search2 = wrapper.find('input[type="search"]')
    await set(search2, '')
    await set(program2!, '')
    await set(standing2!, 'completed')
    expect(mentorsInOrder(wrapper)).toEqual(['Антонов Глеб'])
    await set(standing2!, 'suspended')
    expect(mentorsInOrder(wrapper)).toEqual(['Белова Ирина', 'Зорина Анна Павловна', 'Орлов Павел'])
    await set(search2, 'никто')
    expect(wrapper.text()).toContain('Ничего не нашлось по этим условиям.')
    await wrapper.findAll('button').find(b => b.text() === 'Сбросить поиск и фильтры')!.trigger('click')
    await settle()
    expect(mentorsInOrder(wrapper)).toHaveLength(4)
    expect(router.currentRoute.value.query).toEqual({})
    // The button is gone with the narrowing: the keyboard goes on from the search, not from the page's start.
    await vi.waitFor(() => expect(document.activeElement).toBe(wrapper.find('input[type="search"]').element))
  })
})
