import { findUser } from '../../users/accounts.ts'
import { issueEnrollment } from '../../users/enrollment.ts'
import { defineCommand } from '../command.ts'

export const enrollCommand = defineCommand({
  name: 'enroll',
  summary: 'Issue a one-time code that signs in one mentor\'s or mentee\'s device (выдать код подключения устройства)',
  options: {
    // By id: a mentor's or mentee's account has no login to name it by (staff sign in with a password instead).
    user: { type: 'string', value: '<id>', help: 'the mentor\'s or mentee\'s account (see list-users)', required: true },
  },
  async run(values, { db, print }) {
    const user = await findUser(db, { id: values.user })
    const enrollment = await issueEnrollment(db, user.schoolId, user.id)
    print(`code:    ${enrollment.code}`)
    print(`path:    ${enrollment.path}`)
    print(`expires: ${enrollment.expiresAt}`)
  },
})
