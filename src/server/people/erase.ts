import type { Kysely } from 'kysely'
import type { Consent } from '#shared/model/consent'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import type { EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import { localCalendarDate } from '#shared/dates'
import { erasedPerson } from '#shared/model/person'
import { scrubUnknownFields } from '../audit/log.ts'
import { HttpError } from '../http/errors.ts'
import { loadEvery, loadRecords } from '../records/read.ts'
import { recordKey } from '../records/row.ts'
import { commitVersioned, reserveVersions } from '../records/write.ts'
import { nameMatcher, rememberMentions } from './mentions.ts'
import { eraseAccounts, scrubRejections } from './traces.ts'

type Data = Record<string, unknown>

/** What erasure leaves of each kind of record that names the person; the rest of the record is kept. */
const ERASE: Partial<Record<EntityName, (data: Data, today: string) => Data>> = {
  people: data => erasedPerson(data as unknown as RecordFields<Person>),
  // A consent's legal trace (signed, when, by whom in kind) stays; the guardian's name and the document go.
  consents: (data, today) => {
    const consent = data as unknown as RecordFields<Consent>
    const withdrawn = consent.withdrawnDate || (today > consent.date ? today : consent.date)
    return { ...data, guardianName: '', documentRef: '', withdrawnDate: withdrawn }
  },
  awards: data => ({ ...data, notes: '' }),
}

const changedKeys = (before: Data, after: Data) => Object.keys(after).filter(k => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort()

/**
 * 152-ФЗ erasure: in ONE transaction the person's card loses what identifies them, the consents and awards
 * naming them lose their free text, each takes a new version (so every device holding them gets the erased
 * copy at its next pull) and the audit log says who did it. Deleted records are erased too: their data
 * stays on the server otherwise. Counts (category, roles, pairs) are untouched, so indicators stay right.
 * The name also leaves the rejections, the audit log's field names and the person's accounts; where other
 * records' free text names them is noted for the curator (mentions.ts).
 */
export async function erasePerson(db: Kysely<Database>, schoolId: string, userId: string, personId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The school's write lock first, so no push changes these records between reading and writing them.
    await reserveVersions(trx, schoolId, 0)
    const person = (await loadRecords(trx, schoolId, [{ entity: 'people', id: personId }])).get(`people/${personId}`)
    if (!person)
      throw new HttpError(404, 'not_found', { problem: 'person_not_on_server' })
    if (person.data.erased === 1)
      throw new HttpError(409, 'conflict', { problem: 'person_already_erased' })
    const naming = [person]
    for (const entity of ['consents', 'awards'] as const)
      naming.push(...(await loadEvery(trx, schoolId, entity)).filter(r => r.data.personId === personId))
    const today = localCalendarDate()
    const now = new Date().toISOString()
    await commitVersioned(trx, { schoolId, userId, now }, naming.map((r) => {
      const data = ERASE[r.entity]!(r.data, today)
      return { record: { ...r, data }, action: 'erase', fields: changedKeys(r.data, data) }
    }))
    const matcher = nameMatcher((person.data as unknown as RecordFields<Person>).name)
    await scrubRejections(trx, schoolId, new Set(naming.map(r => recordKey(r.entity, r.id))), matcher)
    await scrubUnknownFields(trx, schoolId)
    await eraseAccounts(trx, schoolId, personId)
    if (matcher)
      await rememberMentions(trx, schoolId, personId, matcher)
  })
}
