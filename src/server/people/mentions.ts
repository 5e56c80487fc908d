import type { Kysely, Transaction } from 'kysely'
import type { ErasureMention } from '#shared/api/erasure'
import type { EntityName } from '#shared/sync/entityNames'
import type { StoredRecord } from '../records/row.ts'
import type { Database, ErasureMentionsTable } from '../storage/schema.ts'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { fieldsWrittenSince } from '../audit/log.ts'
import { loadLive, loadRecords } from '../records/read.ts'
import { recordKey } from '../records/row.ts'
import { chunks } from '../storage/chunks.ts'

/*
 * Free text (a meeting's notes, a plan item's title, another card's notes) may name a person whose data is
 * erased. The server cannot rewrite prose, so at erasure, the one moment it still knows the name, it notes
 * where the name stands; the curator is shown those places until each is edited.
 */

// Russian names change their ending with the case («Козлов», «Козловым»; «Мария», «Марии»): a final vowel, й
// or ь leaves the stem, and up to three letters may follow it. A stem under three letters matches only itself.
const ENDING = /[аяоеьйыи]$/u
const ENDING_ROOM = 3

function stemPattern(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е')
  const stem = lower.length >= 4 ? lower.replace(ENDING, '') : lower
  const escaped = stem.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replaceAll('е', '[её]')
  return `${escaped}\\p{L}{0,${stem.length >= 3 ? ENDING_ROOM : 0}}`
}

/**
 * What finds a person in free text: their surname and first name, the first two words of «Фамилия Имя
 * Отчество» (a patronymic alone names nobody), as whole words in any case, ё and е alike. Null for a name with
 * no word to look for.
 */
export function nameMatcher(fullName: string): RegExp | null {
  const words = fullName.split(/\s+/u).filter(word => /\p{L}{2}/u.test(word)).slice(0, 2)
  if (words.length === 0)
    return null
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(stemPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

/** Every string in a record's data, with its dotted path. */
function* texts(value: unknown, path: string): Generator<{ path: string, text: string }> {
  if (typeof value === 'string')
    yield { path, text: value }
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      yield* texts(inner, path ? `${path}.${key}` : key)
  }
}

type Mention = Omit<ErasureMentionsTable, 'school_id' | 'person_id'>

/** The first place in each text of the records where the matcher finds the name. */
function findMentions(records: readonly StoredRecord[], matcher: RegExp): Mention[] {
  const found: Mention[] = []
  for (const record of records) {
    for (const { path, text } of texts(record.data, '')) {
      // Another card's own name is that person's, not a mention (a sister shares the surname).
      if (record.entity === 'people' && path === 'name')
        continue
      const match = matcher.exec(text)
      if (match)
        found.push({ entity: record.entity, record_id: record.id, path, version: record.version, start: match.index, length: match[0].length })
    }
  }
  return found
}

/** Searches the school's live records (as erasure left them) for the name, and keeps where it stands. */
export async function rememberMentions(trx: Transaction<Database>, schoolId: string, personId: string, matcher: RegExp): Promise<void> {
  const records: StoredRecord[] = []
  for (const entity of ENTITY_NAMES)
    records.push(...await loadLive(trx, schoolId, entity))
  const rows = findMentions(records, matcher).map(m => ({ ...m, school_id: schoolId, person_id: personId }))
  for (const chunk of chunks(rows, 100))
    await trx.insertInto('erasure_mentions').values(chunk).execute()
}

const EXCERPT_SIDE = 40

function excerpt(text: string, start: number, length: number): string {
  const from = Math.max(0, start - EXCERPT_SIDE)
  const to = Math.min(text.length, start + length + EXCERPT_SIDE)
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`
}

const textAt = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data)

/**
 * The places noted at the person's erasure that still hold what was found there: a record deleted since, or
 * whose field a later write changed (the audit log says which fields), has left the list.
 */
export async function openMentions(db: Kysely<Database>, schoolId: string, personId: string): Promise<ErasureMention[]> {
  const rows = await db.selectFrom('erasure_mentions').selectAll()
    .where('school_id', '=', schoolId).where('person_id', '=', personId)
    .orderBy('entity').orderBy('record_id').orderBy('path')
    .execute()
  const keys = rows.map(row => ({ entity: row.entity as EntityName, id: row.record_id, version: row.version }))
  const records = await loadRecords(db, schoolId, keys)
  const written = await fieldsWrittenSince(db, schoolId, keys)
  return rows.flatMap((row) => {
    const key = recordKey(row.entity, row.record_id)
    const record = records.get(key)
    const text = record && record.deleted === 0 ? textAt(record.data, row.path) : undefined
    if (typeof text !== 'string' || written.has(`${key}/${row.path.split('.')[0]}`) || row.start + row.length > text.length)
      return []
    return [{ entity: row.entity as EntityName, id: row.record_id, field: row.path, excerpt: excerpt(text, row.start, row.length) }]
  })
}
