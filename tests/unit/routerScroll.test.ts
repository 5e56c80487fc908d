import type { RouteLocationNormalized } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { scrollBehavior } from '../../src/app/router.ts'

const at = (path: string, query: Record<string, string> = {}) => ({ path, query }) as unknown as RouteLocationNormalized

describe('where a page opens', () => {
  it('back and forward return to where the page was left', () => {
    expect(scrollBehavior(at('/my/pairs/p'), at('/my/meetings/m'), { left: 0, top: 1095 })).toEqual({ left: 0, top: 1095 })
  })

  it('a new page opens at its top, not at the height of the page before', () => {
    expect(scrollBehavior(at('/my/meetings/m'), at('/my/pairs/p'), null)).toEqual({ top: 0 })
  })

  it('a filter or a tab in the address alone keeps the place', () => {
    expect(scrollBehavior(at('/people', { view: 'mentors' }), at('/people'), null)).toBe(false)
  })
})
