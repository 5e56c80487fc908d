import type { AuditEntry } from '#shared/api/audit'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { mentor: uuidv7(), mentee: uuidv7(), pair: uuidv7(), meeting: uuidv7(), gone: uuidv7() }
const year = new Date().getFullYear()
const entry = (version: number, more: Partial<AuditEntry>): AuditEntry =>
  ({ version, at: `${year}-10-13T12:00:00.000Z`, userName: 'Петрова Анна Игоревна', entity: 'meetings', recordId: ids.meeting, action: 'update', fields: [], ...more })

/** Newest first, as the server pages it; midday UTC, so the day is the same in every Russian time zone. */
const LOG = [
  entry(9, { fields: ['durationMin', 'topic', 'updatedAt'] }),
  entry(8, { at: `${year}-10-13T09:30:00.000Z`, entity: 'pairs', recordId: ids.pair, action: 'create', fields: ['mentorId', 'menteeIds', 'programId'] }),
  entry(7, { at: `${year}-10-12T12:00:00.000Z`, userName: 'Смирнов Лев Николаевич', recordId: ids.gone, action: 'delete', fields: ['deleted'] }),
]

function serve(entries = LOG) {
  const fetch = vi.fn(async (url: string) => {
    if (url.startsWith('/api/audit?'))
      return Response.json({ entries, next: null })
    throw new TypeError('Failed to fetch')
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await db.table('people').bulkPut([
    { id: ids.mentor, updatedAt: '', deleted: 0, name: 'Белова Ольга Николаевна' },
    { id: ids.mentee, updatedAt: '', deleted: 0, name: 'Иванов Пётр Сергеевич' },
  ])
  await db.table('pairs').put({ id: ids.pair, updatedAt: '', deleted: 0, mentorId: ids.mentor, menteeIds: [ids.mentee] })
  await db.table('meetings').put({ id: ids.meeting, updatedAt: '', deleted: 0, pairId: ids.pair, date: `${year}-10-12`, topic: 'Разбор олимпиады' })
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the curator\'s change log', () => {
  it('reads as sentences grouped by day: who, the record in words, the fields by their names, the time', async () => {
    serve()
    const { wrapper } = await mountAt('/audit', [], () => useSession().load())
    await settle()
    const days = wrapper.findAll('section section')
    expect(days.map(d => d.find('h2').text())).toEqual([`13 октября ${year} г.`, `12 октября ${year} г.`])
    expect(days[0]!.findAll('li .card__title').map(s => s.text())).toEqual([
      'Петрова А. И. изменила встречу 12.10 «Разбор олимпиады»: длительность, тема',
      'Петрова А. И. создала пару «Белова О. Н. — Иванов П. С.»',
    ])
    expect(days[1]!.find('li .card__title').text()).toBe('Смирнов Л. Н. удалил встречу (на этом устройстве записи нет: удалена или недоступна)')
    const time = days[0]!.find('time')
    expect(time.attributes('datetime')).toBe(LOG[0]!.at)
    expect(time.text()).toBe(new Intl.DateTimeFormat('ru', { hour: '2-digit', minute: '2-digit' }).format(new Date(LOG[0]!.at)))
    // Nothing of the machine's: no id fragment, no field key, no action code.
    const text = wrapper.text()
    for (const id of Object.values(ids))
      expect(text).not.toContain(id.slice(-6))
    expect(text).not.toMatch(/durationMin|topic|updatedAt|mentorId|update|create|delete|meetings/)
  })

  it('reads a run of alike changes (a new pair\'s plan) as one line, its records one click away', async () => {
    const at = (seconds: number) => `${year}-10-13T09:30:${String(seconds).padStart(2, '0')}.000Z`
    const planItem = (version: number, seconds: number) => entry(version, { at: at(seconds), entity: 'planItems', recordId: uuidv7(), action: 'create', fields: ['title'] })
    serve([
      entry(20, { at: at(40), entity: 'planItems', recordId: uuidv7(), action: 'update', fields: ['status'] }),
      planItem(19, 30), planItem(18, 30), planItem(17, 29), planItem(16, 29),
      entry(15, { at: at(28), entity: 'pairs', recordId: ids.pair, action: 'create', fields: ['mentorId'] }),
      planItem(14, 10), planItem(13, 10),
    ])
    const { wrapper } = await mountAt('/audit', [], () => useSession().load())
    await settle()
    const lines = wrapper.findAll('section section > ul > li')
    expect(lines.map(li => li.find('.card__title').text())).toEqual([
      'Петрова А. И. изменила пункт плана (на этом устройстве записи нет: удалена или недоступна): состояние',
      'Петрова А. И. создала пункты плана (4)',
      'Петрова А. И. создала пару «Белова О. Н. — Иванов П. С.»',
      // Two alike are two lines: a batch starts at three.
      'Петрова А. И. создала пункт плана (на этом устройстве записи нет: удалена или недоступна)',
      'Петрова А. И. создала пункт плана (на этом устройстве записи нет: удалена или недоступна)',
    ])
    const batch = lines[1]!.find('details')
    expect(batch.attributes('open')).toBeUndefined()
    expect(batch.findAll('li')).toHaveLength(4)
  })
})
