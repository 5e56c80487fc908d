import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import type { Award } from '#shared/model/award'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide } from '../screen.ts'
import { exportSelection } from '../exportSelection.ts'

const [program, ivanova, petrov, belova] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [first, second, third] = [uuidv7(), uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  await mutate(db, 'programs', program, 'upsert', { name: 'Успешный старт', form: 'ученик – ученик', startDate: '2025-09-01', endDate: '2026-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
  for (const [id, name] of [[ivanova, 'Иванова Ольга'], [petrov, 'Петров Николай'], [belova, 'Белова Алёна']] as const)
    await mutate(db, 'people', id, 'upsert', { name })
  const award = (id: string, personId: string, kind: Award['kind'], date: string, basis: string, programId = '') =>
    mutate(db, 'awards', id, 'upsert', { personId, programId, kind, date, basis, notes: '' })
  await award(first, ivanova, 'certificate', '2025-12-20', 'Приказ № 45 от 20.12.2025', program)
  await award(second, petrov, 'gratitude', '2026-05-25', 'Приказ № 70 от 25.05.2026')
  await award(third, belova, 'diploma', '2026-03-01', '')
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the awards on the curator\'s desktop', () => {
  it('is a table newest first, sorted by a column head\'s click, each name opening its award, the selected ones exported to Excel', async () => {
    const { wrapper, router } = await mountAt('/monitoring/awards', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Выбрать все показанные строки', 'Кого поощрили', 'Вид', 'Дата▼', 'Основание', 'Программа'])
    const people = () => wrapper.findAll('tbody th').map(th => th.text())
    expect(people()).toEqual(['Петров Николай', 'Белова Алёна', 'Иванова Ольга'])
    expect(wrapper.findAll('tbody tr')[2]!.findAll('td').slice(1).map(td => td.text())).toEqual(['грамота', '20.12.2025', 'Приказ № 45 от 20.12.2025', 'Успешный старт'])

    const head = (label: string) => wrapper.findAll('thead button').find(b => b.text().startsWith(label))!
    await head('Кого поощрили').trigger('click')
    expect(people()).toEqual(['Белова Алёна', 'Иванова Ольга', 'Петров Николай'])
    // Empty bases go last whichever the direction.
    await head('Основание').trigger('click')
    await head('Основание').trigger('click')
    expect(people()).toEqual(['Петров Николай', 'Иванова Ольга', 'Белова Алёна'])

    const boxes = wrapper.findAll('tbody input[type="checkbox"]')
    await boxes[0]!.setValue(true)
    await boxes[2]!.setValue(true)
    expect(wrapper.find('.bulk-bar').text()).toContain('Выбрано 2 поощрения')
    const rows = await exportSelection(wrapper, 'Поощрения (выбранные)')
    expect(rows.map(row => [row[0], row[1]])).toEqual([['Петров Николай', 'благодарность'], ['Белова Алёна', 'диплом']])

    await wrapper.find('tbody th a').trigger('click')
    await arrivesAt(router, `/monitoring/awards/${second}`)
  })
})
