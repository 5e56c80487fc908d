import type * as v from 'valibot'
import { computed, reactive, type Ref, ref, toRaw, watch } from 'vue'
import { uuidv7 } from '#shared/ids'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { mutate, writeTogether } from '../db/mutate.ts'
import { useDirtyForm } from './dirtyForms.ts'
import { useGuardedForm } from './guardedForm.ts'
import { useFormDraft } from './formDraft.ts'
import { useFormSubmit } from './formSubmit.ts'

type Draft<E extends EntityName> = Omit<SyncedRecords[E], 'id' | 'updatedAt' | 'deleted'>

interface RecordFormOptions<E extends EntityName, S extends v.GenericSchema> {
  entity: E
  /** The record's id, or undefined for a new one. */
  id: Ref<string | undefined>
  blank: () => Draft<E>
  schema: S
  afterSave: (id: string) => Promise<void> | void
  /** Further new records the same save makes from the checked fields, written in its transaction (a survey of several programmes). */
  alsoCreate?: (fields: Draft<E>) => Draft<E>[]
  /** Keep what is typed on the device under this key until saved (forms filled on the move). */
  draftKey?: string
}

/**
 * The edit cycle every record form shares: load into a draft (later live updates refresh it only while
 * nothing is typed), hold the update prompt while dirty, check with the shared schema,
 * and save only the fields that changed, so a concurrent edit of another field elsewhere survives (all of them when
 * nothing is stored under the id yet).
 */
export function useRecordForm<E extends EntityName, S extends v.GenericSchema>(options: RecordFormOptions<E, S>) {
  const { entity, id, blank, schema, afterSave, alsoCreate, draftKey } = options
  const existing = useLiveQuery(async (): Promise<SyncedRecords[E] | null> => {
    const found = id.value ? await db.table<SyncedRecords[E], string>(entity).get(id.value) : undefined
    return found && !found.deleted ? found : null
  })
  const draft = reactive(blank()) as Draft<E>
  const pristine = ref(snapshot(draft))
  const isDirty = () => snapshot(draft) !== pristine.value
  const drafts = draftKey ? useFormDraft(draftKey, draft, isDirty) : undefined
  if (!id.value)
    void drafts?.start()

  // The stored record fills the form, and again whenever it changes while the person has not typed (a pull,
  // an erasure): what is being typed is never overwritten, and an untouched form never shows stale data. A field
  // changed before the first fill (a quick hand on a slow device) keeps what was typed, and counts as a change.
  let loaded = false
  watch(existing, (record) => {
    if (!record || (loaded && isDirty()))
      return
    const stored = record as unknown as Record<string, unknown>
    const fields = draft as Record<string, unknown>
    const shown = JSON.parse(pristine.value) as Record<string, unknown>
    const start = { ...shown }
    for (const key of Object.keys(blank())) {
      if (!(key in stored))
        continue
      start[key] = structuredClone(toRaw(stored[key]))
      if (snapshot(fields[key]) === snapshot(shown[key]))
        fields[key] = structuredClone(toRaw(stored[key]))
    }
    pristine.value = snapshot(start)
    if (!loaded)
      void drafts?.start()
    loaded = true
  })

  // A draft kept on the device survives leaving; other input is asked about first.
  if (draftKey)
    useDirtyForm(computed(isDirty), true)
  else
    useGuardedForm(computed(isDirty))

  const form = useFormSubmit(schema, () => draft, async (fields) => {
    const before = JSON.parse(pristine.value) as Record<string, unknown>
    // A record not stored yet is written whole: a fixed id (the school's requisites) would otherwise lose what blank() filled in.
    const patch = id.value && existing.value !== null ? changedFields(before, fields as Record<string, unknown>) : fields
    const recordId = id.value ?? uuidv7()
    await writeTogether(db, [entity, 'outbox', 'meta'], async () => {
      await mutate(db, entity, recordId, id.value ? 'upsert' : 'create', patch as never)
      for (const other of alsoCreate?.(fields as Draft<E>) ?? [])
        await mutate(db, entity, uuidv7(), 'create', other as never)
    })
    pristine.value = snapshot(draft)
    await drafts?.discard()
    await afterSave(recordId)
  })

  /** Throws the draft away: the form goes back to the stored record (or to blank). */
  async function discardDraft(): Promise<void> {
    await drafts?.discard()
    Object.assign(draft, JSON.parse(pristine.value))
  }

  /**
   * Defaults found after loading (the next meeting's kind) are a starting point, not an edit: each fills its
   * field only while the person has not changed it, so a choice made in the first moments stays. `startOnly`: a
   * restored draft keeps its fields, and the defaults are only what discarding the draft goes back to.
   */
  function suggest(values: Partial<Draft<E>>, startOnly = false): void {
    const start = JSON.parse(pristine.value) as Record<string, unknown>
    const fields = draft as Record<string, unknown>
    for (const [key, value] of Object.entries(values)) {
      if (!startOnly && snapshot(fields[key]) === snapshot(start[key]))
        fields[key] = value
      start[key] = value
    }
    pristine.value = snapshot(start)
  }

  return { existing, draft, draftRestored: drafts?.restored, draftReady: drafts?.ready, discardDraft, suggest, ...form }
}

function snapshot(value: unknown): string {
  return JSON.stringify(value)
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)))
}
