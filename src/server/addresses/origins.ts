import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os'

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

/** A school's router hands out 192.168.x.x or 10.x.x.x; 172.16/12 is as often a container's bridge, so it comes last. */
function rank(address: string): number {
  if (address.startsWith('192.168.'))
    return 0
  if (address.startsWith('10.'))
    return 1
  return /^172\.(1[6-9]|2\d|3[01])\./.test(address) ? 3 : 2
}

const ANY_HOST = new Set(['0.0.0.0', '::', ''])

/**
 * The origins other devices open this server at, best first: PUBLIC_URL alone when the administrator set it;
 * else, listening on every interface, each IPv4 address of the machine but loopback; else the one host it
 * listens on, unless that is a loopback one (no other device can reach it).
 */
export function serverOrigins(listen: { scheme: 'http' | 'https', host: string, port: number, publicUrl: string | null }, interfaces: Interfaces = networkInterfaces()): string[] {
  if (listen.publicUrl)
    return [listen.publicUrl]
  const origin = (host: string) => `${listen.scheme}://${host}:${listen.port}`
  if (!ANY_HOST.has(listen.host))
    return /^(localhost|127\.|::1$)/.test(listen.host) ? [] : [origin(listen.host)]
  const addresses = Object.values(interfaces).flatMap(list => list ?? [])
    .filter(info => info.family === 'IPv4' && !info.internal)
    .map(info => info.address)
  return [...new Set(addresses)].sort((a, b) => rank(a) - rank(b)).map(origin)
}
