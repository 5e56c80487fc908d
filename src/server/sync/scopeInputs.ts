import type { EntityName } from '#shared/sync/entityNames'

/**
 * The entities a mentor's or mentee's scope and its overlays are read from (the `scope` and `overlay` hooks of
 * rules/pairs.ts and rules/surveyResponses.ts): a write to one of them moves the school's `scope_version`, which
 * is what a cached scope is kept by (scope.ts, `ScopeCache`). A hook that reads another entity must add it here;
 * tests/server/scope-cache.test.ts fails until it does.
 */
export const SCOPE_INPUTS: ReadonlySet<EntityName> = new Set<EntityName>(['pairs', 'people', 'consents', 'surveyCampaigns'])
