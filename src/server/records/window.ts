import { type Kysely, sql } from 'kysely'
import type { EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import { type RecordRow, ROW_COLUMNS } from './row.ts'

type Db = Kysely<Database>

/** Which versions of a school a pull page reads. */
export interface Window {
  schoolId: string
  /** Exclusive lower bound. */
  from: number
  /** Inclusive upper bound: the counter read at the start, so rows committed meanwhile wait for the next pull. */
  to: number
  /** A reset sends live rows only: the device drops whatever it is not sent. */
  liveOnly: boolean
  limit: number
}

/** The whole school's rows in the window, oldest first (a curator's or observer's pull). */
export function schoolRows(db: Db, w: Window): Promise<RecordRow[]> {
  return db.selectFrom('records').select(ROW_COLUMNS)
    .where('school_id', '=', w.schoolId)
    .where('version', '>', w.from)
    .where('version', '<=', w.to)
    .$if(w.liveOnly, q => q.where('deleted', '=', 0))
    .orderBy('version')
    .limit(w.limit)
    .execute()
}

/** Records of one entity whose id (or owner, `ref_id`) is among `keys`. */
export interface Arm {
  entity: EntityName
  by: 'id' | 'owner'
  keys: readonly string[]
}

/**
 * A person's scope is read through the keys it hangs on (one arm per entity, each on its index). The version
 * window is a filter on the rows those indexes find, never an index of its own: with a version bound SQLite
 * without statistics would prefer the version index and walk the whole school. So the bound is written
 * `+version`, which both databases compute for each row found and neither can look up. A scope's rows since the
 * last pull are a few of its few hundred; the reset reads them all.
 */
export async function rowsByKeys(db: Db, arms: readonly Arm[], w: Window): Promise<RecordRow[]> {
  const rows = await armsQuery(db, w.schoolId, arms, w.liveOnly, w)?.execute() ?? []
  return rows.sort((a, b) => a.version - b.version).slice(0, w.limit)
}

/** The rows of every arm with keys, in ONE statement (a union, each arm on its own index); null when none has keys. */
export function armsQuery(db: Db, schoolId: string, arms: readonly Arm[], liveOnly: boolean, versions?: Pick<Window, 'from' | 'to'>) {
  const version = sql<number>`+${sql.ref('version')}`
  const queries = arms.filter(arm => arm.keys.length > 0).map(arm => db.selectFrom('records').select(ROW_COLUMNS)
    .where('school_id', '=', schoolId)
    .$if(liveOnly, q => q.where('deleted', '=', 0))
    .where('entity', '=', arm.entity)
    .where(arm.by === 'id' ? 'id' : 'ref_id', 'in', [...arm.keys])
    .$if(versions !== undefined, q => q.where(version, '>', versions!.from).where(version, '<=', versions!.to)))
  const [first, ...rest] = queries
  return first ? rest.reduce((query, arm) => query.unionAll(arm), first) : null
}
