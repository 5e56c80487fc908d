import type { Consent } from '#shared/model/consent'
import { type ConsentBook, type ConsentFacts, consentBook, type PersonFacts } from '#shared/model/consentRules'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import type { Batch } from '../context.ts'

const liveData = <T>(batch: Batch, entity: 'consents' | 'people') =>
  [...batch.live.get(entity)?.values() ?? []].filter(r => !r.deleted).map(r => ({ ...r.data as T, id: r.id }))

/**
 * The school's consents and the people they are judged by, as the batch stands (consents signed or withdrawn
 * earlier in it count): what the consent rules read. The rule needs `reads: ['consents', 'people']`.
 */
export function batchConsents(batch: Batch): { book: ConsentBook, people: ReadonlyMap<string, PersonFacts> } {
  return {
    book: consentBook(liveData<ConsentFacts & Pick<Consent, 'personId'>>(batch, 'consents')),
    people: new Map(liveData<RecordFields<Person>>(batch, 'people').map(p => [p.id, p])),
  }
}
