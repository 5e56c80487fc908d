import { beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { recordLabels, shortDate } from '../../../src/app/features/audit/recordLabel.ts'
import { db } from '../../../src/app/db/index.ts'

const ids = { schoolNote: uuidv7(), mentor: uuidv7(), mentee: uuidv7(), pair: uuidv7(), meeting: uuidv7(), quiet: uuidv7(), consent: uuidv7(), erased: uuidv7(), program: uuidv7(), template: uuidv7(), campaign: uuidv7(), conflict: uuidv7(), draft: uuidv7(), note: uuidv7() }
const base = { updatedAt: '', deleted: 0 }

beforeEach(async () => {
  await db.delete()
  await db.open()
  await db.table('people').bulkPut([
    { ...base, id: ids.mentor, name: 'Белова Ольга Николаевна' },
    { ...base, id: ids.mentee, name: 'Иванов Пётр' },
    { ...base, id: ids.erased, name: 'Участник удалён', erased: 1 },
  ])
  await db.table('pairs').put({ ...base, id: ids.pair, mentorId: ids.mentor, menteeIds: [ids.mentee] })
  await db.table('meetings').bulkPut([
    { ...base, id: ids.meeting, pairId: ids.pair, date: '2026-10-12', topic: 'Разбор олимпиады' },
    { ...base, id: ids.quiet, pairId: ids.pair, date: '2025-05-20', topic: '' },
  ])
  await db.table('consents').put({ ...base, id: ids.consent, personId: ids.mentee, kind: 'mentor_duties', date: '2026-09-01' })
  await db.table('programs').put({ ...base, id: ids.program, name: 'Ученик – ученик' })
  await db.table('surveyTemplates').put({ ...base, id: ids.template, name: 'Входная анкета наставляемого' })
  await db.table('surveyCampaigns').put({ ...base, id: ids.campaign, templateId: ids.template })
  await db.table('conflicts').put({ ...base, id: ids.conflict, entity: 'meetings', field: 'notes' })
  await db.table('documentDrafts').put({ ...base, id: ids.draft, kind: 'order', number: '45/1' })
  await db.table('reportNotes').bulkPut([
    { ...base, id: ids.note, programId: ids.program, year: 2026 },
    { ...base, id: ids.schoolNote, programId: ids.program, year: 2025, period: 'school' },
  ])
})

describe('a record of the log in words, as this device knows it', () => {
  it.each([
    ['meetings', 'meeting', '12.10 «Разбор олимпиады»'],
    ['meetings', 'quiet', '20.05.2025 (Белова О. Н. — Иванов П.)'],
    ['pairs', 'pair', '«Белова О. Н. — Иванов П.»'],
    ['people', 'mentee', '«Иванов П.»'],
    ['people', 'erased', ''],
    ['consents', 'consent', 'на наставничество «Иванов П.»'],
    ['programs', 'program', '«Ученик – ученик»'],
    ['surveyCampaigns', 'campaign', '«Входная анкета наставляемого»'],
    ['conflicts', 'conflict', '(встреча: заметки)'],
    ['documentDrafts', 'draft', '«приказ о закреплении пар» № 45/1'],
    ['reportNotes', 'note', '«Ученик – ученик» за 2026 год'],
    ['reportNotes', 'schoolNote', '«Ученик – ученик» за 2025/2026 учебный год'],
  ] as const)('%s (%s)', async (entity, which, words) => {
    expect(await recordLabels(2026)(entity, ids[which])).toBe(words)
  })

  it('is null for a record this device does not hold, and for a kind it does not know', async () => {
    const labelOf = recordLabels(2026)
    expect(await labelOf('meetings', uuidv7())).toBeNull()
    expect(await labelOf('spaceships', ids.meeting)).toBeNull()
  })

  it('cuts a long title short', async () => {
    await db.table('planItems').put({ ...base, id: ids.meeting, title: 'Очень длинное название пункта плана '.repeat(5) })
    const words = await recordLabels(2026)('planItems', ids.meeting)
    expect(words!.length).toBeLessThanOrEqual(82)
    expect(words).toMatch(/^«Очень длинное .*…»$/)
  })

  it('writes a calendar date the Russian way, with the year only when it is not this one', () => {
    expect(shortDate('2026-03-05', 2026)).toBe('05.03')
    expect(shortDate('2025-12-31', 2026)).toBe('31.12.2025')
    expect(shortDate('', 2026)).toBe('')
  })
})
