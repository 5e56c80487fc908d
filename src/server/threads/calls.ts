import { Worker } from 'node:worker_threads'
import type { DatabaseConfig } from '../config.ts'
import type { StorageHealth } from '../storage/health.ts'
import type { ApiErrorCode } from '#shared/api/errors'
import { HttpError, type Why } from '../http/errors.ts'

/** What a thread is started with (boot.mjs is told its entry too). */
export interface ThreadData {
  database: DatabaseConfig
}

/** An error as it crosses: an `HttpError`'s status, code and why, or any other error's message and `code`. */
export type CrossedError
  = | { http: { status: number, code: ApiErrorCode, why: Why } }
    | { message: string, code: unknown }

export type Answer<T> = { id: number, value: T } | { id: number, error: CrossedError }

export interface Call<T> {
  id: number
  request: T
}

const BOOT = new URL('./boot.mjs', import.meta.url)

/**
 * A thread's entry `name` beside the module at `moduleUrl`: its TypeScript where the server runs from source
 * (tsx), its own bundle `name.mjs` beside a bundled server (tests/support/serverBundle.ts builds both).
 */
export const entryBeside = (moduleUrl: string, name: string): URL =>
  new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.mjs'}`, moduleUrl)

/** TypeScript is loaded through boot.mjs, which registers tsx in the thread; a bundle runs as it is. */
function startWorker(entry: URL, data: ThreadData): Worker {
  return entry.pathname.endsWith('.ts') ? new Worker(BOOT, { workerData: { ...data, entry: entry.href } }) : new Worker(entry, { workerData: data })
}

interface Waiting<T> {
  resolve: (value: T) => void
  reject: (error: Error) => void
}

function rebuilt(error: CrossedError): Error {
  return 'http' in error ? new HttpError(error.http.status, error.http.code, error.http.why) : Object.assign(new Error(error.message), { code: error.code })
}

/**
 * The server's side of a thread that answers calls (`serveCalls`): started at the first call, one message each
 * way per call. A thread that dies fails the calls it held; the next call starts another.
 */
export class ThreadCalls<Request, Value> {
  #worker: Worker | null = null
  readonly #waiting = new Map<number, Waiting<Value>>()
  #next = 0
  #closed = false

  /** `health` hears of the storage faults the thread's queries meet, as the server's own do. */
  constructor(private readonly entry: URL, private readonly database: DatabaseConfig, private readonly health: StorageHealth) {}

  call(request: Request): Promise<Value> {
    if (this.#closed)
      return Promise.reject(new Error('the server is stopping'))
    return new Promise((resolve, reject) => {
      const id = this.#next++
      this.#waiting.set(id, { resolve, reject })
      this.#thread().postMessage({ id, request } satisfies Call<Request>)
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    const worker = this.#worker
    this.#lost(worker, new Error('the server is stopping'))
    await worker?.terminate()
  }

  #thread(): Worker {
    if (this.#worker)
      return this.#worker
    const worker = startWorker(this.entry, { database: this.database })
    worker.on('message', (answer: Answer<Value>) => this.#answered(answer))
    worker.on('error', error => this.#lost(worker, error))
    // An answer that could not be read leaves its call unanswered: the thread is given up, its calls failed.
    worker.on('messageerror', (error) => {
      this.#lost(worker, error)
      void worker.terminate()
    })
    worker.on('exit', code => this.#lost(worker, new Error(`a server thread stopped (exit code ${code})`)))
    this.#worker = worker
    return worker
  }

  #answered(answer: Answer<Value>): void {
    const waiting = this.#waiting.get(answer.id)
    this.#waiting.delete(answer.id)
    if (!waiting)
      return
    if (!('error' in answer))
      return waiting.resolve(answer.value)
    const error = rebuilt(answer.error)
    this.health.failed(error)
    waiting.reject(error)
  }

  #lost(worker: Worker | null, error: Error): void {
    if (worker === null || worker !== this.#worker)
      return
    this.#worker = null
    for (const waiting of this.#waiting.values())
      waiting.reject(error)
    this.#waiting.clear()
  }
}
