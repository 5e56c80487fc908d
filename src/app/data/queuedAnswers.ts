import { db } from '../db/index.ts'

/** Survey answers saved on this phone and not yet sent: the status line counts them, the sender looks for them. */
export function countQueuedAnswers(): Promise<number> {
  return db.ballotDrafts.where('status').equals('queued').count()
}
