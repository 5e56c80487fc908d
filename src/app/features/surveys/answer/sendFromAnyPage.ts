import { countQueuedAnswers } from '../../../data/queuedAnswers.ts'
import { ANSWER_RETRY_MS } from './retry.ts'

/**
 * A survey answer saved on a phone leaves at the next chance whatever page is open: at start, whenever the
 * network returns, and every half minute as the card page does (`online` does not fire when the phone was online
 * but the server unreachable). The app looks for queued answers and only then loads the survey code that sends
 * them. Returns the stop, for tests.
 */
export function sendQueuedAnswersFromAnyPage(): () => void {
  const check = async () => {
    if (await countQueuedAnswers() === 0)
      return
    const { sendQueued } = await import('./sendQueue.ts')
    await sendQueued()
  }
  const run = () => void check().catch(error => console.error('sending answers failed', error))
  run()
  globalThis.addEventListener('online', run)
  const timer = setInterval(run, ANSWER_RETRY_MS)
  return () => {
    globalThis.removeEventListener('online', run)
    clearInterval(timer)
  }
}
