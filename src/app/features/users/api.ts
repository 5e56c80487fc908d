import type { AccessReset, CreateUserRequest, Enrollment, UserSummary } from '#shared/api/users'
import { api } from '../../api/client.ts'
import { useSession } from '../../stores/session.ts'

/** Accounts live only on the server (they are not synced records), so these calls need the network. */
function token(): string | undefined {
  return useSession().token
}

export const usersApi = {
  list: () => api<UserSummary[]>('/users', { token: token() }),
  create: (body: CreateUserRequest) => api<UserSummary>('/users', { body, token: token() }),
  /** A mentor's or a mentee's account, for their person card: their phone signs in with a code. */
  createMember: (name: string, role: 'mentor' | 'mentee', personId: string) => api<UserSummary>('/users', { body: { name, role, personId }, token: token() }),
  issueEnrollment: (userId: string) => api<Enrollment>(`/users/${userId}/enrollment`, { method: 'POST', body: {}, token: token() }),
  resetPassword: (userId: string) => api<AccessReset>(`/users/${userId}/password`, { method: 'POST', body: {}, token: token() }),
  setDisabled: (userId: string, disabled: boolean) => api<void>(`/users/${userId}/disabled`, { method: 'PUT', body: { disabled }, token: token() }),
  renameDevice: (deviceId: string, name: string) => api<void>(`/devices/${deviceId}/name`, { method: 'PUT', body: { name }, token: token() }),
  revokeDevice: (deviceId: string) => api<void>(`/devices/${deviceId}/revoke`, { method: 'POST', body: {}, token: token() }),
}
