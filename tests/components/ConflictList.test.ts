import type { FieldConflict } from '#shared/model/fieldConflict'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ConflictList from '../../src/app/components/ConflictList.vue'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { mutate } from '../../src/app/db/mutate.ts'
import { settle } from './mountPage.ts'

const PAIR = '0190a1b2-0000-7000-8000-000000000001'
const MEETING = '0190a1b2-0000-7000-8000-0000000000a1'

function conflict(id: string, more: Partial<FieldConflict> = {}): FieldConflict {
  return {
    id, updatedAt: '', deleted: 0, entity: 'meetings', recordId: MEETING, field: 'notes', pairId: PAIR,
    kept: 'С планшета: наметили тему', keptBy: 'u1', keptByName: 'Белова Ольга Николаевна',
    overwritten: 'С телефона: разобрали урок', overwrittenBy: 'u1', overwrittenByName: 'Белова Ольга Николаевна',
    at: '2026-11-20T08:00:00.000Z', resolution: '', ...more,
  }
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await db.meetings.put({ id: MEETING, updatedAt: '', deleted: 0, pairId: PAIR, date: '2026-11-19', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Урок', notes: 'С планшета: наметили тему', planItemIds: [], nextDate: '', mentorId: '', enteredBy: '' })
})

const button = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.findAll('button').find(b => b.text() === name)!

describe('a field changed on two devices', () => {
  it('shows both versions and brings the replaced one back in one tap, as an edit that travels like any other', async () => {
    await db.conflicts.put(conflict('0190a1b2-0000-7000-8000-0000000000c1'))
    await writeMeta(db, 'cursor', '12.abc')
    const wrapper = mount(ConflictList, { props: { filter: { pairId: PAIR } }, attachTo: document.body })
    await settle()
    expect(wrapper.text()).toContain('Встреча: поле «Заметки» изменили на двух устройствах')
    expect(wrapper.text()).toContain('С телефона: разобрали урок')
    expect(wrapper.text()).toContain('С планшета: наметили тему')
    // When the kept edit reached the server, said as such: an offline phone's older edit can arrive last.
    expect(wrapper.find('dt').text()).toMatch(/^Сейчас · Белова Ольга Николаевна, пришло на сервер 20\.11\.2026/)

    await button(wrapper, 'Вернуть заменённое').trigger('click')
    await vi.waitFor(async () => expect((await db.conflicts.get('0190a1b2-0000-7000-8000-0000000000c1'))!.resolution).toBe('restored'))
    expect((await db.meetings.get(MEETING))!.notes).toBe('С телефона: разобрали урок')
    const sent = await db.outbox.toArray()
    expect(sent.map(m => [m.entity, m.fields, m.seen])).toEqual([['meetings', { notes: 'С телефона: разобрали урок' }, '12.abc'], ['conflicts', { resolution: 'restored' }, '12.abc']])
    await settle()
    expect(wrapper.find('article').exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps both texts, the later first; offers no merge for a value that is not text; and lists only its own record\'s', async () => {
    await db.conflicts.bulkPut([
      conflict('0190a1b2-0000-7000-8000-0000000000c2'),
      conflict('0190a1b2-0000-7000-8000-0000000000c3', { field: 'durationMin', kept: 60, overwritten: 45 }),
      conflict('0190a1b2-0000-7000-8000-0000000000c4', { recordId: '0190a1b2-0000-7000-8000-0000000000a2' }),
    ])
    const wrapper = mount(ConflictList, { props: { filter: { recordId: MEETING } }, attachTo: document.body })
    await settle()
    const cards = wrapper.findAll('article')
    expect(cards).toHaveLength(2)
    const duration = cards.find(c => c.text().includes('Длительность'))!
    expect(duration.findAll('button').map(b => b.text())).toEqual(['Вернуть заменённое', 'Оставить как сейчас'])
    const notes = cards.find(c => c.text().includes('Заметки'))!
    await notes.findAll('button').find(b => b.text() === 'Оставить оба текста')!.trigger('click')
    await vi.waitFor(async () => expect((await db.meetings.get(MEETING))!.notes).toBe('С планшета: наметили тему\n\nС телефона: разобрали урок'))
    wrapper.unmount()
  })

  it('names the field of any record in words, and one it has no words for as «одно из полей», never by its key', async () => {
    await db.conflicts.bulkPut([
      conflict('0190a1b2-0000-7000-8000-0000000000c5', { entity: 'people', field: 'methodUnion', kept: 'МО словесников', overwritten: 'МО гуманитариев' }),
      conflict('0190a1b2-0000-7000-8000-0000000000c6', { entity: 'practices', field: 'mood' }),
    ])
    const wrapper = mount(ConflictList, { props: { filter: { pairId: PAIR } }, attachTo: document.body })
    await settle()
    expect(wrapper.text()).toContain('Участник: поле «Методическое объединение» изменили на двух устройствах')
    expect(wrapper.text()).toContain('Лучшая практика: поле «одно из полей» изменили')
    expect(wrapper.text()).not.toMatch(/methodUnion|mood/)
    wrapper.unmount()
  })

  it('says on every edit how much of the others\' writes its device had seen; a new record needs none', async () => {
    await writeMeta(db, 'cursor', '40.fp')
    await mutate(db, 'meetings', MEETING, 'upsert', { topic: 'Новая тема' })
    await mutate(db, 'meetings', '0190a1b2-0000-7000-8000-0000000000a3', 'create', { topic: 'Новая встреча' })
    expect((await db.outbox.toArray()).map(m => m.seen)).toEqual(['40.fp', undefined])
  })
})
