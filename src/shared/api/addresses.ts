import * as v from 'valibot'

/**
 * Where phones and the school's other computers reach this server: PUBLIC_URL when set, else its addresses in
 * the local network. Cards made on the server's own computer (at localhost) link there instead.
 */
export const ServerAddresses = v.object({
  origins: v.array(v.string()),
})
export type ServerAddresses = v.InferOutput<typeof ServerAddresses>
