import { computed, type ComputedRef, inject, type InjectionKey, provide, ref } from 'vue'
import type { ServerAddresses } from '#shared/api/addresses'
import { api } from '../api/client.ts'
import { useSession } from '../stores/session.ts'

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

interface CardOrigin {
  /** Where a printed card's link and QR code lead. */
  origin: ComputedRef<string>
  /** Elsewhere than this page's address: the server's in the school network. */
  redirected: ComputedRef<boolean>
  /** Open at a loopback address, and the server knows no other: the cards would lead phones to themselves. */
  stranded: ComputedRef<boolean>
}

const KEY: InjectionKey<CardOrigin> = Symbol('cardOrigin')

/**
 * The page's own origin, unless the page is open at this computer's own address, where a phone would open itself;
 * then the one the server says the school reaches it at (PUBLIC_URL, or its address in the local network).
 */
function cardOrigin(): CardOrigin {
  const loopback = LOOPBACK.test(location.hostname)
  // Undefined until the server answered; null when it knows no address, or could not be asked.
  const elsewhere = ref<string | null | undefined>(loopback ? undefined : null)
  if (loopback) {
    api<ServerAddresses>('/server/addresses', { token: useSession().token }).then(
      ({ origins }) => void (elsewhere.value = origins[0] ?? null),
      () => void (elsewhere.value = null),
    )
  }
  return {
    origin: computed(() => elsewhere.value ?? location.origin),
    redirected: computed(() => typeof elsewhere.value === 'string'),
    stranded: computed(() => loopback && elsewhere.value === null),
  }
}

/** For a page that makes cards: its cards and its note (LoopbackWarning) share one answer of the server. */
export function provideCardOrigin(): void {
  provide(KEY, cardOrigin())
}

export function useCardOrigin(): CardOrigin {
  return inject(KEY, cardOrigin, true)
}
