import { describe, expect, it } from 'vitest'
import { SetupRequest } from '#shared/api/setup'
import { validate } from '#shared/api/validate'
import { checkForm } from '../../../src/app/composables/fieldErrors.ts'

// Every field wrong: an empty token, a school name with a NUL (too short AND a bad character), no curator, login, password.
const blank = { token: '', schoolName: '\u0000', curatorName: '', login: '', password: '' }

describe('a form checked with a shared schema', () => {
  it('names every failing field with its first problem, and the first of them for the server\'s one-field answer', () => {
    expect(validate(SetupRequest, blank)).toEqual({
      ok: false,
      field: 'token',
      message: 'required',
      fields: { token: 'required', schoolName: 'required', curatorName: 'required', login: 'required', password: 'password_too_short' },
    })
    expect(validate(SetupRequest, { ...blank, token: 'T', schoolName: 'Школа №1', curatorName: 'Ким Анна' })).toMatchObject({
      field: 'login',
      fields: { login: 'required', password: 'password_too_short' },
    })
  })

  it('words each failing field in the person\'s language, limits from the shared constants', () => {
    expect(checkForm(SetupRequest, blank)).toEqual({
      ok: false,
      errors: {
        token: 'Заполните это поле',
        schoolName: 'Заполните это поле',
        curatorName: 'Заполните это поле',
        login: 'Заполните это поле',
        password: 'Пароль короче 8 символов',
      },
    })
  })
})
