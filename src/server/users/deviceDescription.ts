import type { FastifyRequest } from 'fastify'
import UAParser from 'ua-parser-js'

/** What a browser says of itself at sign-in, kept with the session (sessions.user_agent, ua_hints). */
export interface ClientInfo {
  userAgent: string | null
  hints: string | null
}

interface Hints { model?: string, platformVersion?: string }

const MAX_HEADER = 512

// A structured header's string: `"SM-A125F"`; anything else is ignored rather than trusted.
function hintValue(header: string | string[] | undefined): string | undefined {
  const match = typeof header === 'string' ? /^"([^"\\]{1,100})"$/.exec(header.trim()) : null
  return match?.[1] || undefined
}

/** The User-Agent and client hints of a sign-in or enrollment request, cut to a sane length. */
export function clientInfo(request: FastifyRequest): ClientInfo {
  const userAgent = request.headers['user-agent']?.slice(0, MAX_HEADER) || null
  const hints: Hints = {
    model: hintValue(request.headers['sec-ch-ua-model']),
    platformVersion: hintValue(request.headers['sec-ch-ua-platform-version']),
  }
  return { userAgent, hints: hints.model || hints.platformVersion ? JSON.stringify(hints) : null }
}

function parseHints(hints: string | null): Hints {
  try {
    return hints ? JSON.parse(hints) as Hints : {}
  } catch {
    return {}
  }
}

// The names a Russian school knows them by; the library's own names elsewhere.
const BROWSER_NAMES: Record<string, string> = {
  'Yandex': 'Яндекс Браузер',
  'Mobile Safari': 'Safari',
  'Samsung Browser': 'Samsung Internet',
  'Chrome Headless': 'Chrome',
  'Chrome WebView': 'Chrome',
}

// Chromium's reduced User-Agent says «Android 10; K» on every phone: that model is a placeholder, not a phone.
const REDUCED_MODEL = 'K'
const PLACEHOLDER_MODELS = new Set([REDUCED_MODEL, ''])

/*
 * Chromium reports Windows 11 as «Windows NT 10.0»; its client hint tells them apart (13 and above is 11), as
 * Microsoft documents for Sec-CH-UA-Platform-Version. Its reduced User-Agent freezes Android at 10 beside the «K»
 * model: without the hint that version is no phone's, so only «Android» is said.
 */
function osName(os: UAParser.IOS, device: UAParser.IDevice, hints: Hints): string | undefined {
  if (!os.name)
    return undefined
  if (os.name === 'Windows' && hints.platformVersion)
    return Number.parseInt(hints.platformVersion, 10) >= 13 ? 'Windows 11' : 'Windows 10'
  if (os.name === 'Android' && hints.platformVersion)
    return `Android ${hints.platformVersion.replace(/(\.0)+$/, '')}`
  if (os.name === 'Android' && device.model === REDUCED_MODEL)
    return 'Android'
  if (os.name === 'iOS' || os.name === 'Mac OS')
    return undefined
  return [os.name, os.version].filter(Boolean).join(' ')
}

function deviceName(device: UAParser.IDevice, os: UAParser.IOS, hints: Hints): string | undefined {
  const model = hints.model ?? device.model
  if (device.vendor === 'Apple')
    return device.model
  if (os.name === 'Mac OS')
    return 'Mac'
  if (!model || PLACEHOLDER_MODELS.has(model))
    return undefined
  return device.vendor && !model.startsWith(device.vendor) ? `${device.vendor} ${model}` : model
}

/**
 * A device as a person would name it: «Android 13, Samsung SM-A125F, Chrome 120», «iPhone, Safari»,
 * «Windows 10, Яндекс Браузер»; '' when the browser said nothing useful.
 */
export function describeDevice(userAgent: string | null, hints: string | null): string {
  if (!userAgent)
    return ''
  const { browser, device, os } = new UAParser(userAgent).getResult()
  const parsedHints = parseHints(hints)
  const browserName = browser.name && (BROWSER_NAMES[browser.name] ?? browser.name)
  // A version helps with Chrome and Firefox, which update themselves; Safari's follows the system's, Яндекс's is long.
  const withVersion = browserName === 'Chrome' || browserName === 'Firefox' || browserName === 'Edge'
  const browserText = browserName && (withVersion && browser.major ? `${browserName} ${browser.major}` : browserName)
  return [osName(os, device, parsedHints), deviceName(device, os, parsedHints), browserText].filter(Boolean).join(', ')
}
