import type { PushResponse } from '#shared/sync/protocol'
import type { PushCall } from './pushThread.ts'
import { serveCalls } from '../threads/serve.ts'
import { pushesInProcess } from './pushes.ts'

/* The writer thread's side of `pushThread.ts`: the pushes as the server's own thread would apply them. */

serveCalls<PushCall, PushResponse>({}, (storage) => {
  const pushes = pushesInProcess(storage.db, storage.kind)
  return async ({ auth, request }) => ({ value: await pushes.apply(auth, request) })
})
