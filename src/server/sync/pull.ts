import type { Kysely } from 'kysely'
import type { PullResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import type { RecordRow } from './records.ts'
import type { Scope } from './scope.ts'
import { PULL_PAGE_ROWS } from '#shared/sync/protocol'
import { readSnapshot } from '../storage/dialect.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { fieldsJsonOf } from './records.ts'
import { fieldsFor, loadScope } from './scope.ts'

async function readCounter(db: Kysely<Database>, schoolId: string): Promise<number> {
  const school = await db.selectFrom('schools').select('version_counter').where('id', '=', schoolId).executeTakeFirstOrThrow()
  return school.version_counter
}

interface Window {
  schoolId: string
  /** Exclusive lower bound. */
  from: number
  /** Inclusive upper bound: the counter read at the start, so rows committed meanwhile wait for the next pull. */
  to: number
  /** A reset sends live rows only: the device drops whatever it is not sent. */
  liveOnly: boolean
  limit: number
}

type Records = Kysely<Database>

function schoolRows(db: Records, w: Window): Promise<RecordRow[]> {
  return db.selectFrom('records')
    .select(['entity', 'id', 'version', 'deleted', 'data', 'ref_id'])
    .where('school_id', '=', w.schoolId)
    .where('version', '>', w.from)
    .where('version', '<=', w.to)
    .$if(w.liveOnly, q => q.where('deleted', '=', 0))
    .orderBy('version')
    .limit(w.limit)
    .execute()
}

/**
 * A mentor's scope is read whole through the keys it hangs on (one arm per entity, each on its index), and the
 * version window is applied here: with a version bound in SQL, SQLite without statistics prefers the version
 * index and walks the whole school. A mentor's scope is a few pairs, so reading it whole costs little.
 */
async function mentorRows(db: Records, scope: Extract<Scope, { kind: 'person' }>, w: Window): Promise<RecordRow[]> {
  const rows = () => db.selectFrom('records')
    .select(['entity', 'id', 'version', 'deleted', 'data', 'ref_id'])
    .where('school_id', '=', w.schoolId)
    .$if(w.liveOnly, q => q.where('deleted', '=', 0))
  const pairIds = [...scope.pairIds]
  const arms = [
    pairIds.length > 0 && rows().where('entity', '=', 'pairs').where('id', 'in', pairIds),
    pairIds.length > 0 && rows().where('entity', 'in', ['meetings', 'planItems']).where('ref_id', 'in', pairIds),
    scope.personIds.size > 0 && rows().where('entity', '=', 'people').where('id', 'in', [...scope.personIds]),
    scope.programIds.size > 0 && rows().where('entity', '=', 'programs').where('id', 'in', [...scope.programIds]),
    scope.campaignIds.size > 0 && rows().where('entity', '=', 'surveyCampaigns').where('id', 'in', [...scope.campaignIds]),
    scope.templateIds.size > 0 && rows().where('entity', '=', 'surveyTemplates').where('id', 'in', [...scope.templateIds]),
    scope.respondentId !== null && rows().where('entity', '=', 'surveyResponses').where('ref_id', '=', scope.respondentId),
  ].filter(arm => arm !== false)
  const [first, ...rest] = arms
  if (!first)
    return []
  const all = await rest.reduce((query, arm) => query.unionAll(arm), first).execute()
  return all
    .filter(row => row.version > w.from && row.version <= w.to)
    .sort((a, b) => a.version - b.version)
    .slice(0, w.limit)
}

/** The rows of a scope in a version window, oldest first. */
function scopedRows(db: Records, scope: Scope, w: Window): Promise<RecordRow[]> {
  switch (scope.kind) {
    case 'school': return schoolRows(db, w)
    case 'person': return mentorRows(db, scope, w)
    case 'none': return Promise.resolve([])
  }
}

/**
 * One page of the caller's scope since the cursor, as the body's JSON. A device that has everything costs
 * two indexed reads (the session, the counter) and gets a constant-size answer, whatever the size of the school.
 */
export async function pull(db: Kysely<Database>, kind: DbKind, auth: AuthContext, rawCursor: string | null): Promise<Buffer> {
  const cursor = decodeCursor(rawCursor)
  if (cursor && cursor.version === await readCounter(db, auth.schoolId))
    return pullJson({ cursor: encodeCursor(cursor), reset: false, more: false }, [])

  return readSnapshot(db, kind, async (trx) => {
    const counter = await readCounter(trx, auth.schoolId)
    const scope = await loadScope(trx, auth)
    // A cursor ahead of the counter comes from another server or from before a restore: start over.
    const reset = !cursor || cursor.fingerprint !== scope.fingerprint || cursor.version > counter
    const from = reset ? 0 : cursor.version
    const rows = await scopedRows(trx, scope, { schoolId: auth.schoolId, from, to: counter, liveOnly: reset, limit: PULL_PAGE_ROWS + 1 })
    const more = rows.length > PULL_PAGE_ROWS
    const page = more ? rows.slice(0, PULL_PAGE_ROWS) : rows
    const version = more ? page.at(-1)!.version : counter
    const fields = fieldsFor(scope)
    const cursorOut = encodeCursor({ version, fingerprint: scope.fingerprint })
    return pullJson({ cursor: cursorOut, reset, more, position: { from, at: version, head: counter } }, page.map(row => changeJson(row, fields)))
  })
}

/** A `Change` as JSON, its fields as stored when the device may see them all (nothing parsed, nothing printed again). */
function changeJson(row: RecordRow, fields: 'full' | 'mentor'): Buffer {
  return Buffer.from(`{"entity":${JSON.stringify(row.entity)},"id":${JSON.stringify(row.id)},"version":${row.version},"deleted":${row.deleted},"fields":${fieldsJsonOf(row, fields)}}`)
}

const COMMA = Buffer.from(',')

/**
 * The `PullResponse` as UTF-8 JSON with its changes spliced in: a curator's first pull is 5.7 MB of records that
 * would otherwise be parsed from the database's text and printed back into the same text. Bytes rather than one
 * big string: joining, measuring and encoding a string of that size (mostly Cyrillic, so two bytes a character)
 * took Node more time than reading the rows.
 */
function pullJson(rest: Omit<PullResponse, 'changes'>, changes: Buffer[]): Buffer {
  const items = changes.flatMap((change, i) => i ? [COMMA, change] : [change])
  return Buffer.concat([Buffer.from('{"changes":['), ...items, Buffer.from(`],${JSON.stringify(rest).slice(1)}`)])
}
