import type { PushResponse } from '#shared/sync/protocol'
import type { WriteCall } from './writeThread.ts'
import { serveCalls } from '../threads/serve.ts'
import { writesInProcess } from './writes.ts'

/* The writer thread's side of `writeThread.ts`: the sync's writes as the server's own thread would make them. */

serveCalls<WriteCall, PushResponse | null>({}, (storage) => {
  const writes = writesInProcess(storage.db, storage.kind)
  return async call => 'push' in call
    ? { value: await writes.push(call.auth, call.push) }
    : { value: (await writes.touch(call.touch), null) }
})
