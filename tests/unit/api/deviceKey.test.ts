import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeviceKeyField } from '#shared/api/auth'
import { deviceKey } from '../../../src/app/api/deviceKey.ts'

describe('the device key sent with a sign-in', () => {
  const kept = new Map<string, string>()
  beforeEach(() => {
    kept.clear()
    vi.stubGlobal('localStorage', { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, value: string) => kept.set(key, value) })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is made once, in a form the server takes, and kept for every later sign-in', () => {
    const first = deviceKey()
    expect(v.is(DeviceKeyField, first)).toBe(true)
    expect(deviceKey()).toBe(first)
    expect([...kept.values()]).toEqual([first])
  })

  it('is made anew when the kept one would be refused, so sign-in never stops on it', () => {
    kept.set('nastavnik.deviceKey', 'edited by hand')
    const key = deviceKey()
    expect(key).not.toBe('edited by hand')
    expect(v.is(DeviceKeyField, key)).toBe(true)
  })
})
