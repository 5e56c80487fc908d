import type { Role } from '#shared/roles'
import { CreateUserRequest } from '#shared/api/users'
import { isStaff, ROLES } from '#shared/roles'
import { createUser } from '../../users/accounts.ts'
import { requireSchool } from '../../setup/schools.ts'
import { defineCommand, UsageError } from '../command.ts'
import { checkInput } from '../validate.ts'

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

export const createUserCommand = defineCommand({
  name: 'create-user',
  summary: 'Create an account and print its id; staff read the password from stdin (создать учётную запись)',
  options: {
    school: { type: 'string', value: '<id>', help: 'the school (see list-schools)', required: true },
    name: { type: 'string', value: '<name>', help: 'the person\'s full name', required: true },
    role: { type: 'string', value: '<role>', help: `one of ${ROLES.join(', ')}`, required: true },
    login: { type: 'string', value: '<login>', help: 'required for curator, observer, region' },
    title: { type: 'string', value: '<title>', help: 'which observer or curator, e.g. директор, педагог-психолог' },
    person: { type: 'string', value: '<personId>', help: 'the person card (people record); required for mentor, mentee' },
  },
  async run(values, { db, print, readPassword }) {
    const { role } = values
    if (!isRole(role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}`)
    // Staff sign in with a password; a mentor's or mentee's phone enrolls with a code (see `enroll`).
    const staff = isStaff(role)
    if (staff && values.login === undefined)
      throw new UsageError(`create-user: --login is required for role ${role}`)
    if (!staff && values.person === undefined)
      throw new UsageError(`create-user: --person is required for role ${role}`)
    await requireSchool(db, values.school)
    const password = staff ? await readPassword(`Password for ${values.login} / пароль`) : undefined
    const input = checkInput(CreateUserRequest, { name: values.name, role, login: values.login, personId: values.person ?? null, password, title: values.title ?? null }, {
      name: '--name',
      login: '--login',
      personId: '--person',
      password: 'the password',
      title: '--title',
    })
    const user = await createUser(db, values.school, input, 'admin')
    print(user.id)
  },
})
