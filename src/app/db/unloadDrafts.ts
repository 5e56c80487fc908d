/**
 * A page being unloaded (a reload, a closed tab) may never finish an IndexedDB write it starts; localStorage
 * writes at once. So a form's draft is also left here on `pagehide` (composables/formDraft.ts, and a survey's
 * answers: features/surveys/answer/ballotDrafts.ts), and taken back into IndexedDB when the form opens again. Apart from the composable, so signing out can clear it without
 * loading any form code.
 */
const UNLOAD_PREFIX = 'nastavnik:draft:'

export interface StoredDraft {
  value: Record<string, unknown>
  savedAt: string
}

/** The later of two copies of a draft (either may be missing). */
export const newerDraft = (a: StoredDraft | undefined, b: StoredDraft | undefined) => !b || (a !== undefined && a.savedAt > b.savedAt) ? a : b

export function leaveUnloadCopy(key: string, draft: StoredDraft): void {
  localStorage.setItem(UNLOAD_PREFIX + key, JSON.stringify(draft))
}

export function dropUnloadCopy(key: string): void {
  localStorage.removeItem(UNLOAD_PREFIX + key)
}

export function takeUnloadCopy(key: string): StoredDraft | undefined {
  const text = localStorage.getItem(UNLOAD_PREFIX + key)
  dropUnloadCopy(key)
  return text === null ? undefined : JSON.parse(text) as StoredDraft
}

/** Signing out leaves no one's typing behind on the device. */
export function forgetUnloadCopies(): void {
  for (const key of Object.keys(localStorage).filter(k => k.startsWith(UNLOAD_PREFIX)))
    localStorage.removeItem(key)
}
