import type { FieldConflict } from '#shared/model/fieldConflict'
import type { Change } from '#shared/sync/protocol'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { countRows } from './helpers/records.ts'
import { addMember, consent, meetingFields, pairFields, personFields, programFields, SyncClient, type TestMutation, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS } from './helpers/server.ts'

const conflictsIn = (changes: Change[]) => changes.filter(c => c.entity === 'conflicts' && c.deleted === 0).map(c => c.fields as unknown as FieldConflict)
const seenAt = (cursor: string) => (mutation: TestMutation): TestMutation => ({ ...mutation, seen: cursor })

describe.each(BACKENDS)('conflicting changes on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  /** A mentor with two phones, both synced, and a pair with one meeting. */
  async function twoPhones() {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, `Белова Ольга ${uuidv7().slice(-6)}`)
    const ids = { program: uuidv7(), mentee: uuidv7(), pair: uuidv7(), meeting: uuidv7() }
    const made = await school.curator.push(
      upsert('programs', ids.program, programFields()),
      upsert('people', ids.mentee, personFields('Рябова Софья Игоревна', { isMentee: 1 })),
      consent(ids.mentee),
      upsert('pairs', ids.pair, pairFields(ids.program, mentor.personId, [ids.mentee])),
      upsert('meetings', ids.meeting, meetingFields(ids.pair, { notes: 'План на четверть', mentorId: mentor.personId })),
    )
    expect(made.results.every(r => r.status === 'applied'), JSON.stringify(made.results)).toBe(true)
    const [phone, tablet] = [mentor.client, new SyncClient(server.app, mentor.token)]
    const { cursor } = await phone.pullAll(null)
    return { mentor, ids, phone, tablet, cursor }
  }

  it('keeps both texts when two phones of one mentor change a meeting\'s notes unaware of each other, and both phones get the conflict', async () => {
    const { mentor, ids, phone, tablet, cursor } = await twoPhones()
    const offline = seenAt(cursor)
    expect((await phone.push(offline(upsert('meetings', ids.meeting, { notes: 'С телефона: разобрали урок' })))).results[0]!.status).toBe('applied')
    const second = await tablet.push(offline(upsert('meetings', ids.meeting, { notes: 'С планшета: наметили тему', topic: 'Новая тема' })))
    expect(second.results[0]!.status).toBe('applied')

    const onPhone = conflictsIn((await phone.pullAll(cursor)).changes)
    expect(onPhone).toEqual([expect.objectContaining({
      entity: 'meetings', recordId: ids.meeting, field: 'notes', pairId: ids.pair,
      kept: 'С планшета: наметили тему', overwritten: 'С телефона: разобрали урок',
      keptBy: mentor.userId, overwrittenBy: mentor.userId, keptByName: expect.stringContaining('Белова'), resolution: '',
    })])
    expect(conflictsIn((await tablet.pullAll(null)).changes)).toHaveLength(1)
    // The curator lists the school's conflicts.
    expect(conflictsIn((await ctx.school.curator.pullAll(null)).changes).map(c => c.recordId)).toContain(ids.meeting)
  })

  it('records no conflict for different fields, for a device changing its own field twice, or for a device that had seen the change', async () => {
    const { ids, phone, tablet, cursor } = await twoPhones()
    const before = await countRows(ctx.server, 'records')
    await phone.push(seenAt(cursor)(upsert('meetings', ids.meeting, { notes: 'первая правка' })))
    await phone.push(seenAt(cursor)(upsert('meetings', ids.meeting, { notes: 'вторая правка' })))
    await tablet.push(seenAt(cursor)(upsert('meetings', ids.meeting, { topic: 'другое поле' })))
    const { cursor: fresh } = await tablet.pullAll(cursor)
    await tablet.push(seenAt(fresh)(upsert('meetings', ids.meeting, { notes: 'после синхронизации' })))
    // An app from before `seen` is not judged: the last writer wins, as it always did.
    await phone.push(upsert('meetings', ids.meeting, { notes: 'старое приложение' }))
    expect(await countRows(ctx.server, 'records')).toBe(before)
  })

  it('lets a device only settle a conflict: making one or changing its values is refused', async () => {
    const { ids, phone, tablet, cursor } = await twoPhones()
    await phone.push(seenAt(cursor)(upsert('meetings', ids.meeting, { notes: 'А' })))
    await tablet.push(seenAt(cursor)(upsert('meetings', ids.meeting, { notes: 'Б' })))
    const conflict = (await phone.pullAll(cursor)).changes.find(c => c.entity === 'conflicts')!
    const refused = await phone.push(
      upsert('conflicts', conflict.id, { kept: 'подделка' }),
      upsert('conflicts', uuidv7(), { ...conflict.fields, resolution: '' }),
    )
    expect(refused.results.map(r => [r.status, r.problem])).toEqual([['rejected', 'conflict_by_server'], ['rejected', 'conflict_by_server']])
    const settled = await phone.push(upsert('meetings', ids.meeting, { notes: 'А' }), upsert('conflicts', conflict.id, { resolution: 'restored' }))
    expect(settled.results.map(r => r.status)).toEqual(['applied', 'applied'])
    expect(conflictsIn((await tablet.pullAll(null)).changes)[0]).toMatchObject({ resolution: 'restored' })
  })

  it('keeps a curator\'s people edits apart from the phones: the conflict of two curators\' devices stays the curator\'s', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Соколов Игорь')
    const person = uuidv7()
    await school.curator.push(upsert('people', person, personFields('Ким Дарья', { isMentee: 1, notes: 'исходно' })))
    const { cursor } = await school.curator.pullAll(null)
    const laptop = new SyncClient(server.app, school.curatorToken)
    await school.curator.push(seenAt(cursor)(upsert('people', person, { notes: 'с компьютера в кабинете' })))
    await laptop.push(seenAt(cursor)(upsert('people', person, { notes: 'с ноутбука дома' })))
    const found = conflictsIn((await laptop.pullAll(null)).changes).filter(c => c.recordId === person)
    expect(found).toEqual([expect.objectContaining({ field: 'notes', pairId: '', kept: 'с ноутбука дома', overwritten: 'с компьютера в кабинете' })])
    expect(conflictsIn((await mentor.client.pullAll(null)).changes).filter(c => c.recordId === person)).toEqual([])
  })
})
