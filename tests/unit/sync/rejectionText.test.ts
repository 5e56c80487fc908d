import { afterEach, describe, expect, it } from 'vitest'
import { MAX_MEETING_MINUTES } from '#shared/model/meeting'
import { FIELD_PARAMS, PROBLEM_CODES } from '#shared/sync/problems'
import { en } from '../../../src/app/i18n/en.ts'
import { setLocale } from '../../../src/app/i18n/index.ts'
import { rejectionText } from '../../../src/app/sync/rejectionText.ts'

describe('the server\'s refusals in the user\'s language', () => {
  afterEach(() => setLocale('ru'))

  it('words a problem code with its params, in Russian and in English', async () => {
    const refusal = { problem: 'duration_range', params: FIELD_PARAMS.duration_range, field: 'durationMin' } as const
    expect(rejectionText(refusal)).toBe(`Поле «durationMin»: длительность — от 5 до ${MAX_MEETING_MINUTES} минут`)
    expect(rejectionText({ problem: 'foreign_pair' })).toBe('Запись относится к чужой паре')
    await setLocale('en')
    expect(rejectionText(refusal)).toBe(`Field «durationMin»: the duration is 5 to ${MAX_MEETING_MINUTES} minutes`)
    expect(rejectionText({ problem: 'incomplete', params: { fields: 'date, kind' }, field: 'date' })).toBe('Required fields are missing: date, kind')
  })

  it('has English words for every code the server may send', () => {
    expect(Object.keys(en.problems).sort()).toEqual([...PROBLEM_CODES].sort())
  })

  it('keeps the Russian words of a rejection stored before codes', async () => {
    await setLocale('en')
    expect(rejectionText({ reason: 'Запись удалена на сервере' })).toBe('Запись удалена на сервере')
  })
})
