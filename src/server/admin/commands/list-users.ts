import { requireSchool } from '../../setup/schools.ts'
import { listUsers } from '../../users/devices.ts'
import { defineCommand } from '../command.ts'
import { formatTable } from '../table.ts'

export const listUsersCommand = defineCommand({
  name: 'list-users',
  summary: 'List a school\'s accounts and their devices (учётные записи школы)',
  options: {
    school: { type: 'string', value: '<id>', help: 'the school (see list-schools)', required: true },
  },
  async run(values, { db, print }) {
    await requireSchool(db, values.school)
    const users = await listUsers(db, values.school)
    print(formatTable(['ID', 'ROLE', 'LOGIN', 'PERSON', 'DEVICES', 'NAME'], users.map(u => [
      u.id,
      u.role,
      u.login ?? '-',
      u.personId ?? '-',
      // Active of all: revoked devices stay listed, as on the curator's page.
      `${u.devices.filter(d => d.revokedAt === null).length}/${u.devices.length}`,
      u.name,
    ])))
  },
})
