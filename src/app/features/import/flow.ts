import { ref, shallowRef } from 'vue'
import { localCalendarDate } from '#shared/dates'
import type { PersonCategory } from '#shared/model/person'
import { describeFailure } from '../../api/describe.ts'
import { db } from '../../db/index.ts'
import { writePeople } from './commit.ts'
import { guessMapping, type Mapping } from './mapping.ts'
import { type ParseFailure, readSpreadsheet, type Sheet } from './parse.ts'
import { checkSheet, type DefaultRole, type ImportCheck, recordsToImport } from './validate.ts'

export type ImportStep = 'file' | 'columns' | 'check' | 'writing' | 'done'

/**
 * The import page's steps: file → columns → check → writing → done. Everything before `confirm()` is held in
 * memory only; the sheet and the check are shallow refs, so their records stay plain objects for IndexedDB.
 */
export function useImportFlow() {
  const step = ref<ImportStep>('file')
  const reading = ref(false)
  const fileName = ref('')
  const failure = ref<ParseFailure>()
  const sheet = shallowRef<Sheet>()
  const mapping = ref<Mapping>({})
  const defaultCategory = ref<PersonCategory>('student')
  const defaultRole = ref<DefaultRole>('mentee')
  const check = shallowRef<ImportCheck>()
  const ticked = ref(new Set<number>())
  const progress = ref({ done: 0, total: 0 })
  const writeFailure = ref<string>()

  async function chooseFile(file: File): Promise<void> {
    reading.value = true
    failure.value = undefined
    fileName.value = file.name
    try {
      const result = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()))
      if (!result.ok) {
        failure.value = result.reason
        return
      }
      sheet.value = result.sheet
      mapping.value = guessMapping(result.sheet.header)
      step.value = 'columns'
    } finally {
      reading.value = false
    }
  }

  async function runCheck(): Promise<void> {
    if (!sheet.value)
      return
    const existing = await db.people.where('deleted').equals(0).toArray()
    const options = { mapping: mapping.value, defaultCategory: defaultCategory.value, defaultRole: defaultRole.value, today: localCalendarDate() }
    check.value = checkSheet(sheet.value, options, existing)
    ticked.value = new Set()
    step.value = 'check'
  }

  async function confirm(): Promise<void> {
    if (!check.value)
      return
    const people = recordsToImport(check.value, ticked.value)
    progress.value = { done: 0, total: people.length }
    writeFailure.value = undefined
    step.value = 'writing'
    try {
      await writePeople(db, people, (done) => {
        progress.value = { done, total: people.length }
      })
      step.value = 'done'
    } catch (error) {
      // Chunks written before the failure stay (each is whole, with its outbox entries); the count says how many.
      writeFailure.value = describeFailure(error)
    }
  }

  function back(): void {
    step.value = 'columns'
  }

  function restart(): void {
    sheet.value = undefined
    check.value = undefined
    failure.value = undefined
    step.value = 'file'
  }

  return { step, reading, fileName, failure, sheet, mapping, defaultCategory, defaultRole, check, ticked, progress, writeFailure, chooseFile, runCheck, confirm, back, restart }
}
