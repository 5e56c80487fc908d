import { ref } from 'vue'
import { describeFailure } from '../api/describe.ts'

// A save that is over in a blink must not blink the button: re-rendering the form in the middle of the write cost
// the mentor's «Сохранить» a frame (about a third of its time on a cheap phone) for nothing anyone could see.
const SHOW_BUSY_AFTER_MS = 150

/**
 * A button's work (a save, a download, a server call): `busy` once it has taken long enough to show, its failure
 * as a sentence afterwards. A second click while it runs does nothing. `run` never throws, so a click handler
 * needs nothing more.
 */
export function useAction() {
  const busy = ref(false)
  const failure = ref<string>()
  let running = false
  async function run(work: () => Promise<void>): Promise<void> {
    if (running)
      return
    running = true
    failure.value = undefined
    const showBusy = setTimeout(() => {
      busy.value = true
    }, SHOW_BUSY_AFTER_MS)
    try {
      await work()
    } catch (error) {
      failure.value = describeFailure(error)
    } finally {
      clearTimeout(showBusy)
      running = false
      busy.value = false
    }
  }
  return { busy, failure, run }
}
