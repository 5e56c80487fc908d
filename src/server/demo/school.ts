import type { Kysely } from 'kysely'
import type { Enrollment } from '#shared/api/users'
import type { MutationResult } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import type { Demo } from './generate.ts'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { PUSH_BATCH_MAX } from '#shared/sync/limits'
import { createSchool } from '../setup/schools.ts'
import { ownTransaction } from '../storage/groupCommit.ts'
import { push } from '../sync/push.ts'
import { createUser } from '../users/accounts.ts'
import { issueEnrollment } from '../users/enrollment.ts'
import { applyDemoSurveys } from './surveys.ts'

export interface DemoSchoolInput {
  name: string
  login: string
  password: string
  demo: Demo
  /** Printed survey cards of the mentees' entry and exit questionnaires, and the seed of their answers. */
  surveys?: { cards: number, seed: number }
}

export interface DemoSchool {
  schoolId: string
  mentorName: string
  enrollment: Enrollment
  applied: number
  rejected: MutationResult[]
  surveyAnswers: number
}

/** Checked before anything is written, so a refused run leaves the database as it was. */
export async function assertFree(db: Kysely<Database>, names: readonly string[], logins: readonly string[]): Promise<void> {
  const school = await db.selectFrom('schools').select('name').where('name', 'in', names).executeTakeFirst()
  if (school)
    throw new Error(`Школа «${school.name}» уже есть: возьмите другой --seed`)
  const user = await db.selectFrom('users').select('login').where('login', 'in', logins).executeTakeFirst()
  if (user)
    throw new Error(`Логин «${user.login}» уже занят: укажите другой --login`)
}

/**
 * A demo school: the school, its curator, the generated records sent through the server's own push (so
 * versions, checks and scope are exactly as in production), and a mentor account with an enrollment code.
 */
export async function createDemoSchool(db: Kysely<Database>, kind: DbKind, input: DemoSchoolInput, onBatch: (done: number) => void = () => {}): Promise<DemoSchool> {
  const schoolId = await createSchool(db, input.name)
  const curator = await createUser(db, schoolId, { name: 'Демо-куратор', role: 'curator', personId: null, login: input.login, password: input.password }, 'admin')
  const auth: AuthContext = { userId: curator.id, userName: curator.name, schoolId, role: 'curator', personId: null, tokenHash: '', sessionId: '', lastSyncAt: null, head: null }
  const clientId = uuidv7()
  const at = new Date().toISOString()
  const rejected: MutationResult[] = []
  let applied = 0
  const { mutations } = input.demo
  for (let start = 0; start < mutations.length; start += PUSH_BATCH_MAX) {
    const batch = mutations.slice(start, start + PUSH_BATCH_MAX).map((m, i) => ({ ...m, seq: start + i + 1, at, fields: m.fields as Record<string, unknown> }))
    const response = await push(ownTransaction(db), auth, { protocol: PROTOCOL_VERSION, clientId, mutations: batch })
    applied += response.results.filter(r => r.status === 'applied').length
    rejected.push(...response.results.filter(r => r.status === 'rejected'))
    onBatch(start + batch.length)
  }
  const surveyAnswers = await applyDemoSurveys(db, kind, auth, mutations, input.surveys?.cards ?? 0, input.surveys?.seed ?? 1)
  const mentor = await createUser(db, schoolId, { name: input.demo.mentor.name, role: 'mentor', personId: input.demo.mentor.id }, 'admin')
  const enrollment = await issueEnrollment(db, schoolId, mentor.id)
  return { schoolId, mentorName: input.demo.mentor.name, enrollment, applied, rejected, surveyAnswers }
}
