import type { Kysely } from 'kysely'
import type { AccessReset, CreateUserRequest, UserSummary } from '#shared/api/users'
import type { ProblemCode } from '#shared/problems'
import type { Role } from '#shared/roles'
import type { Database } from '../storage/schema.ts'
import { uuidv7 } from '#shared/ids'
import { isStaff } from '#shared/roles'
import { hashNewPassword } from '../auth/strength.ts'
import { HttpError } from '../http/errors.ts'
import { liveRecord } from '../records/read.ts'
import { newHandCode, normaliseHandCode } from '../setup/token.ts'
import { revokeUserSessions, voidEnrollments } from './devices.ts'

const badField = (field: string, problem: ProblemCode) => new HttpError(400, 'bad_request', { problem, field })
const loginTaken = (login: string) => new HttpError(409, 'conflict', { problem: 'login_taken', params: { login }, field: 'login' })
export const userNotFound = () => new HttpError(404, 'not_found', { problem: 'user_not_found' })
const regionAdminOnly = (field?: string) => new HttpError(403, 'forbidden', { problem: 'region_admin_only', field })
export const accountDisabled = () => new HttpError(403, 'forbidden', { problem: 'account_disabled' })

/** login is NOT NULL UNIQUE, so an account that never signs in with one still gets one, unguessable and unused. */
const generatedLogin = () => `m-${normaliseHandCode(newHandCode(8)).toLowerCase()}`

async function checkPerson(db: Kysely<Database>, schoolId: string, personId: string, role: Role): Promise<void> {
  const person = await liveRecord(db, schoolId, 'people', personId)
  if (!person)
    throw badField('personId', 'person_not_found')
  const holder = await db.selectFrom('users').select('id')
    .where('school_id', '=', schoolId).where('person_id', '=', personId).where('role', '=', role)
    .executeTakeFirst()
  if (holder)
    throw new HttpError(409, 'conflict', { problem: 'person_has_account', field: 'personId' })
}

async function loginFree(db: Kysely<Database>, login: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst()) === undefined
}

/** An account to create; a title may be left out (the CLI's and the demo's accounts). */
type NewAccount = Omit<CreateUserRequest, 'title'> & Partial<Pick<CreateUserRequest, 'title'>>

/** Who makes an account: the server's administrator (the admin CLI, the demo) or the school's curator (the app). */
export type AccountMaker = 'admin' | 'curator'

/**
 * Creates an account of the school, for the admin CLI and the curator's page alike; the checks name the field
 * a curator has to fix.
 */
export async function createUser(db: Kysely<Database>, schoolId: string, input: NewAccount, by: AccountMaker): Promise<UserSummary> {
  // A region account reads every school of the server: one school's curator may not hand that out.
  if (input.role === 'region' && by !== 'admin')
    throw regionAdminOnly('role')
  const withPassword = isStaff(input.role)
  if (withPassword && input.login === undefined)
    throw badField('login', 'login_required')
  if (withPassword && input.password === undefined)
    throw badField('password', 'password_required')
  if (!withPassword && input.personId === null)
    throw badField('personId', 'person_required')
  if (input.personId !== null)
    await checkPerson(db, schoolId, input.personId, input.role)

  const login = input.login ?? generatedLogin()
  if (!(await loginFree(db, login)))
    throw loginTaken(login)
  const passwordHash = withPassword ? await hashNewPassword(input.password!, [login, input.name]) : null
  const id = uuidv7()
  try {
    await db.insertInto('users').values({
      school_id: schoolId,
      id,
      name: input.name,
      role: input.role,
      login,
      password_hash: passwordHash,
      person_id: input.personId,
      title: input.title ?? null,
      created_at: new Date().toISOString(),
    }).execute()
  } catch (error) {
    // Taken between the check and the insert by another request.
    if (!(await loginFree(db, login)))
      throw loginTaken(login)
    throw error
  }
  return { id, name: input.name, role: input.role, personId: input.personId, login: passwordHash ? login : null, title: input.title ?? null, disabledAt: null, devices: [] }
}

/** An account as the admin CLI names it: by login (unique across schools) or by id. */
export interface UserRef {
  schoolId: string
  id: string
  name: string
  role: Role
  /** Null for an account that signs in by enrollment only (its generated login is not shown). */
  login: string | null
}

