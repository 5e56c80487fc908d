import { db } from '../../../db/index.ts'

/**
 * A survey answer saved on a phone leaves at the next chance whatever page is open: at start and whenever the
 * network returns, the app looks for queued answers and only then loads the survey code that sends them.
 */
export function sendQueuedAnswersFromAnyPage(): void {
  const check = async () => {
    if (await db.ballotDrafts.where('status').equals('queued').count() === 0)
      return
    const { sendQueued } = await import('./sendQueue.ts')
    await sendQueued()
  }
  const run = () => void check().catch(error => console.error('sending answers failed', error))
  run()
  globalThis.addEventListener('online', run)
}
