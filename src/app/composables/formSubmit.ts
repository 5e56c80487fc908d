import type * as v from 'valibot'
import { ref } from 'vue'
import { useAction } from './action.ts'
import { checkForm } from './fieldErrors.ts'

/**
 * The submit cycle every form shares: check with the shared schema (errors by field), run the action
 * once, show its failure as a sentence. The draft is never cleared on failure, so nothing typed is lost.
 */
export function useFormSubmit<S extends v.GenericSchema>(
  schema: S,
  draft: () => unknown,
  action: (value: v.InferOutput<S>) => Promise<void>,
) {
  const errors = ref<Record<string, string>>({})
  const { busy, failure, run } = useAction()

  async function submit(): Promise<void> {
    failure.value = undefined
    const checked = checkForm(schema, draft())
    // A fresh `{}` over an empty one would re-render the whole form in the middle of the save.
    if (!checked.ok || Object.keys(errors.value).length)
      errors.value = checked.ok ? {} : checked.errors
    if (!checked.ok)
      return
    await run(() => action(checked.value))
  }

  return { errors, failure, busy, submit }
}
