import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema.ts'

/** Work done in a transaction: its own, or a savepoint of one that others share. */
export type InTransaction<DB = Database> = <T>(work: (trx: Transaction<DB>) => Promise<T>) => Promise<T>

/** Each piece of work in a transaction of its own: PostgreSQL's way, and any caller's that needs no grouping. */
export const ownTransaction = (db: Kysely<Database>): InTransaction => work => db.transaction().execute(work)

/** Most pieces of work in one commit: more would hold the first one's answer back for little gain. */
const MOST_IN_ONE_COMMIT = 64

interface Job<DB> {
  work: (trx: Transaction<DB>) => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

type Done = { ok: true, value: unknown } | { ok: false, error: unknown }

/**
 * Group commit on SQLite. Its one connection runs transactions one after another, and each COMMIT waits for the
 * disk (synchronous = FULL): on a push that wait was about 0.4 ms of 1 ms. Work that arrives together runs here
 * one piece after another, each in a savepoint of one transaction (a piece that fails is undone alone and fails
 * alone), and the transaction commits once for all of them. Nobody is answered before that commit, so every
 * answer still means "on the disk". PostgreSQL needs none of this: its transactions run side by side and it
 * flushes the log of those committing together at once.
 */
export class GroupCommit<DB = Database> {
  #waiting: Array<Job<DB>> = []
  #running = false

  /** `onAbort` hears of a commit that failed after some of its work succeeded: whatever was told of that work is untrue. */
  constructor(private readonly db: Kysely<DB>, private readonly onAbort: () => void = () => {}) {}

  readonly run: InTransaction<DB> = work => new Promise((resolve, reject) => {
    this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject })
    this.#schedule()
  })

  /** After the current turn: the requests that arrived with this one get to join it. */
  #schedule(): void {
    if (this.#running || this.#waiting.length === 0)
      return
    this.#running = true
    setImmediate(() => void this.#commitWaiting().finally(() => {
      this.#running = false
      this.#schedule()
    }))
  }

  async #commitWaiting(): Promise<void> {
    const jobs = this.#waiting.splice(0, MOST_IN_ONE_COMMIT)
    let done: Done[]
    try {
      done = await this.#runTogether(jobs)
    } catch (error) {
      this.onAbort()
      jobs.forEach(job => job.reject(error))
      return
    }
    done.forEach((outcome, i) => outcome.ok ? jobs[i]!.resolve(outcome.value) : jobs[i]!.reject(outcome.error))
  }

  /** Every job in a savepoint of one transaction, then the commit; throws if the transaction itself failed. */
  async #runTogether(jobs: ReadonlyArray<Job<DB>>): Promise<Done[]> {
    const trx = await this.db.startTransaction().execute()
    try {
      const done: Done[] = []
      for (const job of jobs) {
        const piece = await trx.savepoint('piece').execute()
        let outcome: Done
        try {
          outcome = { ok: true, value: await job.work(piece) }
        } catch (error) {
          outcome = { ok: false, error }
        }
        // SQLite undoes the whole transaction itself on some errors (a full disk): then this throws, and all of
        // the work fails with the error that said why.
        await (outcome.ok ? piece.releaseSavepoint('piece') : piece.rollbackToSavepoint('piece')).execute().catch((error: unknown) => {
          throw outcome.ok ? error : outcome.error
        })
        done.push(outcome)
      }
      await trx.commit().execute()
      return done
    } catch (error) {
      await trx.rollback().execute().catch(() => {})
      throw error
    }
  }
}
