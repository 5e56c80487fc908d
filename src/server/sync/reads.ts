import type { EntityName } from '#shared/sync/entityNames'
import { loadLive, loadLiveByArms } from '../records/read.ts'
import { recordKey, type StoredRecord } from '../records/row.ts'
import type { Batch, Db, WireMutation } from './context.ts'

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

/**
 * What the rules `reads` for one batch, into `batch.live`: only the records the batch's records lead to — the
 * pairs its meetings and plan items are in, the people of those pairs and of the pairs and consents it writes,
 * and those people's consents (found by their person, `ref_id`). Every rule judges a record by these and by
 * nothing else of the school, so a push costs the same in a school of 30 pairs as in one of 300.
 */
export async function loadReads(db: Db, batch: Batch, reads: ReadonlySet<EntityName>, known: readonly Known[], state: ReadonlyMap<string, StoredRecord>): Promise<void> {
  const { schoolId } = batch.owner
  const current = (m: Known) => state.get(recordKey(m.entity, m.id))
  const pairIds = new Set(known.filter(m => IN_PAIR.has(m.entity)).flatMap(m => [...strings(m.fields.pairId), ...strings(current(m)?.refId)]))
  if (reads.has('pairs'))
    batch.live.set('pairs', byId(await loadLive(db, schoolId, 'pairs', { ids: [...pairIds] })))

  const people = new Set<string>()
  for (const m of known) {
    if (m.entity === 'pairs')
      [...members(m.fields), ...members(current(m)?.data)].forEach(id => people.add(id))
    if (m.entity === 'consents')
      strings(valueOf(m, current(m), 'personId')).forEach(id => people.add(id))
  }
  for (const pair of batch.live.get('pairs')?.values() ?? [])
    members(pair.data).forEach(id => people.add(id))
  // The people and their consents (found by their person) in one read.
  const keys = [...people]
  const arms = [
    ...reads.has('people') ? [{ entity: 'people', by: 'id', keys } as const] : [],
    ...reads.has('consents') ? [{ entity: 'consents', by: 'owner', keys } as const] : [],
  ]
  const found = await loadLiveByArms(db, schoolId, arms)
  for (const { entity } of arms)
    batch.live.set(entity, byId(found.filter(record => record.entity === entity)))
}

function byId(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map(r => [r.id, r]))
}
