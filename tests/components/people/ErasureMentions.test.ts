import type { ErasureMention } from '#shared/api/erasure'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { ERASED_PERSON_NAME, NO_WORK } from '#shared/model/person'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { person: uuidv7(), pair: uuidv7(), meeting: uuidv7(), award: uuidv7(), answer: uuidv7() }
const card: Omit<RecordFields<Person>, 'name' | 'erased'> = { category: 'student', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '', ...NO_WORK }

const MENTIONS: ErasureMention[] = [
  { entity: 'meetings', id: ids.meeting, field: 'notes', excerpt: 'Обсудили с Козловым Даниилом его доклад' },
  { entity: 'awards', id: ids.award, field: 'basis', excerpt: 'Приказ № 45 о награждении Козлова Д.' },
  { entity: 'surveyResponses', id: ids.answer, field: 'answers.wishes', excerpt: 'я Козлов' },
]

/** The server: the erasure and the list of mentions; everything else (the sync after erasing) is unreachable. */
function serve() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === `/api/people/${ids.person}/erase` && init?.method === 'POST')
      return new Response(null, { status: 204 })
    if (url === `/api/people/${ids.person}/mentions`)
      return Response.json(MENTIONS)
    throw new TypeError('Failed to fetch')
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
  await mutate(db, 'pairs', ids.pair, 'upsert', { programId: uuidv7(), mentorId: uuidv7(), menteeIds: [ids.person], startDate: '2024-09-01', plannedEndDate: '2025-05-31', status: 'active', endReason: '' })
  await mutate(db, 'meetings', ids.meeting, 'upsert', { pairId: ids.pair, date: '2024-10-05', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: 'Обсудили с Козловым Даниилом его доклад', planItemIds: [], nextDate: '' })
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function listed(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) {
  return wrapper.findAll('[aria-labelledby="mentions-title"] li').map(li => ({ text: li.text(), href: li.find('a').exists() ? li.find('a').attributes('href') : null }))
}

describe('the erased person\'s card', () => {
  it('lists the records whose text still names the person, each with a link to open it', async () => {
    await mutate(db, 'people', ids.person, 'upsert', { ...card, name: ERASED_PERSON_NAME, erased: 1 })
    serve()
    const { wrapper } = await mountAt(`/people/${ids.person}`, [], () => useSession().load())
    await vi.waitFor(() => expect(listed(wrapper)).toHaveLength(3))
    expect(wrapper.text()).toContain('ФИО участника ещё встречается в этих записях')
    expect(listed(wrapper)).toEqual([
      { text: expect.stringContaining('Обсудили с Козловым Даниилом его доклад'), href: `/pairs/${ids.pair}` },
      { text: expect.stringContaining('Приказ № 45 о награждении Козлова Д.'), href: `/monitoring/awards/${ids.award}` },
      { text: expect.stringContaining('я Козлов'), href: null },
    ])
    expect(listed(wrapper)[0]!.text).toContain('Встреча · заметки')
    expect(listed(wrapper)[2]!.text).toContain('ответ на анкету')
    expect(wrapper.text()).not.toContain('answers.wishes')
  })

  it('shows the list right after the erasure, on the card, instead of leaving it', async () => {
    await mutate(db, 'people', ids.person, 'upsert', { ...card, name: 'Козлов Даниил Игоревич', erased: 0 })
    const fetch = serve()
    window.confirm = vi.fn(() => true)
    const { wrapper, router } = await mountAt(`/people/${ids.person}`, [], () => useSession().load())
    await settle()
    expect(listed(wrapper)).toEqual([])
    await wrapper.findAll('button').find(b => b.text() === 'Удалить персональные данные')!.trigger('click')
    await vi.waitFor(() => expect(listed(wrapper)).toHaveLength(3))
    expect(router.currentRoute.value.path).toBe(`/people/${ids.person}`)
    expect(fetch.mock.calls.map(([url]) => url)).toContain(`/api/people/${ids.person}/erase`)
    // The pull brings the erased card: the untouched form shows it, not the name it had.
    await mutate(db, 'people', ids.person, 'upsert', { name: ERASED_PERSON_NAME, erased: 1 })
    await vi.waitFor(() => expect((wrapper.find('input#' + wrapper.findAll('label').find(l => l.text().startsWith('ФИО'))!.attributes('for')).element as HTMLInputElement).value).toBe(ERASED_PERSON_NAME))
  })
})