/** Finds an account by login or by id; users are keyed by school, so an id alone is a scan, fine for the CLI. */
export async function findUser(db: Kysely<Database>, by: { login: string } | { id: string }): Promise<UserRef> {
  const row = await db.selectFrom('users').select(['school_id', 'id', 'name', 'role', 'login', 'password_hash'])
    .$call(q => 'login' in by ? q.where('login', '=', by.login) : q.where('id', '=', by.id))
    .executeTakeFirst()
  if (!row)
    throw userNotFound()
  return { schoolId: row.school_id, id: row.id, name: row.name, role: row.role, login: row.password_hash === null ? null : row.login }
}

/**
 * Sets a new password (the admin CLI, a forgotten password) and signs the account out everywhere: whoever knew
 * the old password loses the devices it opened. Returns how many devices were signed out.
 */
export async function resetPassword(db: Kysely<Database>, schoolId: string, userId: string, password: string, by: string): Promise<number> {
  const user = await db.selectFrom('users').select(['role', 'login', 'name']).where('school_id', '=', schoolId).where('id', '=', userId).executeTakeFirst()
  if (!user)
    throw userNotFound()
  // A mentor's generated login would start signing someone in: those accounts get an enrollment code instead.
  if (!isStaff(user.role))
    throw new HttpError(400, 'bad_request', { problem: 'no_password_for_person' })
  // Hashed before the transaction: the slow part should not hold the database.
  const passwordHash = await hashNewPassword(password, [user.login, user.name])
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash })
      .where('school_id', '=', schoolId).where('id', '=', userId)
      .execute()
    return revokeUserSessions(trx, schoolId, userId, by)
  })
}

/**
 * A staff account's new password, made here and shown once to the curator who asked (a forgotten password, a
 * departed colleague's account handed on): the old password and every device it opened stop working.
 */
export async function resetAccess(db: Kysely<Database>, schoolId: string, userId: string, by: string): Promise<AccessReset> {
  await notRegion(db, schoolId, userId)
  // About 59 bits, typed from a sheet of paper; the person may keep it or ask for another.
  const password = newHandCode(12)
  const signedOut = await resetPassword(db, schoolId, userId, password, by)
  return { password, signedOut }
}

const refusedDisable = (problem: 'cannot_disable_self' | 'last_curator') => new HttpError(409, 'conflict', { problem })

/**
 * Disables an account (its devices are signed out, its unused codes void, it signs nobody in) or enables it
 * again. Its row stays, so its name stays on what it wrote. A curator cannot disable themselves, nor the
 * school's last active curator: nobody would be left to enable anyone.
 */
export async function setDisabled(db: Kysely<Database>, schoolId: string, userId: string, disabled: boolean, by: string): Promise<void> {
  if (disabled && userId === by)
    throw refusedDisable('cannot_disable_self')
  await db.transaction().execute(async (trx) => {
    // A write to every curator row locks them on PostgreSQL: two curators disabling each other wait in turn.
    await trx.updateTable('users').set(eb => ({ disabled_at: eb.ref('disabled_at') }))
      .where('school_id', '=', schoolId).where('role', '=', 'curator')
      .execute()
    const user = await trx.selectFrom('users').select(['role', 'disabled_at'])
      .where('school_id', '=', schoolId).where('id', '=', userId)
      .executeTakeFirst()
    if (!user)
      throw userNotFound()
    if (user.role === 'region')
      throw regionAdminOnly()
    if ((user.disabled_at !== null) === disabled)
      return
    if (!disabled) {
      await trx.updateTable('users').set({ disabled_at: null }).where('school_id', '=', schoolId).where('id', '=', userId).execute()
      return
    }
    if (user.role === 'curator' && !(await otherActiveCurator(trx, schoolId, userId)))
      throw refusedDisable('last_curator')
    const now = new Date().toISOString()
    await trx.updateTable('users').set({ disabled_at: now }).where('school_id', '=', schoolId).where('id', '=', userId).execute()
    await revokeUserSessions(trx, schoolId, userId, by)
    await voidEnrollments(trx, schoolId, userId, now)
  })
}

async function otherActiveCurator(db: Kysely<Database>, schoolId: string, userId: string): Promise<boolean> {
  const other = await db.selectFrom('users').select('id')
    .where('school_id', '=', schoolId).where('role', '=', 'curator').where('disabled_at', 'is', null).where('id', '!=', userId)
    .executeTakeFirst()
  return other !== undefined
}

/** A region account is the server administrator's, whose password and state a school's curator may not set. */
async function notRegion(db: Kysely<Database>, schoolId: string, userId: string): Promise<void> {
  const user = await db.selectFrom('users').select('role').where('school_id', '=', schoolId).where('id', '=', userId).executeTakeFirst()
  if (user?.role === 'region')
    throw regionAdminOnly()
}
