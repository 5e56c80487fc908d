import * as v from 'valibot'
import { SetupRequest } from '#shared/api/setup'
import { createSchool } from '../../setup/schools.ts'
import { defineCommand } from '../command.ts'
import { checkInput } from '../validate.ts'

export const createSchoolCommand = defineCommand({
  name: 'create-school',
  summary: 'Create a school and print its id (создать школу; первая школа закрывает страницу установки)',
  options: {
    name: { type: 'string', value: '<name>', help: 'the school\'s name, as users will see it', required: true },
  },
  async run(values, { db, print }) {
    const { name } = checkInput(v.object({ name: SetupRequest.entries.schoolName }), { name: values.name }, { name: '--name' })
    print(await createSchool(db, name))
  },
})
