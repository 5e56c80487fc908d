import { afterEach, describe, expect, it } from 'vitest'
import { MAX_MEETING_MINUTES } from '#shared/limits'
import { FIELD_PARAMS, PROBLEM_CODES } from '#shared/problems'
import { setLocale } from '../../src/app/i18n/index.ts'
import { ApiFailure } from '../../src/app/api/client.ts'
import { describeFailure } from '../../src/app/api/describe.ts'
import { problemText } from '../../src/app/i18n/problemText.ts'

describe('the server\'s refusals in the user\'s language', () => {
  afterEach(() => setLocale('ru'))

  it('words a problem code with its params, in Russian and in English', async () => {
    const refusal = { problem: 'duration_range', params: FIELD_PARAMS.duration_range, field: 'durationMin' } as const
    expect(problemText(refusal)).toBe(`Поле «durationMin»: длительность — от 5 до ${MAX_MEETING_MINUTES} минут`)
    expect(problemText({ problem: 'foreign_pair' })).toBe('Запись относится к чужой паре')
    await setLocale('en')
    expect(problemText(refusal)).toBe(`Field «durationMin»: the duration is 5 to ${MAX_MEETING_MINUTES} minutes`)
    expect(problemText({ problem: 'incomplete', params: { fields: 'date, kind' }, field: 'date' })).toBe('Required fields are missing: date, kind')
  })

  it('names a refused record\'s fields in words, never by their keys', () => {
    expect(problemText({ problem: 'duration_range', params: FIELD_PARAMS.duration_range, field: 'durationMin', entity: 'meetings' })).toBe(`Поле «длительность»: длительность — от 5 до ${MAX_MEETING_MINUTES} минут`)
    expect(problemText({ problem: 'incomplete', params: { fields: 'date, kind' }, field: 'date', entity: 'meetings' })).toBe('Не хватает обязательных полей: дата, вид встречи')
    expect(problemText({ problem: 'required', field: 'internalKey', entity: 'meetings' })).toBe('Поле «одно из полей»: не заполнено')
  })

  it('has English words for every code the server may send', async () => {
    const russian = PROBLEM_CODES.map(problem => problemText({ problem }))
    await setLocale('en')
    for (const [i, problem] of PROBLEM_CODES.entries())
      expect(problemText({ problem }), problem).not.toBe(russian[i])
  })

  it('keeps the Russian words of a rejection stored before codes', async () => {
    await setLocale('en')
    expect(problemText({ reason: 'Запись удалена на сервере' })).toBe('Запись удалена на сервере')
  })

  it('words a failed request from its code in the user\'s language, not the server\'s Russian message', async () => {
    await setLocale('en')
    const taken = new ApiFailure(409, { error: 'conflict', message: 'Логин «anna» уже занят', problem: 'login_taken', params: { login: 'anna' }, field: 'login' })
    expect(describeFailure(taken)).toBe('The login «anna» is taken')
    expect(describeFailure(new ApiFailure(401, { error: 'revoked', message: 'Доступ этого устройства отозван куратором' }))).toBe('The curator revoked this device\'s access')
    // A code newer than this app: the server's words are all there is.
    expect(describeFailure(new ApiFailure(400, { error: 'from_the_future' as 'bad_request', message: 'Новое правило' }))).toBe('Something went wrong: Новое правило')
  })
})
