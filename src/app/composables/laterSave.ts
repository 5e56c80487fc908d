import { onBeforeUnmount, ref } from 'vue'

/**
 * A write made a moment after the last change (600 ms), and at once when the page goes: what the curator types
 * into a document is shown as typed, and `waiting()` says a copy from another device must not replace it yet.
 */
export function useLaterSave(save: () => Promise<void>) {
  const saved = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  async function run(): Promise<void> {
    timer = undefined
    await save()
    saved.value = true
  }
  onBeforeUnmount(() => {
    if (timer !== undefined) {
      clearTimeout(timer)
      void run()
    }
  })
  return {
    saved,
    waiting: () => timer !== undefined,
    changed(): void {
      saved.value = false
      clearTimeout(timer)
      timer = setTimeout(() => void run(), 600)
    },
  }
}
