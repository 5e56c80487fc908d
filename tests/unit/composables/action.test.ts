import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAction } from '../../../src/app/composables/action.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('useAction', () => {
  it('shows busy only when the work lasts, and ignores a second click meanwhile', async () => {
    vi.useFakeTimers()
    const { busy, run } = useAction()
    let finish = () => {}
    let calls = 0
    const work = () => new Promise<void>((resolve) => {
      calls++
      finish = resolve
    })
    const first = run(work)
    const second = run(work)
    await second
    expect(calls).toBe(1)
    expect(busy.value).toBe(false)
    vi.advanceTimersByTime(200)
    expect(busy.value).toBe(true)
    finish()
    await first
    expect(busy.value).toBe(false)
  })

  it('never shows busy for quick work and turns a failure into a sentence', async () => {
    vi.useFakeTimers()
    const { busy, failure, run } = useAction()
    await run(async () => {})
    vi.advanceTimersByTime(1000)
    expect(busy.value).toBe(false)
    await run(async () => {
      throw new Error('boom')
    })
    expect(failure.value).toBeTruthy()
    expect(busy.value).toBe(false)
  })
})
