/** A card code as printed (`ABCD-EFGH-JKLM`), whatever case and separators were typed or scanned. */
export function normaliseCardCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return chars.match(/.{1,4}/g)?.join('-') ?? ''
}

/** `input` as a card code if it is one: twelve letters and digits, where a phone's enrolment code has eight. */
export function cardCodeIn(input: string): string | undefined {
  const code = normaliseCardCode(input)
  return /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code) ? code : undefined
}
