import type { Kysely } from 'kysely'
import type { Consent } from '#shared/model/consent'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import type { EntityName } from '#shared/sync/mutation'
import type { Database } from '../storage/schema.ts'
import type { StoredRecord } from '../sync/records.ts'
import { localCalendarDate } from '#shared/dates'
import { erasedPerson } from '#shared/model/person'
import { writeAudit } from '../audit/log.ts'
import { HttpError } from '../http/errors.ts'
import { reserveVersions } from '../sync/push.ts'
import { fromRow, saveRecords } from '../sync/records.ts'

type Data = Record<string, unknown>

/** What erasure leaves of each kind of record that names the person; the rest of the record is kept. */
const ERASE: Partial<Record<EntityName, (data: Data, today: string) => Data>> = {
  people: data => erasedPerson(data as unknown as RecordFields<Person>) as unknown as Data,
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
 */
export async function erasePerson(db: Kysely<Database>, schoolId: string, userId: string, personId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('records')
      .select(['entity', 'id', 'version', 'deleted', 'data', 'ref_id'])
      .where('school_id', '=', schoolId)
      .where(eb => eb.or([
        eb.and([eb('entity', '=', 'people'), eb('id', '=', personId)]),
        eb('entity', 'in', ['consents', 'awards']),
      ]))
      .execute()
    const records = rows.map(fromRow)
    const person = records.find(r => r.entity === 'people')
    if (!person)
      throw new HttpError(404, 'not_found', 'Участник не найден на сервере: синхронизируйте устройство и повторите')
    if (person.data.erased === 1)
      throw new HttpError(409, 'conflict', 'Персональные данные этого участника уже удалены')
    const naming = [person, ...records.filter(r => r.entity !== 'people' && r.data.personId === personId)]
    const today = localCalendarDate()
    const at = new Date().toISOString()
    let version = await reserveVersions(trx, schoolId, naming.length)
    const erased: StoredRecord[] = naming.map(r => ({ ...r, data: ERASE[r.entity]!(r.data, today), version: version++ }))
    await saveRecords(trx, schoolId, erased, userId, at)
    await writeAudit(trx, schoolId, userId, at, erased.map((r, i) => ({ version: r.version, entity: r.entity, recordId: r.id, action: 'erase', fields: changedKeys(naming[i]!.data, r.data) })))
    // Refused changes of the card are kept for their authors; after erasure they would only keep a name.
    await trx.deleteFrom('rejections').where('school_id', '=', schoolId).where('entity', '=', 'people').where('record_id', '=', personId).execute()
  })
}
