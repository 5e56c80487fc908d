import { resolve } from 'node:path'
import { writeBackup } from '../../storage/backup/write.ts'
import { defineCommand } from '../command.ts'
import { describeRows } from '../rows.ts'

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Write a logical backup (JSON lines) of the whole database, consistent while the server runs (резервная копия)',
  options: {
    out: { type: 'string', value: '<file>', help: 'where to write it; written beside it first, then renamed', required: true },
  },
  async run(values, { db, kind, cwd, print }) {
    const file = resolve(cwd, values.out)
    const summary = await writeBackup(db, kind, file)
    print(`Backup written to ${file}: ${describeRows(summary.rows)}.`)
  },
})
