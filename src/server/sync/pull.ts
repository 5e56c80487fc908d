import type { Kysely } from 'kysely'
import type { PullHead } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import type { RecordRow } from '../records/row.ts'
import type { Scope } from './context.ts'
import { ENTITY_NAMES, type EntityName } from '#shared/sync/entityNames'
import { PULL_PAGE_ROWS } from '#shared/sync/limits'
import { type Head, readHead } from '../records/read.ts'
import { rowsByKeys, schoolRows, type Window } from '../records/window.ts'
import { readSnapshot } from '../storage/dialect.ts'
import { type Device, fieldsJsonOf } from './changes.ts'
import { type Cursor, decodeCursor, encodeCursor } from './cursor.ts'
import { armsOf, deviceOf, loadScope, overlayOf, type ScopeCache } from './scope.ts'

/** The rows of a scope in a version window, oldest first. */
function scopedRows(db: Kysely<Database>, scope: Scope, w: Window): Promise<RecordRow[]> {
  switch (scope.kind) {
    case 'school': return schoolRows(db, w)
    case 'person': return rowsByKeys(db, armsOf(scope, ENTITY_NAMES), w)
    case 'none': return Promise.resolve([])
  }
}

/**
 * One page of the caller's scope since the cursor, as the body's JSON. A device that has everything costs one
 * indexed read (the session, which brings the school's head: `AuthContext.head`) and gets a constant-size
 * answer, whatever the size of the school.
 */
export async function pull(db: Kysely<Database>, kind: DbKind, auth: AuthContext, rawCursor: string | null, scopes?: ScopeCache, form: PageForm = 'json', pageRows = PULL_PAGE_ROWS): Promise<Buffer> {
  const cursor = decodeCursor(rawCursor)
  const head = cursor && (auth.head ?? await readHead(db, auth.schoolId))
  return (head && answerAtHead(cursor, head, form)) ?? readPage(db, kind, auth, cursor, scopes, form, pageRows)
}

/** The answer to a device that has everything up to `head`, or null when rows must be read. */
function answerAtHead(cursor: Cursor | null, head: Head, form: PageForm): Buffer | null {
  if (!cursor || cursor.version !== head.counter || cursor.epoch !== head.epoch)
    return null
  return (form === 'json' ? pullJson : pullLines)({ cursor: encodeCursor(cursor), reset: false, more: false }, [])
}

/** `pull`'s answer from the session's read alone (`AuthContext.head`), or null: what a reader thread need not be asked. */
export const atHead = (auth: AuthContext, rawCursor: string | null, form: PageForm): Buffer | null =>
  auth.head && answerAtHead(decodeCursor(rawCursor), auth.head, form)

function readPage(db: Kysely<Database>, kind: DbKind, auth: AuthContext, cursor: Cursor | null, scopes: ScopeCache | undefined, form: PageForm, pageRows: number): Promise<Buffer> {
  const body = form === 'json' ? pullJson : pullLines
  return readSnapshot(db, kind, async (trx) => {
    const head = await readHead(trx, auth.schoolId)
    const { counter, epoch } = head
    const scope = await (scopes?.load(trx, auth, 'whole', head) ?? loadScope(trx, auth))
    // Another epoch means a restore since the device last pulled; a cursor ahead of the counter, another server.
    const reset = !cursor || cursor.epoch !== epoch || cursor.fingerprint !== scope.fingerprint || cursor.version > counter
    const from = reset ? 0 : cursor.version
    const rows = await scopedRows(trx, scope, { schoolId: auth.schoolId, from, to: counter, liveOnly: reset, limit: pageRows + 1 })
    const more = rows.length > pageRows
    const page = more ? rows.slice(0, pageRows) : rows
    const version = more ? page.at(-1)!.version : counter
    const device = deviceOf(scope)
    const cursorOut = encodeCursor({ version, fingerprint: scope.fingerprint, epoch })
    return body({ cursor: cursorOut, reset, more, position: { from, at: version, head: counter } }, page.map(row => changeJson(row, device, overlayOf(scope, row.entity as EntityName, row.id))))
  })
}

/** A `Change` as JSON, its fields as stored when the device may see them all (nothing parsed, nothing printed again). */
function changeJson(row: RecordRow, device: Device, overlay: Record<string, unknown> | undefined): Buffer {
  return Buffer.from(`{"entity":${JSON.stringify(row.entity)},"id":${JSON.stringify(row.id)},"version":${row.version},"deleted":${row.deleted},"fields":${fieldsJsonOf(row, device, overlay)}}`)
}

const COMMA = Buffer.from(',')
const NEWLINE = Buffer.from('\n')

/** A page as one JSON document (`PullResponse`), or as lines (`PULL_STREAM_TYPE`): the client says which it reads. */
export type PageForm = 'json' | 'lines'

/**
 * The `PullResponse` as UTF-8 JSON with its changes spliced in: a curator's first pull is 5.7 MB of records that
 * would otherwise be parsed from the database's text and printed back into the same text. Bytes rather than one
 * big string: joining, measuring and encoding a string of that size (mostly Cyrillic, so two bytes a character)
 * took Node more time than reading the rows.
 */
function pullJson(head: PullHead, changes: Buffer[]): Buffer {
  const items = changes.flatMap((change, i) => i ? [COMMA, change] : [change])
  return Buffer.concat([Buffer.from('{"changes":['), ...items, Buffer.from(`],${JSON.stringify(head).slice(1)}`)])
}

/** The same page as `PULL_STREAM_TYPE`: the head's line, then a line per change. */
function pullLines(head: PullHead, changes: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), ...changes.flatMap(change => [change, NEWLINE])])
}
