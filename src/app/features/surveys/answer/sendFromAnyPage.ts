import { countQueuedAnswers } from '../../../data/queuedAnswers.ts'
import { ANSWER_RETRY_MS } from './retry.ts'

/**
 * Sends the survey answers saved on this phone, if there are any: the retry below and every sync (the button
 * «Синхронизировать» among them) call it. It looks for queued answers first and only then loads the survey code
 * that sends them. Never rejects: an answer that did not leave stays queued for the next try.
 */
export async function sendQueuedAnswers(): Promise<void> {
  try {
    if (await countQueuedAnswers() === 0)
      return
    const { sendQueued } = await import('./sendQueue.ts')
    await sendQueued()
  } catch (error) {
    console.error('sending answers failed', error)
  }
}

/**
 * A survey answer saved on a phone leaves at the next chance whatever page is open: at start, whenever the
 * network returns, and every half minute as the card page does (`online` does not fire when the phone was online
 * but the server unreachable). Returns the stop, for tests.
 */
export function sendQueuedAnswersFromAnyPage(): () => void {
  const run = () => void sendQueuedAnswers()
  run()
  globalThis.addEventListener('online', run)
  const timer = setInterval(run, ANSWER_RETRY_MS)
  return () => {
    globalThis.removeEventListener('online', run)
    clearInterval(timer)
  }
}
