import * as v from 'valibot'
import { LoginField } from '#shared/api/auth'
import { findUser } from '../../users/accounts.ts'
import { issueEnrollment } from '../../users/enrollment.ts'
import { defineCommand, UsageError } from '../command.ts'
import { checkInput } from '../validate.ts'

export const enrollCommand = defineCommand({
  name: 'enroll',
  summary: 'Issue a one-time code that signs in one device (выдать код подключения устройства)',
  options: {
    login: { type: 'string', value: '<login>', help: 'the account, by login' },
    user: { type: 'string', value: '<id>', help: 'or by id (mentors and mentees have no login; see list-users)' },
  },
  async run(values, { db, print }) {
    if ((values.login === undefined) === (values.user === undefined))
      throw new UsageError('enroll: give either --login or --user')
    const by = values.user !== undefined
      ? { id: values.user }
      : checkInput(v.object({ login: LoginField }), { login: values.login }, { login: '--login' })
    const user = await findUser(db, by)
    const enrollment = await issueEnrollment(db, user.schoolId, user.id)
    print(`code:    ${enrollment.code}`)
    print(`path:    ${enrollment.path}`)
    print(`expires: ${enrollment.expiresAt}`)
  },
})
