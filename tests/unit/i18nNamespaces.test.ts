import { describe, expect, it, vi } from 'vitest'
import { ru } from '../../src/app/i18n/ru.ts'

/** What each feature's `messages.ts` hands to `addMessages`: the registry itself is private to the i18n module. */
const added = vi.hoisted(() => new Map<string, Record<string, object>>())

vi.mock(import('../../src/app/i18n/index.ts'), async (importOriginal) => {
  const actual = await importOriginal()
  return {
    ...actual,
    addMessages: (namespace, bundles) => {
      added.set(namespace, bundles)
      actual.addMessages(namespace, bundles)
    },
  }
})

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('i18n namespaces', () => {
  it('have the same keys in English as in Russian, and no global top-level key\'s name', async () => {
    await Promise.all(Object.values(import.meta.glob('../../src/app/features/**/messages.ts')).map(load => load()))
    expect(added.size).toBeGreaterThan(0)
    for (const [namespace, { ru: russian, en }] of added) {
      expect(Object.keys(ru), namespace).not.toContain(namespace)
      expect(keysOf(en!).sort(), namespace).toEqual(keysOf(russian!).sort())
    }
  })
})
