/** Who a signed-in user is to a school (DESIGN.md, «Who uses it»). */
export const ROLES = ['curator', 'mentor', 'mentee', 'observer', 'region'] as const
export type Role = typeof ROLES[number]

/** Staff sign in with a login and password; a mentor's or mentee's phone enrolls with a one-time code instead. */
const STAFF_ROLES: readonly Role[] = ['curator', 'observer', 'region']
export const isStaff = (role: Role): boolean => STAFF_ROLES.includes(role)
