import type { PullRequest, PushRequest, PushResponse } from '#shared/sync/protocol'
import { api, request } from '../api/client.ts'
import { PULL_ACCEPT, type PulledPage, readPulledPage } from './pullStream.ts'

/** How the engine reaches the server; the simulation swaps in a lossy one. */
export interface SyncTransport {
  push: (request: PushRequest) => Promise<PushResponse>
  pull: (request: PullRequest) => Promise<PulledPage>
}

export function httpTransport(token: string): SyncTransport {
  return {
    push: body => api<PushResponse>('/sync/push', { body, token }),
    pull: async body => readPulledPage(await request('/sync/pull', { body, token, accept: PULL_ACCEPT })),
  }
}
