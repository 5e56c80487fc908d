import { listSchools } from '../../setup/schools.ts'
import { defineCommand } from '../command.ts'
import { formatTable } from '../table.ts'

export const listSchoolsCommand = defineCommand({
  name: 'list-schools',
  summary: 'List the schools with their ids (список школ)',
  options: {},
  async run(_values, { db, print }) {
    const schools = await listSchools(db)
    print(formatTable(['ID', 'USERS', 'CREATED', 'NAME'], schools.map(s => [s.id, String(s.users), s.createdAt, s.name])))
  },
})
