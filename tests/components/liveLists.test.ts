import { NO_WORK, type Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { mutate } from '../../src/app/db/mutate.ts'
import { useSession } from '../../src/app/stores/session.ts'
import { applyServerChanges } from '../../src/app/sync/applyChanges.ts'
import { mountAt, settle } from './mountPage.ts'

const ids = { program: uuidv7(), mentor: uuidv7(), mentee: uuidv7(), arrived: uuidv7(), pair: uuidv7() }
const person = (name: string, more: Partial<RecordFields<Person>> = {}): RecordFields<Person> => ({ name, category: 'student', classGroup: '7А', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '', ...NO_WORK, erased: 0, ...more })

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'programs', ids.program, 'upsert', { name: 'Успешный старт', form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
  await mutate(db, 'people', ids.mentor, 'upsert', person('Иванова Ольга', { category: 'teacher', classGroup: '', isMentor: 1, isMentee: 0 }))
  await mutate(db, 'people', ids.mentee, 'upsert', person('Петров Николай'))
  // Sent long ago: a pull's copy is not overlaid by pending local edits.
  await db.outbox.clear()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

const open = async (path: string) => {
  const mounted = await mountAt(path, [], () => useSession().load())
  await settle()
  return mounted.wrapper
}

/** What a pull brings in, written as the sync engine writes it. */
const pulled = (entity: 'people' | 'pairs', id: string, fields: Record<string, unknown>) =>
  applyServerChanges(db, [{ entity, id, version: 1, deleted: 0, fields }])

/** Another tab writing: these stores are held, so the page's reads of them wait until the returned release. */
function hold(...stores: string[]): () => void {
  let held = true
  const store = db.backendDB().transaction(stores, 'readwrite').objectStore(stores[0]!)
  const spin = () => {
    if (held)
      store.count().onsuccess = spin
  }
  spin()
  return () => {
    held = false
  }
}

describe('lists tell loading from empty: nothing is counted before what it depends on is read', () => {
  it.each([['noConsent', '2 человека'], ['unpaired', '1 человек']])('the people registry lists nobody in «%s» before consents and pairs are read', async (view, count) => {
    const release = hold('pairs', 'consents')
    const wrapper = await open(`/people?view=${view}`)
    expect(wrapper.find('.count').text()).toBe('')
    expect(wrapper.text()).not.toContain('Петров Николай')
    release()
    await vi.waitFor(() => expect(wrapper.find('.count').text()).toBe(count))
    expect(wrapper.text()).toContain('Петров Николай')
  })

  it('the whole registry is listed as soon as the people are read, its consent marks following', async () => {
    const release = hold('pairs', 'consents')
    const wrapper = await open('/people')
    await vi.waitFor(() => expect(wrapper.find('.count').text()).toBe('2 человека'))
    expect(wrapper.text()).toContain('Петров Николай')
    expect(wrapper.find('.tag--warn').exists()).toBe(false)
    release()
    await vi.waitFor(() => expect(wrapper.findAll('.tag--warn').map(tag => tag.text())).toEqual(['Без согласия', 'Без согласия']))
  })

  it('the pairs say no count before they are read', async () => {
    const release = hold('pairs')
    const wrapper = await open('/pairs')
    expect(wrapper.find('.count').text()).toBe('')
    release()
    await vi.waitFor(() => expect(wrapper.find('.count').text()).toBe('0 пар'))
  })
})

describe('lists read live: what a pull brings in shows without leaving the page', () => {
  it('the people registry', async () => {
    const wrapper = await open('/people')
    expect(wrapper.text()).toContain('Петров Николай')
    await pulled('people', ids.arrived, person('Сидорова Маша'))
    await vi.waitFor(() => expect(wrapper.text()).toContain('Сидорова Маша'))
    await pulled('people', ids.mentee, person('Петров Николай Ильич'))
    await vi.waitFor(() => expect(wrapper.text()).toContain('Петров Николай Ильич'))
  })

  it('the pairs', async () => {
    const wrapper = await open('/pairs')
    expect(wrapper.text()).not.toContain('Иванова Ольга')
    await pulled('pairs', ids.pair, { programId: ids.program, mentorId: ids.mentor, menteeIds: [ids.mentee], startDate: '2026-09-01', plannedEndDate: '2027-05-31', status: 'active', endReason: '' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Иванова Ольга'))
  })
})
