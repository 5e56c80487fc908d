/**
 * Escape inside an open fold (a list's «Фильтры») closes it and puts the focus on its summary, as a menu or a
 * dialog does: the keyboard does not have to Tab back up past every filter to fold them away. Escape in a search
 * field the fold holds still clears the field first (the browser's own), and does not reach here then.
 */
export function foldOnEscape(event: KeyboardEvent): void {
  const fold = event.currentTarget
  if (!(fold instanceof HTMLDetailsElement) || !fold.open || event.defaultPrevented)
    return
  fold.open = false
  fold.querySelector('summary')?.focus()
}
