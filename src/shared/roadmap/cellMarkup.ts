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
