import { uuidv7 } from '#shared/ids'
import type { Program } from '#shared/model/program'
import type { RecordFields } from '#shared/model/record'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/** Saves a new program or the fields of an existing one; returns its id. */
export async function saveProgram(fields: RecordFields<Program>, id: string = uuidv7()): Promise<string> {
  await mutate(db, 'programs', id, 'upsert', fields)
  return id
}

export async function deleteProgram(id: string): Promise<void> {
  await mutate(db, 'programs', id, 'delete')
}
