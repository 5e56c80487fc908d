/**
 * Text as every list's search compares it: case, surrounding spaces and «ё» aside, so a curator typing «Алена»
 * finds «Алёна» in the people, the pairs' meetings, the awards, the practices and the programmes alike.
 */
export function searchable(text: string): string {
  return text.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/** Whether `text` holds what was typed (`needle` already `searchable`); an empty needle holds everywhere. */
export function holds(text: string, needle: string): boolean {
  return !needle || searchable(text).includes(needle)
}
