import type { DOMWrapper } from '@vue/test-utils'
import { vi } from 'vitest'

/**
 * The page as a phone (cards) or the curator's desktop (tables) shows it. happy-dom's window is 1024 px wide,
 * a desktop by the app's measure, so a test of the phone's cards says so too. Undone by `vi.unstubAllGlobals()`.
 */
export const screenWide = (matches: boolean) => vi.stubGlobal('matchMedia', () => ({ matches, addEventListener: () => {}, removeEventListener: () => {} }))

/**
 * A registry's cell as the desk of 1280 px or more shows it: without what RegistryTable repeats under the first
 * column for a narrower one (happy-dom applies no media query, so both are in the page).
 */
export function wideText(cell: DOMWrapper<Element>): string {
  return cell.findAll('.data-table__under').reduce((text, under) => text.replace(under.text(), ''), cell.text()).trim()
}
