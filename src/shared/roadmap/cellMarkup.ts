const BLOCK_TAG = /<\/?(?:p|div|ul|ol|li|br|h[1-6]|blockquote)\b[^>]*>/gi
const INLINE_TAG = /<\/?(?:i|b|em|strong|u|s|span|sup|sub|a|font|mark|small)\b[^>]*>/gi
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', laquo: '«', raquo: '»', mdash: '—', ndash: '–' }

/**
 * A cell's text as the school wrote it, out of a table that a converter turned from Word into text: its paragraphs
 * and list items, written as HTML tags (`<p>`, `<ul>`, `<br>`), become line breaks, as Word's own paste gives them;
 * emphasis tags (`<i>`) go; entities read as their characters; a converter's bookmark anchors
 * («[bookmark: __DdeLink__…]») are dropped. A cell with none of these is left exactly as it is.
 */
export function plainCell(cell: string): string {
  const marked = cell.replace(/\[bookmark: [^\]]*\]/g, '')
  if (!/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i.test(marked))
    return marked
  return marked
    .replace(BLOCK_TAG, '\n')
    .replace(INLINE_TAG, '')
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
    .join('\n')
}

/** A line of a document's text as a converter saved it, its bold marks («**Дорожная карта**») gone, trimmed. */
export const plainLine = (line: string) => line.replace(/\*\*/g, '').trim()

/**
 * A cell's text as the app keeps it: spaces a converter doubled («Назначение  ответственного») made one, and a
 * line that goes on in lower case joined to the one before, for it is the Word cell's own wrap («родителей,» /
 * «обучающихся…», seed 003). A line that starts otherwise (a list's «-», «2)», a capital) stays a line of its own.
 */
export function tidyCell(text: string): string {
  return text.split('\n')
    .map(line => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .reduce((lines, line) => (lines.length && /^[a-zа-яё]/u.test(line) ? [...lines.slice(0, -1), `${lines.at(-1)} ${line}`] : [...lines, line]), [] as string[])
    .join('\n')
}
