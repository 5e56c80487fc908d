import { type Kysely, sql, type Transaction } from 'kysely'
import type { AuthContext } from '../auth/guard.ts'
import type { Database } from '../storage/schema.ts'
import type { Stamp } from '../records/read.ts'
import { HttpError } from '../http/errors.ts'
import { reserveStamped } from '../records/write.ts'
import { joinsStatements } from '../storage/dialect.ts'
import { prepared } from '../storage/prepared.ts'

type Trx = Transaction<Database>

/** What a push holds once it has claimed its device: the seq applied before it, and versions for what is new. */
export interface Claim {
  lastSeq: number
  /** `count` versions for the new mutations and the school's stamp as its lock found it; the lock serialises the school's writers. */
  reserve: (count: number) => Promise<{ first: number, stamp: Stamp }>
}

/**
 * Moves the device's `client_state` row on to `upTo` and returns the seq it had: one UPDATE, whose
 * `SET seq_before = last_seq` reads the row as it was (the row stays locked to commit on PostgreSQL).
 */
function advance(trx: Kysely<Database>, schoolId: string, clientId: string, upTo: number, now: string) {
  return trx.updateTable('client_state')
    .set(eb => ({
      seq_before: eb.ref('last_seq'),
      last_seq: eb.case().when('last_seq', '<', upTo).then(eb.val(upTo)).else(eb.ref('last_seq')).end(),
      updated_at: now,
    }))
    .where('school_id', '=', schoolId)
    .where('client_id', '=', clientId)
    .returning(['user_id', 'seq_before'])
}

/** `advance` compiled once: each push's first statement on SQLite, where no WITH joins it to the counter's. */
const advanced = prepared(advance)

export function ownedBy(auth: AuthContext, userId: string): void {
  if (userId !== auth.userId)
    throw new HttpError(403, 'forbidden', { problem: 'client_of_other_user' })
}

interface Joined {
  user_id: string | null
  seq_before: number | null
  fresh: number
  version_counter: number
  epoch: string
  scope_version: number
}

/**
 * PostgreSQL: the device's row and the school's counter in ONE statement, a round trip less for every push. The
 * counter moves on by the distinct seqs above the one the device had, which are exactly the push's new mutations
 * (`partition` in push.ts). Locks are taken in the order of two statements, the device's row first. A device with
 * no row yet finds nothing to move (its first push takes the long way), and the counter moves by none.
 */
async function claimJoined(trx: Trx, auth: AuthContext, clientId: string, seqs: readonly number[], upTo: number, now: string): Promise<Claim | null> {
  const { rows: [row] } = await sql<Joined>`with claimed as (${advance(trx, auth.schoolId, clientId, upTo, now)}),
    fresh as (select count(distinct seq) as n from claimed, unnest(${[...seqs]}::bigint[]) as seq where seq > claimed.seq_before)
    update schools set version_counter = version_counter + (select n from fresh) where id = ${auth.schoolId}
    returning version_counter, epoch, scope_version, (select n from fresh) as fresh,
      (select user_id from claimed) as user_id, (select seq_before from claimed) as seq_before`.execute(trx)
  if (!row || row.user_id === null || row.seq_before === null)
    return null
  ownedBy(auth, row.user_id)
  const reserved = { first: row.version_counter - row.fresh + 1, stamp: { epoch: row.epoch, scopeVersion: row.scope_version } }
  return {
    lastSeq: row.seq_before,
    reserve: async (count) => {
      if (count !== row.fresh)
        throw new Error(`push reserved ${row.fresh} versions for ${count} new mutations`)
      return reserved
    },
  }
}

/**
 * Claims the device for a push: its last seq, and its row locked so two pushes of one device queue. A new
 * device's row is made first, so that two pushes of it queue on the row instead of both seeing "nothing applied
 * yet". A refused push takes nothing with it: its transaction is undone.
 */
export async function claimDevice(trx: Trx, auth: AuthContext, clientId: string, seqs: readonly number[], now: string): Promise<Claim> {
  const upTo = Math.max(0, ...seqs)
  const joined = joinsStatements(trx) ? await claimJoined(trx, auth, clientId, seqs, upTo, now) : null
  if (joined)
    return joined
  let [state] = await advanced(trx, auth.schoolId, clientId, upTo, now)
  if (!state) {
    await trx.insertInto('client_state')
      .values({ school_id: auth.schoolId, client_id: clientId, user_id: auth.userId, last_seq: 0, seq_before: 0, updated_at: now })
      .onConflict(oc => oc.columns(['school_id', 'client_id']).doNothing())
      .execute()
    ;[state] = await advanced(trx, auth.schoolId, clientId, upTo, now)
  }
  if (!state)
    throw new Error(`the device ${clientId} has no row after its row was made`)
  ownedBy(auth, state.user_id)
  return { lastSeq: state.seq_before, reserve: count => reserveStamped(trx, auth.schoolId, count) }
}
