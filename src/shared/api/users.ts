import * as v from 'valibot'
import { ROLES, type Role } from '../roles.ts'
import { IdField, NoNul } from '../model/fields.ts'
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
  deviceName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200), NoNul), ''),
})
export type EnrollRequest = v.InferOutput<typeof EnrollRequest>

export interface Device {
  id: string
  name: string
  createdAt: string
  lastSeenAt: string
  lastSyncAt: string | null
  revokedAt: string | null
}

export interface UserSummary {
  id: string
  name: string
  role: Role
  personId: string | null
  login: string | null
  devices: Device[]
}

export interface Enrollment {
  /** Short code to type (e.g. `K7RM-2XDP`); the link carries the same code. */
  code: string
  /** Path of the enrollment page, to be joined to the server's address: `/enroll/K7RM-2XDP`. */
  path: string
  expiresAt: string
}
