import { resolve } from 'node:path'
import { restoreBackup } from '../../storage/backup/restore.ts'
import { defineCommand } from '../command.ts'
import { describeRows } from '../rows.ts'

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Restore a backup into an empty database, in one transaction (восстановить из копии)',
  options: {
    in: { type: 'string', value: '<file>', help: 'a file written by backup (from SQLite or PostgreSQL)', required: true },
    force: { type: 'boolean', help: 'delete everything in the database first (всё текущее будет удалено)' },
  },
  async run(values, { db, kind, cwd, print }) {
    const file = resolve(cwd, values.in)
    const summary = await restoreBackup(db, kind, file, { force: values.force === true })
    print(`Restored ${file}: ${describeRows(summary.rows)}.`)
  },
})
