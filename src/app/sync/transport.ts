import type { PullRequest, PullResponse, PushRequest, PushResponse } from '#shared/sync/protocol'
import { api } from '../api/client.ts'

/** How the engine reaches the server; the simulation swaps in a lossy one. */
export interface SyncTransport {
  push: (request: PushRequest) => Promise<PushResponse>
  pull: (request: PullRequest) => Promise<PullResponse>
}

export function httpTransport(token: string): SyncTransport {
  return {
    push: body => api<PushResponse>('/sync/push', { body, token }),
    pull: body => api<PullResponse>('/sync/pull', { body, token }),
  }
}
