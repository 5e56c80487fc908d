/** A card code as printed (`ABCD-EFGH-JKLM`), whatever case and separators were typed or scanned. */
export function normaliseCardCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return chars.match(/.{1,4}/g)?.join('-') ?? ''
}
