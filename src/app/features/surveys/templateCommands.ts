import type { SurveyTemplate } from '#shared/model/surveyTemplate'
import { uuidv7 } from '#shared/ids'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'
import { templateInUse } from './queries.ts'

export type TemplateDraft = Pick<SurveyTemplate, 'name' | 'audience' | 'phase' | 'items'>

/** The fields of a question's editor that show their own error; any other of its errors shows under its text. */
const OWN_ERROR_FIELDS = ['key', 'options', 'exclusive'] as const
export type ItemErrors = Partial<Record<typeof OWN_ERROR_FIELDS[number] | 'text', string>>

/** Question `index`'s errors, from the form's errors by field path (`items.2.options.1`), where its editor shows them. */
export function itemErrors(errors: Readonly<Record<string, string>>, index: number): ItemErrors {
  const shown: ItemErrors = {}
  for (const [field, message] of Object.entries(errors)) {
    const [list, at, own] = field.split('.')
    if (list === 'items' && at === String(index))
      shown[OWN_ERROR_FIELDS.find(f => f === own) ?? 'text'] ??= message
  }
  return shown
}

/**
 * Saves a template edit. A template that a campaign uses may have answers on the server, which must keep the
 * wording they were given on: the edit then becomes a NEW record, version + 1, `basedOn` the old one, and the
 * old one stays as it was. The device cannot see answers, so "used by a campaign" stands in for "answered".
 */
export async function saveTemplate(existing: SurveyTemplate | null, draft: TemplateDraft): Promise<string> {
  // Through JSON: the draft is a Vue proxy, which IndexedDB cannot clone, and an absent `options` must stay absent.
  const fields = JSON.parse(JSON.stringify(draft)) as TemplateDraft
  if (!existing) {
    const id = uuidv7()
    await mutate(db, 'surveyTemplates', id, 'upsert', { ...fields, version: 1, basedOn: '' })
    return id
  }
  if (await templateInUse(existing.id)) {
    const id = uuidv7()
    await mutate(db, 'surveyTemplates', id, 'upsert', { ...fields, version: existing.version + 1, basedOn: existing.id })
    return id
  }
  await mutate(db, 'surveyTemplates', existing.id, 'upsert', fields)
  return existing.id
}

/** A key no other item of the template has: entry and exit are compared by key, so keys are never reused. */
export function newItemKey(taken: readonly string[]): string {
  for (;;) {
    const key = `q.${Math.random().toString(36).slice(2, 8)}`
    if (!taken.includes(key))
      return key
  }
}
