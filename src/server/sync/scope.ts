import type { Kysely } from 'kysely'
import type { Role } from '#shared/roles'
import type { EntityName } from '#shared/sync/mutation'
import type { Database } from '../storage/schema.ts'
import { createHash } from 'node:crypto'
import { type SurveyScope, surveyScope } from '../surveys/named.ts'

/**
 * What of a school a user's devices may hold (DESIGN.md, Sync protocol → Scope):
 * - `school`: everything (curator, observer);
 * - `person`, what one person's own devices hold — for a mentor: own pairs (any status, not deleted), their
 *   meetings and plan items, the people in them (own card and the mentees, mentor fields only) and their
 *   programs; plus the named surveys addressed to them (`surveyScope`): those campaigns, their templates and
 *   the person's own responses; for a mentee: no pairs and no people, the programs of the pairs they are in
 *   (to name a survey) and the named surveys addressed to mentees there;
 * - `none`: nothing (region: its screens do not sync records).
 * The fingerprint changes exactly when the set changes, which is what turns a pull into a reset.
 */
export type Scope
  = | { kind: 'school', fingerprint: string }
    | ({ kind: 'person', fingerprint: string, pairIds: Set<string>, personIds: Set<string>, programIds: Set<string> } & SurveyScope)
    | { kind: 'none', fingerprint: string }

export interface ScopeOwner {
  schoolId: string
  role: Role
  personId: string | null
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 16)
}

const sorted = (ids: Set<string>) => [...ids].sort().join(',')

async function mentorScope(db: Kysely<Database>, owner: ScopeOwner): Promise<Scope> {
  const pairIds = new Set<string>()
  const personIds = new Set<string>()
  const programIds = new Set<string>()
  if (owner.personId !== null) {
    personIds.add(owner.personId)
    const pairs = await db.selectFrom('records')
      .select(['id', 'data'])
      .where('school_id', '=', owner.schoolId)
      .where('entity', '=', 'pairs')
      .where('ref_id', '=', owner.personId)
      .where('deleted', '=', 0)
      .execute()
    for (const pair of pairs) {
      const data = JSON.parse(pair.data) as { programId?: string, menteeIds?: string[] }
      pairIds.add(pair.id)
      for (const menteeId of data.menteeIds ?? [])
        personIds.add(menteeId)
      if (data.programId)
        programIds.add(data.programId)
    }
  }
  const surveys = await surveyScope(db, owner.schoolId, 'mentor', owner.personId, programIds)
  const print = fingerprint('mentor', owner.schoolId, sorted(pairIds), sorted(personIds), sorted(programIds), sorted(surveys.campaignIds), sorted(surveys.templateIds))
  return { kind: 'person', fingerprint: print, pairIds, personIds, programIds, ...surveys }
}

/**
 * A mentee's pairs hang on their mentor (`ref_id`), so they are found by reading the school's live pairs:
 * a few hundred small rows, and only when the school has changed since the device's cursor.
 */
async function menteeScope(db: Kysely<Database>, owner: ScopeOwner): Promise<Scope> {
  const programIds = new Set<string>()
  if (owner.personId !== null) {
    const pairs = await db.selectFrom('records').select('data')
      .where('school_id', '=', owner.schoolId).where('entity', '=', 'pairs').where('deleted', '=', 0)
      .execute()
    for (const pair of pairs) {
      const data = JSON.parse(pair.data) as { programId?: string, menteeIds?: string[] }
      if (data.programId && data.menteeIds?.includes(owner.personId))
        programIds.add(data.programId)
    }
  }
  const surveys = await surveyScope(db, owner.schoolId, 'mentee', owner.personId, programIds)
  const print = fingerprint('mentee', owner.schoolId, sorted(programIds), sorted(surveys.campaignIds), sorted(surveys.templateIds))
  return { kind: 'person', fingerprint: print, pairIds: new Set(), personIds: new Set(), programIds, ...surveys }
}

export async function loadScope(db: Kysely<Database>, owner: ScopeOwner): Promise<Scope> {
  switch (owner.role) {
    case 'curator':
    case 'observer':
      return { kind: 'school', fingerprint: fingerprint(owner.role, owner.schoolId) }
    case 'mentor':
      return mentorScope(db, owner)
    case 'mentee':
      return menteeScope(db, owner)
    default:
      return { kind: 'none', fingerprint: fingerprint(owner.role, owner.schoolId, 'none') }
  }
}

/** Whether a device of this scope may hold the record (its current owner, `refId`, decides for pair-scoped ones). */
export function holds(scope: Scope, entity: EntityName, id: string, refId: string | null): boolean {
  if (scope.kind !== 'person')
    return scope.kind === 'school'
  switch (entity) {
    case 'pairs': return scope.pairIds.has(id)
    case 'meetings':
    case 'planItems': return refId !== null && scope.pairIds.has(refId)
    case 'people': return scope.personIds.has(id)
    case 'programs': return scope.programIds.has(id)
    case 'surveyCampaigns': return scope.campaignIds.has(id)
    case 'surveyTemplates': return scope.templateIds.has(id)
    case 'surveyResponses': return refId !== null && refId === scope.respondentId
    default: return false
  }
}

/** Which fields of a record the scope's devices get. */
export const fieldsFor = (scope: Scope): 'full' | 'mentor' => scope.kind === 'person' ? 'mentor' : 'full'
