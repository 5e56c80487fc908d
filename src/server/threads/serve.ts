import { parentPort, type TransferListItem, workerData } from 'node:worker_threads'
import type { Answer, Call, CrossedError, ThreadData } from './calls.ts'
import { HttpError } from '../http/errors.ts'
import { openDatabase, type OpenOptions, type Storage } from '../storage/db.ts'

function crossed(error: unknown): CrossedError {
  if (error instanceof HttpError)
    return { http: { status: error.status, code: error.code, why: error.why } }
  return { message: (error as Error).message, code: (error as { code?: unknown }).code }
}

/**
 * The thread's side of `ThreadCalls`: opens the server's database on a connection of its own, makes the call's
 * handler over it once (`start`), and answers each call with it; `transfer` lists buffers handed over, not copied.
 */
export function serveCalls<Request, Value>(options: OpenOptions, start: (storage: Storage) => (request: Request) => Promise<{ value: Value, transfer?: TransferListItem[] }>): void {
  const { database } = workerData as ThreadData
  const answer = start(openDatabase({ database }, options))
  const port = parentPort!
  port.on('message', ({ id, request }: Call<Request>) => void answer(request).then(
    ({ value, transfer }) => port.postMessage({ id, value } satisfies Answer<Value>, transfer),
    (error: unknown) => port.postMessage({ id, error: crossed(error) } satisfies Answer<Value>),
  ))
}
