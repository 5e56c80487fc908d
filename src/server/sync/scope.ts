import { createHash } from 'node:crypto'
import { localCalendarDate } from '#shared/dates'
import { SCOPE_SETS, type ScopeSet, specOf } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { Db, Overlays, Scope, ScopeOwner, ScopeSets } from './context.ts'
import type { Device } from './changes.ts'
import type { Stamp } from '../records/read.ts'
import type { Arm } from '../records/window.ts'
import { RULES } from './rules/index.ts'

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 16)
}

const sorted = (ids: Set<string>) => [...ids].sort().join(',')

/**
 * The sets a role's fingerprint is made of, in this order: those its scope can vary in (a mentee holds no pairs
 * and no people; the respondent is the person, who never changes). Written as before the registry, so that no
 * device's cursor goes stale and re-pulls its scope after the upgrade.
 */
const PRINTED: Record<'mentor' | 'mentee', readonly ScopeSet[]> = {
  mentor: ['pairs', 'people', 'programs', 'campaigns', 'templates'],
  mentee: ['programs', 'campaigns', 'templates'],
}

/** A mentor's or mentee's scope: the sets the rule modules' scope hooks fill, in their order. */
async function personScope(db: Db, owner: ScopeOwner & { role: 'mentor' | 'mentee' }, withOverlays: boolean): Promise<Scope> {
  const sets = Object.fromEntries(SCOPE_SETS.map(set => [set, new Set<string>()])) as ScopeSets
  const overlays: Overlays = {}
  const { personId } = owner
  if (personId !== null) {
    for (const rule of Object.values(RULES))
      await rule.scope?.(db, { ...owner, personId }, sets)
    for (const [entity, rule] of withOverlays ? Object.entries(RULES) as Array<[EntityName, NonNullable<typeof RULES[EntityName]>]> : []) {
      const overlay = await rule.overlay?.(db, { ...owner, personId }, sets)
      if (overlay?.size)
        overlays[entity] = overlay
    }
  }
  const printed = PRINTED[owner.role].map(set => sorted(sets[set]))
  return { kind: 'person', fingerprint: fingerprint(owner.role, owner.schoolId, ...printed, ...printedOverlays(overlays)), sets, overlays }
}

/** Overlays in a stable order; none adds nothing, so a device with none keeps the fingerprint it had before them. */
function printedOverlays(overlays: Overlays): string[] {
  return Object.entries(overlays).sort(([a], [b]) => a.localeCompare(b)).flatMap(([entity, byId]) =>
    [entity, ...[...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, fields]) => `${id}=${JSON.stringify(fields)}`)])
}

/** The fields the server derives for this record on the scope's devices, if any. */
export const overlayOf = (scope: Scope, entity: EntityName, id: string): Record<string, unknown> | undefined =>
  scope.kind === 'person' ? scope.overlays[entity]?.get(id) : undefined

/**
 * What the owner's devices may hold. `sets` leaves out the overlays (and so gives no true fingerprint): a push
 * decides by the sets alone and needs the overlays only for a record it sends back, which it loads then.
 */
export function loadScope(db: Db, owner: ScopeOwner, part: 'whole' | 'sets' = 'whole'): Promise<Scope> {
  switch (owner.role) {
    case 'curator':
    case 'observer':
      return Promise.resolve({ kind: 'school', fingerprint: fingerprint(owner.role, owner.schoolId) })
    case 'mentor':
    case 'mentee':
      return personScope(db, { ...owner, role: owner.role }, part === 'whole')
    default:
      return Promise.resolve({ kind: 'none', fingerprint: fingerprint(owner.role, owner.schoolId, 'none') })
  }
}

/** A value kept, with the stamp and the day it was read at. */
interface Kept {
  stamp: Stamp
  day: string
  value: unknown
}

/** Entries kept at most (scopes and reads), about a region's mentors and mentees with a device each; the least recently used goes first. */
const KEPT_AT_MOST = 20_000

