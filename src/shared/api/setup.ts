import * as v from 'valibot'
import { NoNul } from '../model/fields.ts'
import { DeviceKeyField, LoginField, PasswordField, PersonNameField } from './auth.ts'

/** The first visit to a server with no school: the school, its first curator, and the one-time token. */
export const SetupRequest = v.object({
  token: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  schoolName: v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(300, 'too_long'), NoNul),
  curatorName: PersonNameField,
  login: LoginField,
  password: PasswordField,
  deviceKey: v.optional(DeviceKeyField),
})
export type SetupRequest = v.InferOutput<typeof SetupRequest>

export const SetupStatus = v.object({
  /** True while the server has no school: the app then shows the setup page instead of sign-in. */
  needed: v.boolean(),
})
export type SetupStatus = v.InferOutput<typeof SetupStatus>

export const HealthResponse = v.object({
  ok: v.literal(true),
  version: v.string(),
  db: v.picklist(['sqlite', 'postgres']),
})
export type HealthResponse = v.InferOutput<typeof HealthResponse>
