import type { Kysely } from 'kysely'
import type { CreateUserRequest, UserSummary } from '#shared/api/users'
import type { ProblemCode } from '#shared/problems'
import type { Role } from '#shared/roles'
import type { Database } from '../storage/schema.ts'
import { uuidv7 } from '#shared/ids'
import { isStaff } from '#shared/roles'
import { hashNewPassword } from '../auth/strength.ts'
import { HttpError } from '../http/errors.ts'
import { liveRecord } from '../records/read.ts'
import { newHandCode, normaliseHandCode } from '../setup/token.ts'
import { revokeUserSessions } from './devices.ts'

const badField = (field: string, problem: ProblemCode) => new HttpError(400, 'bad_request', { problem, field })
const loginTaken = (login: string) => new HttpError(409, 'conflict', { problem: 'login_taken', params: { login }, field: 'login' })
export const userNotFound = () => new HttpError(404, 'not_found', { problem: 'user_not_found' })

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

/** Creates an account of the school; the checks name the field a curator has to fix. */
export async function createUser(db: Kysely<Database>, schoolId: string, input: CreateUserRequest): Promise<UserSummary> {
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
      created_at: new Date().toISOString(),
    }).execute()
  } catch (error) {
    // Taken between the check and the insert by another request.
    if (!(await loginFree(db, login)))
      throw loginTaken(login)
    throw error
  }
  return { id, name: input.name, role: input.role, personId: input.personId, login: passwordHash ? login : null, devices: [] }
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
