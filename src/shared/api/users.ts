import * as v from 'valibot'
import { ROLES } from '../roles.ts'
import { IdField, CleanText } from '../model/fields.ts'
import { LoginField, PasswordField, PersonNameField } from './auth.ts'

const TitleField = v.pipe(v.string(), v.trim(), v.maxLength(100, 'too_long'), CleanText, v.transform(text => text || null))

/** A curator creates an account: staff sign in with a password, a mentor's phone enrolls with a code. */
export const CreateUserRequest = v.object({
  name: PersonNameField,
  role: v.picklist(ROLES),
  personId: v.optional(v.nullable(IdField), null),
  login: v.optional(LoginField),
  password: v.optional(PasswordField),
  /** Which observer or curator this is to the school: «директор», «педагог-психолог». */
  title: v.optional(v.nullable(TitleField), null),
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
  /** From the browser at sign-in (`Android 13, Samsung SM-A125F, Chrome 120`); '' if it said nothing useful. */
  description: v.string(),
})

/** The name a curator gives a device («телефон директора»). */
export const RenameDeviceRequest = v.object({
  name: v.pipe(v.string(), v.trim(), v.maxLength(200, 'too_long'), CleanText),
})
export type RenameDeviceRequest = v.InferOutput<typeof RenameDeviceRequest>

/** A new password for a staff account, made by the server and shown once to the curator who asked. */
export const AccessReset = v.object({ password: v.string(), signedOut: v.number() })
export type AccessReset = v.InferOutput<typeof AccessReset>

/** The curator disables an account (it signs nobody in) or enables it again. */
export const SetDisabledRequest = v.object({ disabled: v.boolean() })
export type SetDisabledRequest = v.InferOutput<typeof SetDisabledRequest>
export type Device = v.InferOutput<typeof Device>

export const UserSummary = v.object({
  id: IdField,
  name: v.string(),
  role: v.picklist(ROLES),
  personId: v.nullable(IdField),
  login: v.nullable(v.string()),
  title: v.nullable(v.string()),
  disabledAt: v.nullable(Instant),
  devices: v.array(Device),
})
export type UserSummary = v.InferOutput<typeof UserSummary>

export const Enrollment = v.object({
  /** Short code to type; the link carries the same code. */
  code: v.pipe(v.string(), v.examples(['K7RM-2XDP'])),
  /** Path of the enrollment page, to be joined to the server's address. */
  path: v.pipe(v.string(), v.examples(['/enroll/K7RM-2XDP'])),
  expiresAt: Instant,
  /** An unused older code of the account was still valid and no longer is. */
  replaced: v.boolean(),
})
export type Enrollment = v.InferOutput<typeof Enrollment>
