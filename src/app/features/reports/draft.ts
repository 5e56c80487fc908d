import { computed, reactive, watch } from 'vue'
import { type DocumentDraft, documentDraftId, type DocumentKind } from '#shared/model/documentDraft'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'
import { mutate } from '../../db/mutate.ts'
import { useLaterSave } from '../../composables/laterSave.ts'

type DraftFields = Pick<DocumentDraft, 'number' | 'date' | 'texts' | 'names'>
const blank = (): DraftFields => ({ number: '', date: '', texts: {}, names: {} })

/**
 * A stored draft's fields, each as blank where it has none: a draft is written with the fields changed only (the
 * number typed, say), so the device's copy may hold no name forms yet, which the builders read.
 */
function fieldsOf({ number = '', date = '', texts = {}, names = {} }: Partial<DraftFields>): DraftFields {
  return { number, date, texts, names }
}

/**
 * A document's draft as the curator edits it: shown at once, written to the device (and so synced) a moment
 * after the last change; a pull from another device refreshes it while nothing waits to be written.
 */
export function useDocumentDraft(kind: DocumentKind, subjectId: () => string, year: () => number) {
  const id = computed(() => subjectId() ? documentDraftId(kind, subjectId(), year()) : '')
  const stored = useLiveQuery(async () => (id.value ? db.documentDrafts.get(id.value) : undefined), id)
  const draft = reactive(blank())
  let pending: Partial<DraftFields> = {}
  const later = useLaterSave(async () => {
    if (!id.value)
      return
    // Plain copies: the draft's nested objects are Vue proxies, which IndexedDB cannot clone.
    const fields = JSON.parse(JSON.stringify({ kind, subjectId: subjectId(), year: year(), ...pending })) as Partial<DocumentDraft>
    pending = {}
    await mutate(db, 'documentDrafts', id.value, 'upsert', fields)
  })

  watch(stored, (record) => {
    if (!later.waiting())
      Object.assign(draft, record && !record.deleted ? fieldsOf(record) : blank())
  })

  function change(patch: Partial<DraftFields>): void {
    Object.assign(draft, patch)
    Object.assign(pending, patch)
    later.changed()
  }

  return {
    draft,
    saved: later.saved,
    setNumber: (number: string) => change({ number }),
    setDate: (date: string) => change({ date }),
    /** The curator's text of a paragraph, with the text the data gave as they wrote it. */
    editText: (key: string, text: string, generated: string) =>
      change({ texts: text === generated ? without(draft.texts, key) : { ...draft.texts, [key]: { text, base: generated } } }),
    restoreText: (key: string) => change({ texts: without(draft.texts, key) }),
    /** The data changed under an edit and the curator keeps theirs: it now stands against the new text. */
    keepText: (key: string, generated: string) => {
      const edited = draft.texts[key]
      if (edited)
        change({ texts: { ...draft.texts, [key]: { text: edited.text, base: generated } } })
    },
    setName: (key: string, form: string) => change({ names: form.trim() ? { ...draft.names, [key]: form.trim() } : without(draft.names, key) }),
  }
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))
}
