import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { roadmapIdFor } from '#shared/model/roadmap'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

async function school(roadmap: { startDate: string, endDate: string }) {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Колледж', personId: null } })
  await mutate(db, 'programs', uuidv7(), 'upsert', { name: 'Педагог – молодой специалист', startDate: '2024-09-01', endDate: '2025-06-30' })
  await mutate(db, 'roadmaps', roadmapIdFor(2024), 'create', { title: 'Дорожная карта', ...roadmap, numbering: 'arabic', stages: [], approval: '' })
}

async function open(path = '/reports/spravka') {
  const { wrapper, router } = await mountAt(path, [], () => useSession().load())
  await settle()
  return { wrapper, router, title: () => wrapper.find('.document__title').text() }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2025-06-20T10:00:00'))
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the справка\'s period', () => {
  it('opens on the school year under way where the roadmap is a school year\'s (seed 002: «на 2024-2025 учебный год», in June)', async () => {
    await school({ startDate: '2024-08-01', endDate: '2025-06-30' })
    const { wrapper, router, title } = await open()
    expect(title()).toMatch(/за 2024\/2025 учебный год$/)
    // The calendar year chosen is the one under way, and back to the school year it is 2024/25 again, not 2025/26.
    const kind = () => wrapper.findAll('select').find(s => s.find('option[value="calendar"]').exists())!
    await kind().setValue('calendar')
    await settle()
    expect(router.currentRoute.value.query).toMatchObject({ period: 'calendar', year: '2025' })
    expect(title()).toMatch(/за 2025\sгод$/)
    await kind().setValue('school')
    await settle()
    expect(router.currentRoute.value.query).toMatchObject({ period: 'school', year: '2024' })
  })

  it('after the roadmap\'s year, opens on the year under way while a programme runs in it, else on the roadmap\'s', async () => {
    vi.setSystemTime(new Date('2025-10-10T10:00:00'))
    await school({ startDate: '2024-08-01', endDate: '2025-06-30' })
    expect((await open()).title()).toMatch(/за 2024\/2025 учебный год$/)
    document.body.innerHTML = ''
    const program = (await db.programs.toArray())[0]!
    await mutate(db, 'programs', program.id, 'upsert', { endDate: '2026-06-30' })
    expect((await open()).title()).toMatch(/за 2025\/2026 учебный год$/)
  })

  it('opens on the calendar year where the roadmap runs over several years (seeds 001, 003), and keeps a link\'s calendar year', async () => {
    await school({ startDate: '2021-09-01', endDate: '2024-12-31' })
    expect((await open()).title()).toMatch(/за 2025\sгод$/)
    document.body.innerHTML = ''
    await school({ startDate: '2024-08-01', endDate: '2025-06-30' })
    expect((await open('/reports/spravka?year=2025&period=calendar')).title()).toMatch(/за 2025\sгод$/)
  })
})

describe('what the справка is about, opened', () => {
  it('is the whole school where it has several programmes, the programme where it has one', async () => {
    // Offline: the surveys' results are the server's, the rest is on the device.
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await school({ startDate: '2024-08-01', endDate: '2025-06-30' })
    expect((await open()).router.currentRoute.value.query.program).not.toBe('school')
    document.body.innerHTML = ''
    await mutate(db, 'programs', uuidv7(), 'upsert', { name: 'Студент – ученик', startDate: '2024-09-01', endDate: '2025-06-30' })
    const { router, title } = await open()
    expect(router.currentRoute.value.query.program).toBe('school')
    expect(title()).not.toContain('«Педагог – молодой специалист»')
    vi.unstubAllGlobals()
  })
})
