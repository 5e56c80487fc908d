import { ref } from 'vue'
import { periodOfTitle } from '#shared/roadmap/pastedApproval'

export interface ImportFields { title: string, startDate: string, endDate: string }
type Period = Pick<ImportFields, 'startDate' | 'endDate'>

/**
 * The import's title and period, filled from the document read: its title, the period the title names, the years its
 * deadlines write. A field the curator changed is theirs and is never filled; one still holding the last document's
 * words goes back to the default before the next document is read.
 */
export function useDocumentFields(defaults: ImportFields) {
  const fields = ref({ ...defaults })
  const filled = { ...defaults }
  const untouched = (key: keyof ImportFields) => fields.value[key] === filled[key]
  const fill = (key: keyof ImportFields, value: string) => {
    fields.value[key] = value
    filled[key] = value
  }

  /**
   * A new document: its title and the period it names; then the period its deadlines write (`writtenPeriod`, read
   * with the dates so far, where a bare «сентябрь» is placed): all of it where the title named none (seed 004), else
   * only what falls outside the title's (seed 002's «Август 2024» before its September).
   */
  function read(title: string, writtenPeriod: () => Period | undefined) {
    if (untouched('title'))
      fill('title', title || defaults.title)
    // The period is one: a date the curator typed keeps the other as it stands.
    if (!untouched('startDate') || !untouched('endDate'))
      return
    fill('startDate', defaults.startDate)
    fill('endDate', defaults.endDate)
    const named = periodOfTitle(title)
    if (named) {
      fill('startDate', named.startDate)
      fill('endDate', named.endDate)
    }
    const written = writtenPeriod()
    if (!written)
      return
    fill('startDate', named && named.startDate < written.startDate ? named.startDate : written.startDate)
    fill('endDate', named && named.endDate > written.endDate ? named.endDate : written.endDate)
  }

  return { fields, read }
}
