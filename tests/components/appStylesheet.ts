import { readFileSync } from 'node:fs'
import { afterEach, beforeEach } from 'vitest'

/**
 * The app's own stylesheet in the test's document, for a test of what it lays out: happy-dom computes no boxes, but it
 * cascades the rules, media queries included, into `getComputedStyle`.
 */
export function useAppStylesheet(): void {
  beforeEach(() => {
    const style = document.createElement('style')
    style.textContent = readFileSync('src/app/styles.css', 'utf8')
    document.head.append(style)
  })
  afterEach(() => {
    document.head.innerHTML = ''
  })
}