/**
 * A server's mentors' and mentees' scopes, and the records a push's rules read (sync/reads.ts), kept while their
 * school's stamp stands: a push or a pull of an unchanged scope reads none of the pairs, campaigns and consents
 * it is made of. Only a stamp read before the caller's own writes may be given (a push's lock, a pull's
 * snapshot; a guarded push keeps through `StagedScopes`), so what is kept was read from committed records. A whole scope's overlays are judged by today's
 * date, so it is kept for the day.
 */
export class ScopeCache {
  readonly #kept = new Map<string, Kept>()

  load(db: Db, owner: ScopeOwner, part: 'whole' | 'sets', stamp: Stamp): Promise<Scope> {
    if (owner.role !== 'mentor' && owner.role !== 'mentee')
      return loadScope(db, owner, part)
    const day = part === 'whole' ? localCalendarDate() : ''
    return this.keep(`scope/${owner.schoolId}/${owner.role}/${owner.personId}/${part}`, stamp, () => loadScope(db, owner, part), day)
  }

  /**
   * What `load` gives, kept under `key` (which names the school) while the school's stamp stands, and the day.
   * `load` must read nothing but the school's scope inputs (scopeInputs.ts), whose writes move the stamp. What
   * it read goes to `staged` instead, when given (`StagedScopes`).
   */
  async keep<T>(key: string, stamp: Stamp, load: () => Promise<T>, day = '', staged?: Map<string, Kept>): Promise<T> {
    const kept = this.#kept.get(key)
    if (kept && kept.stamp.epoch === stamp.epoch && kept.stamp.scopeVersion === stamp.scopeVersion && kept.day === day) {
      this.#put(key, kept)
      return kept.value as T
    }
    const value = await load()
    if (staged)
      staged.set(key, { stamp, day, value })
    else this.#put(key, { stamp, day, value })
    return value
  }

  /** Keeps what a guarded push read, once its guard held. */
  keepAll(staged: ReadonlyMap<string, Kept>): void {
    staged.forEach((kept, key) => this.#put(key, kept))
  }

  /** Forgets everything, after a commit failed: the versions its writes took will be given again, to other writes. */
  clear(): void {
    this.#kept.clear()
  }

  /** Last in the order of use. */
  #put(key: string, kept: Kept): void {
    this.#kept.delete(key)
    this.#kept.set(key, kept)
    if (this.#kept.size > KEPT_AT_MOST)
      this.#kept.delete(this.#kept.keys().next().value!)
  }
}

/**
 * The cache as a guarded push uses it (guarded.ts): what is kept is given, but what the push reads is kept only
 * once its guard held. Its reads come after the stamp it read, not under a lock: until the guard shows that no
 * writer of the school came in between, they may be newer than the stamp, and a pull of that stamp must not get them.
 */
export class StagedScopes extends ScopeCache {
  readonly #staged = new Map<string, Kept>()

  constructor(private readonly shared: ScopeCache) {
    super()
  }

  override keep<T>(key: string, stamp: Stamp, load: () => Promise<T>, day = ''): Promise<T> {
    return this.shared.keep(key, stamp, load, day, this.#staged)
  }

  publish(): void {
    this.shared.keepAll(this.#staged)
  }
}

/** Whether a device of this scope may hold the record (for one found through its owner, its current `refId` decides). */
export function holds(scope: Scope, entity: EntityName, id: string, refId: string | null): boolean {
  if (scope.kind !== 'person')
    return scope.kind === 'school'
  const rule = specOf(entity).scope
  if (rule === 'school')
    return false
  const key = rule.by === 'id' ? id : refId
  return key !== null && scope.sets[rule.set].has(key)
}

/** The keys a person's scope is read by: one arm per entity a person's device may hold. */
export function armsOf(scope: Extract<Scope, { kind: 'person' }>, entities: readonly EntityName[]): Arm[] {
  return entities.flatMap((entity) => {
    const rule = specOf(entity).scope
    return rule === 'school' ? [] : [{ entity, by: rule.by, keys: [...scope.sets[rule.set]] }]
  })
}

/** Which fields of a record the scope's devices get. */
export const deviceOf = (scope: Scope): Device => scope.kind === 'person' ? 'person' : 'full'
