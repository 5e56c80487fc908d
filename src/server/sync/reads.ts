import type { EntityName } from '#shared/sync/entityNames'
import { loadLive, loadLiveByArms } from '../records/read.ts'
import type { Stamp } from '../records/read.ts'
import { recordKey, type StoredRecord } from '../records/row.ts'
import type { Batch, Db, WireMutation } from './context.ts'
import type { ScopeCache } from './scope.ts'

type Known = WireMutation & { entity: EntityName }

/** The entities whose records hang on a pair (`owner: 'pairId'`): their rules read that pair. */
const IN_PAIR: ReadonlySet<EntityName> = new Set(['meetings', 'planItems', 'conflicts'])

/** A field of a mutation's record as it will be: the patch's value, else the stored one. */
function valueOf(mutation: Known, current: StoredRecord | undefined, field: string): unknown {
  return Object.hasOwn(mutation.fields, field) ? mutation.fields[field] : current?.data[field]
}

const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter(v => typeof v === 'string') : [])

/** Everyone a pair record names, before and after the patch: its mentor and mentees. */
function members(data: Record<string, unknown> | undefined): string[] {
  return [...strings(data?.mentorId), ...strings(data?.menteeIds)]
}

/** What a batch's reads start from: the pairs its records are in, and the people its pairs and consents name. */
function readInputs(known: readonly Known[], state: ReadonlyMap<string, StoredRecord>): { pairIds: Set<string>, people: Set<string> } {
  const current = (m: Known) => state.get(recordKey(m.entity, m.id))
  const pairIds = new Set(known.filter(m => IN_PAIR.has(m.entity)).flatMap(m => [...strings(m.fields.pairId), ...strings(current(m)?.refId)]))
  const people = new Set<string>()
  for (const m of known) {
    if (m.entity === 'pairs')
      [...members(m.fields), ...members(current(m)?.data)].forEach(id => people.add(id))
    if (m.entity === 'consents')
      strings(valueOf(m, current(m), 'personId')).forEach(id => people.add(id))
  }
  return { pairIds, people }
}

type LiveReads = ReadonlyMap<EntityName, ReadonlyMap<string, StoredRecord>>

/** The pairs, then the people of those pairs and of the inputs with their consents (found by their person) in one read. */
async function readLive(db: Db, schoolId: string, reads: ReadonlySet<EntityName>, pairIds: ReadonlySet<string>, named: ReadonlySet<string>): Promise<LiveReads> {
  const live = new Map<EntityName, ReadonlyMap<string, StoredRecord>>()
  const pairs = reads.has('pairs') ? byId(await loadLive(db, schoolId, 'pairs', { ids: [...pairIds] })) : undefined
  if (pairs)
    live.set('pairs', pairs)
  const people = new Set(named)
  for (const pair of pairs?.values() ?? [])
    members(pair.data).forEach(id => people.add(id))
  const keys = [...people]
  const arms = [
    ...reads.has('people') ? [{ entity: 'people', by: 'id', keys } as const] : [],
    ...reads.has('consents') ? [{ entity: 'consents', by: 'owner', keys } as const] : [],
  ]
  const found = await loadLiveByArms(db, schoolId, arms)
  for (const { entity } of arms)
    live.set(entity, byId(found.filter(record => record.entity === entity)))
  return live
}

/** Reads of a batch this small are kept between pushes (a phone's day); a curator's import is read afresh. */
const KEPT_READS_AT_MOST = 32

/**
 * What the rules `reads` for one batch, into `batch.live`: only the records the batch's records lead to — the
 * pairs its meetings and plan items are in, the people of those pairs and of the pairs and consents it writes,
 * and those people's consents (found by their person, `ref_id`). Every rule judges a record by these and by
 * nothing else of the school, so a push costs the same in a school of 30 pairs as in one of 300. All of them are
 * scope inputs, so `kept` (the push's stamp, read under the school's lock) keeps them while no write moves it: a
 * mentor's next meeting in the same pair reads nothing here.
 */
export async function loadReads(db: Db, batch: Batch, reads: ReadonlySet<EntityName>, known: readonly Known[], state: ReadonlyMap<string, StoredRecord>, kept?: { cache: ScopeCache, stamp: Stamp }): Promise<void> {
  const { schoolId } = batch.owner
  const { pairIds, people } = readInputs(known, state)
  const load = () => readLive(db, schoolId, reads, pairIds, people)
  const key = () => ['reads', schoolId, [...reads].sort().join(','), [...pairIds].sort().join(','), [...people].sort().join(',')].join('/')
  const live = kept && pairIds.size + people.size <= KEPT_READS_AT_MOST ? await kept.cache.keep(key(), kept.stamp, load) : await load()
  // Copies: the batch adds its own writes to these maps, which must not reach the kept ones.
  for (const [entity, records] of live)
    batch.live.set(entity, new Map(records))
}

function byId(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map(r => [r.id, r]))
}
