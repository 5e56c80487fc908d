import type * as v from 'valibot'
import { ref, watch } from 'vue'
import { useAction } from './action.ts'
import { checkForm } from './fieldErrors.ts'

/** A form's check: the value to act on, or each wrong field's message by its field. */
type FormCheck<T> = (input: unknown) => { ok: true, value: T } | { ok: false, errors: Record<string, string> }

/**
 * The submit cycle every form shares: check with the shared schema (every wrong field says what is wrong), run
 * the action once, show its failure as a sentence. The draft is never cleared on failure, so nothing typed is lost.
 */
export function useFormSubmit<S extends v.GenericSchema>(
  schema: S,
  draft: () => unknown,
  action: (value: v.InferOutput<S>) => Promise<void>,
) {
  return useCheckedSubmit(input => checkForm(schema, input), draft, action)
}

/** The same cycle for a form checked by a shared rule that is not a schema (a questionnaire's answers). */
export function useCheckedSubmit<T>(check: FormCheck<T>, draft: () => unknown, action: (value: T) => Promise<void>) {
  const errors = ref<Record<string, string>>({})
  const { busy, failure, run } = useAction()
  // Nothing is marked before the first send. Once a send finds errors, the form is checked again at every edit until
  // a send passes: a mended field loses its message at once, one still wrong keeps it. Before that the draft is not
  // watched at all, so typing into a fresh form costs nothing.
  const rechecking = ref(false)
  watch(() => rechecking.value && draft(), () => {
    if (rechecking.value)
      show()
  }, { deep: true })

  function show() {
    const checked = check(draft())
    const next = checked.ok ? {} : checked.errors
    // A fresh object equal to the shown one would re-render the whole form: at each keystroke, or in the middle of the save.
    if (!sameErrors(errors.value, next))
      errors.value = next
    return checked
  }

  async function submit(): Promise<void> {
    failure.value = undefined
    const checked = show()
    rechecking.value = !checked.ok
    if (!checked.ok)
      return
    await run(() => action(checked.value))
  }

  return { errors, failure, busy, submit }
}

function sameErrors(shown: Record<string, string>, next: Record<string, string>): boolean {
  const fields = Object.keys(next)
  return fields.length === Object.keys(shown).length && fields.every(field => shown[field] === next[field])
}
