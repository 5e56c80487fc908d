import { describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { LoginRequest } from '#shared/api/auth'
import { useFormSubmit } from '../../../src/app/composables/formSubmit.ts'

function loginForm() {
  const draft = reactive({ login: '', password: '' })
  const sent: unknown[] = []
  const form = useFormSubmit(LoginRequest, () => draft, async (value) => {
    sent.push(value)
  })
  return { draft, sent, ...form }
}

describe('the shared submit cycle', () => {
  it('marks nothing while a fresh form is typed into, then every wrong field at the send', async () => {
    const { draft, errors, submit, sent } = loginForm()
    draft.login = 'a'
    await nextTick()
    expect(errors.value).toEqual({})
    await submit()
    expect(errors.value).toEqual({ login: 'Только латинские буквы, цифры, точка, дефис; от 3 символов', password: 'Заполните это поле' })
    expect(sent).toEqual([])
  })

  it('after a send with errors, checks each edit: a mended field loses its message at once, a wrong one keeps it', async () => {
    const { draft, errors, submit, sent } = loginForm()
    await submit()
    draft.password = 'secret'
    await nextTick()
    expect(errors.value).toEqual({ login: 'Заполните это поле' })
    // A field emptied again says so before the next send.
    draft.password = ''
    await nextTick()
    expect(Object.keys(errors.value)).toEqual(['login', 'password'])
    draft.password = 'secret'
    draft.login = 'kim'
    await nextTick()
    expect(errors.value).toEqual({})
    await submit()
    expect(sent).toEqual([{ login: 'kim', password: 'secret' }])
  })

  it('stops checking the edits once a send passes: a form kept open is quiet until it is sent again', async () => {
    const { draft, errors, submit } = loginForm()
    await submit()
    Object.assign(draft, { login: 'kim', password: 'secret' })
    await submit()
    draft.login = ''
    await nextTick()
    expect(errors.value).toEqual({})
  })
})
