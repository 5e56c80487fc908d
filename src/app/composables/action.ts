import { ref } from 'vue'
import { describeFailure } from '../api/describe.ts'

/**
 * A button's work (a download, a server call): busy while it runs, its failure as a sentence afterwards.
 * `run` never throws, so a click handler needs nothing more.
 */
export function useAction() {
  const busy = ref(false)
  const failure = ref<string>()
  async function run(work: () => Promise<void>): Promise<void> {
    busy.value = true
    failure.value = undefined
    try {
      await work()
    } catch (error) {
      failure.value = describeFailure(error)
    } finally {
      busy.value = false
    }
  }
  return { busy, failure, run }
}
