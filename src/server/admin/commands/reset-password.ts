import * as v from 'valibot'
import { LoginField, PasswordField } from '#shared/api/auth'
import { findUser, resetPassword } from '../../users/accounts.ts'
import { defineCommand } from '../command.ts'
import { checkInput } from '../validate.ts'

/** Who revoked the sessions, as sessions.revoked_by records it: not the user, so their devices hear `revoked`. */
const ADMIN = 'admin'

export const resetPasswordCommand = defineCommand({
  name: 'reset-password',
  summary: 'Set a new password from stdin and sign the account out on every device (сменить пароль)',
  options: {
    login: { type: 'string', value: '<login>', help: 'the account\'s login', required: true },
  },
  async run(values, { db, print, readPassword }) {
    const { login } = checkInput(v.object({ login: LoginField }), { login: values.login }, { login: '--login' })
    const user = await findUser(db, { login })
    const { password } = checkInput(v.object({ password: PasswordField }), { password: await readPassword(`New password for ${login} / новый пароль`) }, { password: 'the password' })
    const signedOut = await resetPassword(db, user.schoolId, user.id, password, ADMIN)
    print(`Password changed for ${login}; ${signedOut} device(s) signed out.`)
  },
})
