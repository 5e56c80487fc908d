/** One of several events written in a single cell: «1.Разработать… 2.Подготовить…», «1) Сбор… 2) Формирование…». */
export interface CellItem { label: string, text: string }

// A number starts an item when it follows the start or a space and a word follows it, so «№ 17», «04.09.2024»
// and «(4-5 мероприятий)» are not taken for one.
const MARKER = /(?:^|\s)(\d{1,2})[.)](?=\s*[^\d\s.,)])/g

/**
 * Splits a cell into its numbered items. Only a run 1, 2, 3… that begins the cell counts; any other cell is one
 * item with no label, kept whole.
 */
export function splitItems(cell: string): CellItem[] {
  const text = cell.trim()
  const starts: Array<{ at: number, body: number, label: string }> = []
  for (const match of text.matchAll(MARKER)) {
    if (Number(match[1]) !== starts.length + 1)
      continue
    const at = match.index + match[0].length - match[1]!.length - 1
    starts.push({ at, body: match.index + match[0].length, label: match[1]! })
  }
  if (!text)
    return []
  if (starts[0]?.at !== 0)
    return [{ label: '', text }]
  return starts.map((start, i) => ({ label: start.label, text: text.slice(start.body, starts[i + 1]?.at).trim() }))
}
