const CONTROL = 'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)'

/** The control to give the focus for an invalid field: itself, or a group's first control (a fieldset of choices). */
function controlOf(invalid: Element): HTMLElement | null {
  return invalid.matches(CONTROL) ? invalid as HTMLElement : invalid.querySelector<HTMLElement>(CONTROL)
}

/**
 * After a form is sent with errors, its first invalid field takes the focus and comes into view: on a phone the
 * errors of a long form are otherwise above the screen, and the tap on «Сохранить» seems to do nothing. A screen
 * reader then reads that field with its error (aria-describedby). Called for every form's submit (main.ts).
 */
export async function focusFirstInvalid(form: EventTarget | null): Promise<void> {
  if (!(form instanceof HTMLFormElement))
    return
  // After the form's own handler has set its errors and Vue has drawn them (a microtask; this waits a task).
  await new Promise(resolve => setTimeout(resolve))
  if (document.activeElement?.closest('[aria-invalid="true"]'))
    return
  const first = form.querySelector('[aria-invalid="true"]')
  const control = first && controlOf(first)
  if (!control)
    return
  control.focus({ preventScroll: true })
  control.scrollIntoView({ block: 'center' })
}
