import { vi } from 'vitest'

/**
 * The page as a phone (cards) or the curator's desktop (tables) shows it. happy-dom's window is 1024 px wide,
 * a desktop by the app's measure, so a test of the phone's cards says so too. Undone by `vi.unstubAllGlobals()`.
 */
export const screenWide = (matches: boolean) => vi.stubGlobal('matchMedia', () => ({ matches, addEventListener: () => {}, removeEventListener: () => {} }))
