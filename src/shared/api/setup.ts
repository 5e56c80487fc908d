import * as v from 'valibot'
import { NoNul } from '../model/fields.ts'
import { LoginField, PasswordField, PersonNameField } from './auth.ts'

/** The first visit to a server with no school: the school, its first curator, and the one-time token. */
export const SetupRequest = v.object({
  token: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  schoolName: v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(300, 'too_long'), NoNul),
  curatorName: PersonNameField,
  login: LoginField,
  password: PasswordField,
})
export type SetupRequest = v.InferOutput<typeof SetupRequest>

export interface SetupStatus {
  /** True while the server has no school: the app then shows the setup page instead of sign-in. */
  needed: boolean
}

export interface HealthResponse {
  ok: true
  version: string
  db: 'sqlite' | 'postgres'
}
