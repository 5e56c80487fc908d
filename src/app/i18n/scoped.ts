import { locale, type Params, translate } from './index.ts'
import type { Leaves } from './messages.ts'

/**
 * Messages of one curator-only feature, kept beside its pages so they load with its lazy chunk and stay
 * off the mentor's first screen. Both languages sit in the chunk (a few KB); `en` must have `ru`'s keys.
 */
export function scopedMessages<M extends object>(bundles: { ru: M, en: NoInfer<M> }) {
  return (key: Leaves<M>, params: Params = {}): string => translate(bundles[locale.value], bundles.ru, key, params)
}
