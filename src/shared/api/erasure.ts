import * as v from 'valibot'
import { ENTITY_NAMES } from '../sync/entityNames.ts'

/**
 * A record whose free text named a person when their data was erased, and still does: the curator edits it.
 * `field` is the dotted path of the text (`notes`, `sections.results`, `requests.2`); `excerpt` the words
 * around the name as the record holds them now.
 */
export const ErasureMention = v.object({
  entity: v.picklist(ENTITY_NAMES),
  id: v.string(),
  field: v.string(),
  excerpt: v.string(),
})
export type ErasureMention = v.InferOutput<typeof ErasureMention>

export const ErasureMentions = v.array(ErasureMention)
