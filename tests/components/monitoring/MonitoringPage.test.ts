import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { localCalendarDate } from '#shared/dates'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const program = uuidv7()
const [mentor, mentee, quietMentor, quietMentee] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [busyPair, quietPair] = [uuidv7(), uuidv7()]
const year = new Date().getFullYear()

function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return localCalendarDate(date)
}

async function meeting(pairId: string, date: string): Promise<string> {
  const id = uuidv7()
  await mutate(db, 'meetings', id, 'upsert', { pairId, date, kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Тема', notes: 'Заметки', planItemIds: [], nextDate: '' })
  return id
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'programs', program, 'upsert', { name: 'Успешный старт', status: 'active', startDate: `${year - 1}-09-01` })
  for (const [id, name] of [[mentor, 'Иванова Ольга'], [mentee, 'Петров Коля'], [quietMentor, 'Белова Алёна'], [quietMentee, 'Фёдоров Илья']] as const)
    await mutate(db, 'people', id, 'upsert', { name })
  await mutate(db, 'pairs', busyPair, 'upsert', { programId: program, mentorId: mentor, menteeIds: [mentee], status: 'active', startDate: `${year - 1}-09-01` })
  await mutate(db, 'pairs', quietPair, 'upsert', { programId: program, mentorId: quietMentor, menteeIds: [quietMentee], status: 'active', startDate: `${year - 1}-09-01` })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the monitoring dashboard', () => {
  it('counts meetings and finds quiet pairs from the meetings\' index, leaving deleted meetings out', async () => {
    await meeting(busyPair, daysAgo(2))
    await meeting(quietPair, daysAgo(40))
    // The quiet pair's latest meeting was deleted: it must not make the pair look active.
    const deleted = await meeting(quietPair, daysAgo(1))
    await mutate(db, 'meetings', deleted, 'delete')
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
    const { wrapper } = await mountAt('/monitoring', [], () => useSession().load())
    await settle()

    const inThisYear = [daysAgo(2), daysAgo(40)].filter(date => date.startsWith(`${year}-`)).length
    expect(wrapper.find('#meetings-title').exists()).toBe(true)
    expect(wrapper.find('[aria-labelledby="meetings-title"] .muted').text()).toContain(String(inThisYear))
    const quiet = wrapper.find('[aria-labelledby="quiet-title"]')
    expect(quiet.find('h2').text()).toContain('(1)')
    expect(quiet.text()).toContain('Белова Алёна')
    expect(quiet.text()).not.toContain('Иванова Ольга')
    // The levels come from the server's fives, and the section says so.
    expect(wrapper.find('[aria-labelledby="satisfaction-title"]').text()).toContain('Анонимные ответы учитываются пятёрками')
  })

  it('shows the indicators that apply to a teachers-only school, and says how many more there are (seed 002\'s college)', async () => {
    for (const [id, category] of [[mentor, 'teacher'], [quietMentor, 'teacher'], [mentee, 'young_specialist'], [quietMentee, 'young_specialist']] as const)
      await mutate(db, 'people', id, 'upsert', { category, isMentor: category === 'teacher' ? 1 : 0, isMentee: category === 'teacher' ? 0 : 1 })
    // The college entered its young specialists' total; it has no pupils to count.
    await mutate(db, 'indicatorYears', indicatorYearId(year), 'upsert', { year, targets: { menteeStudents: null, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: null, youngSpecialists: 4, partnerOrganizations: null } })
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Колледж', personId: null } })
    const { wrapper } = await mountAt(`/monitoring?year=${year}`, [], () => useSession().load())
    await settle()
    const section = wrapper.find('[aria-labelledby="indicators-title"]')
    const rows = section.findAll('tbody th').map(th => th.text())
    expect(rows).toContain('Доля молодых специалистов (стаж 0–3 года), вошедших в программы наставничества в роли наставляемого')
    expect(rows.filter(r => r.includes('обучающихся в возрасте до 18 лет'))).toEqual([])
    expect(section.findAll('p.muted').map(p => p.text())).toContainEqual(expect.stringMatching(/^Ещё 5 показателей не показаны/))
  })

  it('watches a school year from September where the roadmap is a school year\'s (seed 002 in June: its autumn meetings counted)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-06-20T10:00:00'))
    await mutate(db, 'roadmaps', uuidv7(), 'upsert', { title: 'План на 2024-2025 учебный год', startDate: '2024-08-01', endDate: '2025-06-30', numbering: 'arabic', stages: [], approval: '' })
    await meeting(busyPair, '2024-09-05')
    await meeting(busyPair, '2025-05-14')
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Колледж', personId: null } })
    const { wrapper } = await mountAt('/monitoring', [], () => useSession().load())
    await settle()
    vi.useRealTimers()
    expect(wrapper.find('[aria-labelledby="meetings-title"] .muted').text()).toBe('Всего 2 встречи')
    expect(wrapper.find('[aria-labelledby="meetings-title"] caption').text()).toBe('Встречи по месяцам: 2024/2025 учебный год')
    expect(wrapper.findAll('[aria-labelledby="meetings-title"] tbody th').map(th => th.text()).slice(0, 2)).toEqual(['сен', 'окт'])
    // Its indicators are the calendar year's it ends in, and it says so.
    expect(wrapper.find('[aria-labelledby="indicators-title"]').text()).toContain('показатели 2025 года')
    expect(wrapper.find('a[href^="/monitoring/indicators/"]').attributes('href')).toBe('/monitoring/indicators/2025')
  })

  it('offers every year of a roadmap entered late, «на 2020-2024 годы», beside the programmes\' and the next one', async () => {
    await mutate(db, 'roadmaps', uuidv7(), 'upsert', { title: 'Дорожная карта', startDate: `${year - 6}-11-01`, endDate: `${year - 2}-12-31` })
    await mutate(db, 'roadmaps', uuidv7(), 'upsert', { title: 'Удалённая', startDate: `${year - 9}-09-01`, endDate: `${year - 8}-08-31` })
    const gone = (await db.roadmaps.toArray()).find(r => r.title === 'Удалённая')!
    await mutate(db, 'roadmaps', gone.id, 'delete')
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
    const { wrapper } = await mountAt('/monitoring', [], () => useSession().load())
    await settle()
    const offered = wrapper.findAll('.year-pick option').map(option => Number(option.text())).filter(n => !Number.isNaN(n))
    expect(offered).toEqual(Array.from({ length: 8 }, (_, i) => year + 1 - i))
  })
})
