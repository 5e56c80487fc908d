import type { Kysely } from 'kysely'
import type { LoginResponse } from '#shared/api/auth'
import type { Enrollment, EnrollRequest } from '#shared/api/users'
import type { Database } from '../storage/schema.ts'
import type { ClientInfo } from './deviceDescription.ts'
import { createHash } from 'node:crypto'
import { isStaff } from '#shared/roles'
import { createSession, loadSessionUser } from '../auth/sessions.ts'
import { HttpError } from '../http/errors.ts'
import { newHandCode, normaliseHandCode } from '../setup/token.ts'
import { accountDisabled, userNotFound } from './accounts.ts'
import { voidEnrollments } from './devices.ts'

/** Long enough to reach a mentor who is rarely online; the code works once, whatever its age. */
const ENROLLMENT_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

const codeHash = (code: string) => createHash('sha256').update(normaliseHandCode(code)).digest('hex')
const invalid = () => new HttpError(400, 'enrollment_invalid')

/*
 * A code signs a phone in with no password, so it is only for a mentor's or mentee's account: a staff account
 * reached this way (an observer, a region operator who sees every school) would skip its password altogether.
 */
const staffRefused = (code: 'bad_request' | 'enrollment_invalid') => new HttpError(400, code, { problem: 'enrollment_person_only' })

/** A code for one device of the user (8 characters, `K7RM-2XDP`); the user's earlier unused codes stop working. */
export async function issueEnrollment(db: Kysely<Database>, schoolId: string, userId: string, now = new Date()): Promise<Enrollment> {
  const user = await db.selectFrom('users').select(['role', 'disabled_at']).where('school_id', '=', schoolId).where('id', '=', userId).executeTakeFirst()
  if (!user)
    throw userNotFound()
  if (isStaff(user.role))
    throw staffRefused('bad_request')
  if (user.disabled_at !== null)
    throw accountDisabled()
  const code = newHandCode(8)
  const createdAt = now.toISOString()
  const expiresAt = new Date(now.getTime() + ENROLLMENT_DAYS * DAY_MS).toISOString()
  const replaced = await db.transaction().execute(async (trx) => {
    const voided = await voidEnrollments(trx, schoolId, userId, createdAt)
    await trx.insertInto('enrollments')
      .values({ code_hash: codeHash(code), school_id: schoolId, user_id: userId, created_at: createdAt, expires_at: expiresAt, used_at: null })
      .execute()
    return voided > 0
  })
  return { code, path: `/enroll/${code}`, expiresAt, replaced }
}

/** Turns a code into a session for this device; of two devices racing with one code, one wins. */
export async function enrollDevice(db: Kysely<Database>, request: EnrollRequest, client: ClientInfo): Promise<LoginResponse> {
  const hash = codeHash(request.code)
  const now = new Date().toISOString()
  const enrolled = await db.transaction().execute(async (trx) => {
    const enrollment = await trx.selectFrom('enrollments')
      .innerJoin('users', join => join.onRef('users.school_id', '=', 'enrollments.school_id').onRef('users.id', '=', 'enrollments.user_id'))
      .select(['enrollments.school_id', 'enrollments.user_id', 'users.role', 'users.disabled_at'])
      .where('enrollments.code_hash', '=', hash).where('enrollments.used_at', 'is', null).where('enrollments.expires_at', '>', now)
      .executeTakeFirst()
    if (!enrollment)
      throw invalid()
    if (isStaff(enrollment.role))
      throw staffRefused('enrollment_invalid')
    // Disabling voids the unused codes; this is the check that holds if one slipped past in a race.
    if (enrollment.disabled_at !== null)
      throw invalid()
    // Conditional on used_at still being null: on PostgreSQL the loser of a race re-reads the row and updates nothing.
    const used = await trx.updateTable('enrollments').set({ used_at: now })
      .where('code_hash', '=', hash).where('used_at', 'is', null)
      .executeTakeFirst()
    if (used.numUpdatedRows !== 1n)
      throw invalid()
    const token = await createSession(trx, enrollment.school_id, enrollment.user_id, { deviceName: request.deviceName, client })
    return { token, school_id: enrollment.school_id, user_id: enrollment.user_id }
  })
  const user = await loadSessionUser(db, enrolled.school_id, enrolled.user_id)
  if (!user)
    throw invalid()
  return { token: enrolled.token, user }
}
