import * as v from 'valibot'
import { ROLES } from '../roles.ts'
import { IdField, CleanText } from '../model/fields.ts'
import { LoginField, PasswordField, PersonNameField } from './auth.ts'

/** A curator creates an account: staff sign in with a password, a mentor's phone enrolls with a code. */
export const CreateUserRequest = v.object({
  name: PersonNameField,
  role: v.picklist(ROLES),
  personId: v.optional(v.nullable(IdField), null),
  login: v.optional(LoginField),
  password: v.optional(PasswordField),
})
export type CreateUserRequest = v.InferOutput<typeof CreateUserRequest>

export const EnrollRequest = v.object({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(100, 'too_long')),
  deviceName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200), CleanText), ''),
})
export type EnrollRequest = v.InferOutput<typeof EnrollRequest>

const Instant = v.pipe(v.string(), v.isoTimestamp())

export const Device = v.object({
  id: IdField,
  name: v.string(),
  createdAt: Instant,
  lastSeenAt: Instant,
  lastSyncAt: v.nullable(Instant),
  revokedAt: v.nullable(Instant),
})
export type Device = v.InferOutput<typeof Device>

export const UserSummary = v.object({
  id: IdField,
  name: v.string(),
  role: v.picklist(ROLES),
  personId: v.nullable(IdField),
  login: v.nullable(v.string()),
  devices: v.array(Device),
})
export type UserSummary = v.InferOutput<typeof UserSummary>

export const Enrollment = v.object({
  /** Short code to type; the link carries the same code. */
  code: v.pipe(v.string(), v.examples(['K7RM-2XDP'])),
  /** Path of the enrollment page, to be joined to the server's address. */
  path: v.pipe(v.string(), v.examples(['/enroll/K7RM-2XDP'])),
  expiresAt: Instant,
})
export type Enrollment = v.InferOutput<typeof Enrollment>
