import type { Kysely, Transaction } from 'kysely'
import type { Consent } from '#shared/model/consent'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { ENTITY_NAMES, type EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import { localCalendarDate } from '#shared/dates'
import { erasedPerson } from '#shared/model/person'
import { scrubUnknownFields } from '../audit/log.ts'
import { HttpError } from '../http/errors.ts'
import { loadEvery, loadRecords } from '../records/read.ts'
import { recordKey } from '../records/row.ts'
import { commitVersioned, type RecordWrite, reserveVersions } from '../records/write.ts'
import { nameMatcher, rememberMentions } from './mentions.ts'
import { eraseAccounts, scrubHandovers, scrubRejections } from './traces.ts'

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

const STRUCK = '[удалено]'

/** Every string in the value with each match of the name replaced. */
function strike(value: unknown, name: RegExp): unknown {
  if (typeof value === 'string')
    return value.replace(name, STRUCK)
  if (Array.isArray(value))
    return value.map(inner => strike(inner, name))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, strike(inner, name)]))
  return value
}

/**
 * A deleted record's text is still on the server, and nobody can edit it any more: the name found there is
 * struck out now, where a live record's is listed for the curator to edit (mentions.ts).
 */
async function strikeFromDeleted(trx: Transaction<Database>, context: { schoolId: string, userId: string, now: string }, matcher: RegExp): Promise<void> {
  const name = new RegExp(matcher.source, `${matcher.flags}g`)
  const writes: RecordWrite[] = []
  for (const entity of ENTITY_NAMES) {
    for (const record of (await loadEvery(trx, context.schoolId, entity)).filter(r => r.deleted === 1)) {
      const data = strike(record.data, name) as Data
      const fields = changedKeys(record.data, data)
      if (fields.length > 0)
        writes.push({ record: { ...record, data }, action: 'erase', fields })
    }
  }
  await commitVersioned(trx, context, writes)
}

/** A conflict over an erased record holds its values from before: it goes, values and all. */
async function dropConflicts(trx: Transaction<Database>, context: { schoolId: string, userId: string, now: string }, erased: ReadonlySet<string>): Promise<void> {
  const about = (await loadEvery(trx, context.schoolId, 'conflicts')).filter(r => erased.has(recordKey(String(r.data.entity), String(r.data.recordId))))
  await commitVersioned(trx, context, about.map(r => ({ record: { ...r, deleted: 1, data: { ...r.data, kept: null, overwritten: null } }, action: 'erase', fields: ['kept', 'overwritten'] })))
}

/**
 * 152-ФЗ erasure: in ONE transaction the person's card loses what identifies them, the consents and awards
 * naming them lose their free text, each takes a new version (so every device holding them gets the erased
 * copy at its next pull) and the audit log says who did it. Deleted records are erased too: their data
 * stays on the server otherwise. Counts (category, roles, pairs) are untouched, so indicators stay right.
 * The conflicts over those records go. The name also leaves the rejections, the changes handed to the curator, the audit log's field names, the person's accounts and the text of
 * deleted records; where live records' free text names them is noted for the curator (mentions.ts).
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
    const erased = new Set(naming.map(r => recordKey(r.entity, r.id)))
    await dropConflicts(trx, { schoolId, userId, now }, erased)
    await scrubRejections(trx, schoolId, erased, matcher)
    await scrubHandovers(trx, schoolId, personId, erased, matcher)
    await scrubUnknownFields(trx, schoolId)
    await eraseAccounts(trx, schoolId, personId)
    if (matcher) {
      await strikeFromDeleted(trx, { schoolId, userId, now }, matcher)
      await rememberMentions(trx, schoolId, personId, matcher)
    }
  })
}
