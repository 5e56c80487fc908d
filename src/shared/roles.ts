/** Who a signed-in user is to a school (DESIGN.md, «Who uses it»). */
export const ROLES = ['curator', 'mentor', 'mentee', 'observer', 'region'] as const
export type Role = typeof ROLES[number]
