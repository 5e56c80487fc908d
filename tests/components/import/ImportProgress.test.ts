import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportProgress from '../../../src/app/features/import/ImportProgress.vue'

describe('import progress', () => {
  it('is a progressbar with its value for screen readers', () => {
    const wrapper = mount(ImportProgress, { props: { done: 250, total: 1000 } })
    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.attributes()).toMatchObject({ 'aria-valuenow': '250', 'aria-valuemax': '1000', 'aria-valuetext': '250 из 1000' })
    expect(bar.get('span').attributes('style')).toContain('width: 25%')
  })
})
