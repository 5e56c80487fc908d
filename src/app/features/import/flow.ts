import { ref, type ShallowRef, shallowRef } from 'vue'
import { localCalendarDate } from '#shared/dates'
import { describeFailure } from '../../api/describe.ts'
import { type ImportCheck, recordsToImport } from './check.ts'
import { guessMapping, type Mapping } from './mapping.ts'
import { type ParseFailure, readSpreadsheet, type Sheet } from './parse.ts'
import type { ImportTarget } from './target.ts'

export type ImportStep = 'file' | 'columns' | 'check' | 'writing' | 'done'

/**
 * An import's steps, whatever it loads: file → columns → check → writing → done. Everything before `confirm()`
 * is held in memory only; the sheet and the check are shallow refs, so their records stay plain objects for IndexedDB.
 */
export function useImportFlow<F extends string, R, O>(target: ImportTarget<F, R, O>) {
  const step = ref<ImportStep>('file')
  const reading = ref(false)
  const fileName = ref('')
  const failure = ref<ParseFailure>()
  const sheet = shallowRef<Sheet>()
  const mapping = ref<Mapping<string>>({})
  const options: ShallowRef<O> = shallowRef(target.options())
  const first = options.value
  void target.suggestedOptions?.(first).then((suggested) => {
    if (options.value === first)
      options.value = suggested
  })
  const check = shallowRef<ImportCheck<R>>()
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
      const guessed = guessMapping(result.sheet.header, target.columns)
      mapping.value = target.byCells?.(result.sheet, guessed) ?? guessed
      step.value = 'columns'
    } finally {
      reading.value = false
    }
  }

  async function runCheck(): Promise<void> {
    if (!sheet.value)
      return
    check.value = await target.check(sheet.value, mapping.value, options.value, localCalendarDate())
    ticked.value = new Set()
    step.value = 'check'
  }

  async function confirm(): Promise<void> {
    if (!check.value)
      return
    const records = recordsToImport(check.value, ticked.value)
    progress.value = { done: 0, total: records.length }
    writeFailure.value = undefined
    step.value = 'writing'
    try {
      await target.write(records, (done) => {
        progress.value = { done, total: records.length }
      })
      step.value = 'done'
    } catch (error) {
      // What was written before the failure is whole (each transaction is); the count says how much.
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

  return { target, step, reading, fileName, failure, sheet, mapping, options, check, ticked, progress, writeFailure, chooseFile, runCheck, confirm, back, restart }
}
