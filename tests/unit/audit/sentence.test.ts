import { afterEach, describe, expect, it } from 'vitest'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { type AuditLine, auditSentence } from '../../../src/app/features/audit/sentence.ts'
import { setLocale } from '../../../src/app/i18n/index.ts'

const line = (more: Partial<AuditLine>): AuditLine => ({ who: 'Петрова Анна Игоревна', action: 'update', entity: 'meetings', label: '12.10 «Разбор олимпиады»', fields: [], ...more })

describe('a log entry as a Russian sentence', () => {
  afterEach(() => setLocale('ru'))

  it('names the author shortly, agrees the verb with her, puts the record in the accusative and lists the fields in words', () => {
    expect(auditSentence(line({ fields: ['topic', 'durationMin', 'updatedAt'] })))
      .toBe('Петрова А. И. изменила встречу 12.10 «Разбор олимпиады»: длительность, тема')
  })

  it.each([
    ['create', 'Смирнов Лев Николаевич', 'people', '«Иванов П. С.»', 'Смирнов Л. Н. создал участника «Иванов П. С.»'],
    ['delete', 'Смирнов Лев Николаевич', 'pairs', '«Белова О. Н. — Иванов П.»', 'Смирнов Л. Н. удалил пару «Белова О. Н. — Иванов П.»'],
    ['create', 'Яна Андреевна Шиловская', 'programs', '«Ученик – ученик»', 'Шиловская Я. А. создала программу «Ученик – ученик»'],
    ['delete', 'Петрова Анна Игоревна', 'practices', '«Проектная неделя»', 'Петрова А. И. удалила лучшую практику «Проектная неделя»'],
    ['update', 'Петрова Анна Игоревна', 'schoolRequisites', '', 'Петрова А. И. изменила реквизиты школы'],
  ] as const)('%s by %s of %s', (action, who, entity, label, said) => {
    expect(auditSentence(line({ action, who, entity, label }))).toBe(said)
  })

  it('names no fields for a record made or deleted: all of them were', () => {
    expect(auditSentence(line({ action: 'create', fields: ['date', 'topic', 'pairId'] }))).toBe('Петрова А. И. создала встречу 12.10 «Разбор олимпиады»')
    expect(auditSentence(line({ action: 'delete', fields: ['date'] }))).toBe('Петрова А. И. удалила встречу 12.10 «Разбор олимпиады»')
  })

  it('keeps the server\'s bookkeeping and fields this app does not know out of the list, and the colon with them', () => {
    expect(auditSentence(line({ entity: 'pairs', label: '«Белова О. Н. — Иванов П.»', fields: ['formerMentors', 'mentorId', 'shoeSize'] })))
      .toBe('Петрова А. И. изменила пару «Белова О. Н. — Иванов П.»: наставник')
    expect(auditSentence(line({ entity: 'pairs', label: '«Белова О. Н. — Иванов П.»', fields: ['formerMentors'] })))
      .toBe('Петрова А. И. изменила пару «Белова О. Н. — Иванов П.»')
  })

  it('says what a record was when this device does not hold it, never a piece of its id', () => {
    const said = auditSentence(line({ label: null, fields: ['notes'] }))
    expect(said).toBe('Петрова А. И. изменила встречу (на этом устройстве записи нет: удалена или недоступна): заметки')
  })

  it('agrees the participle with the record when the name does not tell the author\'s gender', () => {
    expect(auditSentence(line({ who: 'John Smith', fields: ['topic'] }))).toBe('John Smith: изменена встреча 12.10 «Разбор олимпиады»: тема')
    expect(auditSentence(line({ who: 'John Smith', action: 'create', entity: 'consents', label: '«Иванов П. С.»' }))).toBe('John Smith: создано согласие «Иванов П. С.»')
    expect(auditSentence(line({ who: 'Участник удалён', action: 'delete', entity: 'planItems', label: '«Пробная встреча»' }))).toBe('Участник удалён: удалён пункт плана «Пробная встреча»')
    expect(auditSentence(line({ who: 'Кравец Любовь', entity: 'schoolRequisites', label: '', fields: ['address'] }))).toBe('Кравец Л.: изменены реквизиты школы: адрес')
  })

  it('tells an erasure with the record in the nominative', () => {
    expect(auditSentence(line({ action: 'erase', entity: 'people', label: '', fields: ['name', 'notes'] }))).toBe('Петрова А. И. удалила персональные данные: участник')
    expect(auditSentence(line({ who: 'Смирнов Лев Николаевич', action: 'erase', entity: 'consents', label: null })))
      .toBe('Смирнов Л. Н. удалил персональные данные: согласие (на этом устройстве записи нет: удалена или недоступна)')
  })

  it('calls a kind of record newer than this app «запись», not its code', () => {
    expect(auditSentence(line({ entity: 'spaceships', label: null, fields: ['name'] }))).toBe('Петрова А. И. изменила запись (на этом устройстве записи нет: удалена или недоступна)')
  })

  it('has words for every entity and action, with no key left in them', async () => {
    for (const locale of ['ru', 'en'] as const) {
      await setLocale(locale)
      for (const entity of ENTITY_NAMES) {
        for (const action of ['create', 'update', 'delete', 'erase'] as const) {
          for (const who of ['Петрова Анна Игоревна', 'Смирнов Лев Николаевич', 'John Smith']) {
            const said = auditSentence({ who, action, entity, label: null, fields: [] })
            expect(said, `${locale} ${entity} ${action} ${who}`).not.toMatch(/audit\.|[a-z][A-Z]|\{/)
          }
        }
      }
    }
  })

  it('reads in English too', async () => {
    await setLocale('en')
    expect(auditSentence(line({ label: '10/12 «Olympiad»', fields: ['topic', 'durationMin'] }))).toBe('Петрова А. И. changed the meeting 10/12 «Olympiad»: duration, topic')
  })
})
