/**
 * Text as every search compares it: case, surrounding spaces and «ё» aside, so a curator typing «Алена»
 * finds «Алёна» in every list, an imported «Алёна» meets the registry's «Алена», and a mentor's competency
 * meets a mentee's request. The one folding of the app and the shared model.
 */
export function searchable(text: string): string {
  return text.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/** Whether `text` holds what was typed (`needle` already `searchable`); an empty needle holds everywhere. */
export function holds(text: string, needle: string): boolean {
  return !needle || searchable(text).includes(needle)
}
