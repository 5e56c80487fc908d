import { NO_WORK } from '#shared/model/person'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { screenWide } from '../screen.ts'

const [plant, college] = [uuidv7(), uuidv7()]

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  await mutate(db, 'partners', plant, 'upsert', { name: 'АО «Завод Прогресс»', agreementNumber: '12/Н-2026', agreementDate: '2026-01-15', contact: 'Сомов П. И.', notes: '' })
  await mutate(db, 'partners', college, 'upsert', { name: 'Колледж связи', agreementNumber: '3', agreementDate: '2025-09-01', contact: '', notes: '' })
  const mentor = (name: string, partnerId: string) => mutate(db, 'people', uuidv7(), 'upsert', { name, category: 'partner_employee', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '', partnerId, ...NO_WORK, erased: 0 })
  await mentor('Сомов Пётр', plant)
  await mentor('Лаптев Игорь', plant)
  await mentor('Рыбина Анна', college)
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the partners on the curator\'s desktop', () => {
  it('is a table of agreement, contact and mentors, sorted by a column head\'s click, each name opening its organisation', async () => {
    const { wrapper, router } = await mountAt('/partners', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Название▲', 'Номер соглашения', 'Дата соглашения', 'Контактное лицо, телефон', 'Наставники'])
    const names = () => wrapper.findAll('tbody th').map(th => th.text())
    expect(names()).toEqual(['АО «Завод Прогресс»', 'Колледж связи'])
    expect(wrapper.find('tbody tr').findAll('td').map(td => td.text())).toEqual(['12/Н-2026', '15.01.2026', 'Сомов П. И.', '2'])

    const head = (label: string) => wrapper.findAll('thead button').find(b => b.text().startsWith(label))!
    await head('Дата соглашения').trigger('click')
    expect(names()).toEqual(['Колледж связи', 'АО «Завод Прогресс»'])
    await head('Наставники').trigger('click')
    await head('Наставники').trigger('click')
    expect(names()).toEqual(['АО «Завод Прогресс»', 'Колледж связи'])
    expect(wrapper.find('th[aria-sort="descending"]').text()).toContain('Наставники')

    await wrapper.findAll('tbody th a')[1]!.trigger('click')
    await arrivesAt(router, `/partners/${college}`)
  })
})
