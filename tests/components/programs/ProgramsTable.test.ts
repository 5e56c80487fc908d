import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide } from '../screen.ts'

const [running, ended, planned] = [uuidv7(), uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  const program = (id: string, name: string, form: string, startDate: string, endDate: string) =>
    mutate(db, 'programs', id, 'upsert', { name, form, startDate, endDate, goals: '', status: 'active', roleVariation: '', curators: '' })
  await program(running, 'Успешный старт', 'педагог – молодой специалист', '2020-09-01', '2099-05-31')
  await program(ended, 'Олимпиадный резерв', 'ученик – ученик', '2019-09-01', '2020-05-31')
  await program(planned, 'Будущие инженеры', 'работодатель – ученик', '2099-09-01', '2100-05-31')
  const [mentor, mentee] = [uuidv7(), uuidv7()]
  for (const programId of [running, running, ended])
    await mutate(db, 'pairs', uuidv7(), 'upsert', { programId, mentorId: mentor, menteeIds: [mentee], status: 'active', startDate: '2025-09-01', plannedEndDate: '' })
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the programmes on the curator\'s desktop', () => {
  it('is a table of form, dates, state and pairs, sorted by a column head\'s click, each name opening its programme', async () => {
    const { wrapper, router } = await mountAt('/programs', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Название', 'Форма наставничества', 'Начало', 'Окончание', 'Состояние▲', 'Пары'])
    const names = () => wrapper.findAll('tbody th').map(th => th.text())
    expect(names()).toEqual(['Успешный старт', 'Будущие инженеры', 'Олимпиадный резерв'])
    expect(wrapper.find('tbody tr').findAll('td').map(td => td.text())).toEqual(['педагог – молодой специалист', '01.09.2020', '31.05.2099', 'Идёт', '2'])

    const head = (label: string) => wrapper.findAll('thead button').find(b => b.text().startsWith(label))!
    await head('Начало').trigger('click')
    expect(names()).toEqual(['Олимпиадный резерв', 'Успешный старт', 'Будущие инженеры'])
    await head('Пары').trigger('click')
    await head('Пары').trigger('click')
    expect(wrapper.find('th[aria-sort="descending"]').text()).toContain('Пары')
    expect(names()).toEqual(['Успешный старт', 'Олимпиадный резерв', 'Будущие инженеры'])

    await wrapper.find('tbody th a').trigger('click')
    await arrivesAt(router, `/programs/${running}`)
  })
})
