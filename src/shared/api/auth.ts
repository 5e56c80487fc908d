import * as v from 'valibot'
import { DEVICE_KEY_PATTERN, PASSWORD_MIN } from '../limits.ts'
import { ROLES } from '../roles.ts'
import { IdField, CleanText } from '../model/fields.ts'

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/

// An empty login is a field left blank, not a badly typed one: it says «required» as every other field does.
export const LoginField = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1, 'required'), v.regex(LOGIN_PATTERN, 'login_format'))
export const PasswordField = v.pipe(v.string(), v.minLength(PASSWORD_MIN, 'password_too_short'), v.maxLength(200, 'too_long'))
export const PersonNameField = v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(200, 'too_long'), CleanText)

/**
 * A random key the app keeps on the device for good and sends with each sign-in: the server knows a device that
 * signed in to the account before, and never makes it wait for someone else's wrong passwords.
 */
export const DeviceKeyField = v.pipe(v.string(), v.regex(DEVICE_KEY_PATTERN, 'invalid'))

export const LoginRequest = v.object({
  login: LoginField,
  password: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  deviceKey: v.optional(DeviceKeyField),
})
export type LoginRequest = v.InferOutput<typeof LoginRequest>

/** The signed-in user as the app keeps it on the device. */
export const SessionUser = v.object({
  id: IdField,
  name: v.string(),
  role: v.picklist(ROLES),
  schoolId: IdField,
  schoolName: v.string(),
  /** The person card of this user (mentors, mentees): what the mentor's scope hangs on. */
  personId: v.nullable(IdField),
})
export type SessionUser = v.InferOutput<typeof SessionUser>

export const LoginResponse = v.object({
  token: v.pipe(v.string(), v.description('Opaque bearer token (the server stores only its hash), sent as `Authorization: Bearer …`')),
  user: SessionUser,
})
export type LoginResponse = v.InferOutput<typeof LoginResponse>
