/**
 * A practice's material as a link only when it is a web address (http or https): anything else — a path on
 * the school's drive, a file name, a `javascript:` text pasted by mistake — stays text and is never followed.
 */
export function referenceHref(reference: string): string | undefined {
  let url: URL
  try {
    // `new URL` rather than `URL.canParse`: the school's older PCs and phones lack the latter.
    url = new URL(reference)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}
