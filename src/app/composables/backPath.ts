/**
 * Where a form returns: the page that opened it with `?back=` (a list as it was read, its filters kept), an address
 * of this app and nothing else; else `fallback`.
 */
export function backPath(back: unknown, fallback: string): string {
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') && !back.includes('\\') ? back : fallback
}
