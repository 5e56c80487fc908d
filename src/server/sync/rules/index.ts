import type { EntityName } from '#shared/sync/entityNames'
import type { EntityRule } from '../context.ts'
import { conflicts } from './conflicts.ts'
import { consents } from './consents.ts'
import { meetings } from './meetings.ts'
import { pairs } from './pairs.ts'
import { planItems } from './planItems.ts'
import { people } from './people.ts'
import { surveyResponses } from './surveyResponses.ts'

/**
 * The rule modules, by entity. Order matters for scope hooks: they run in this order, and the named surveys'
 * hook reads the programs the pairs' hook found.
 */
export const RULES: Partial<Record<EntityName, EntityRule>> = { pairs, people, surveyResponses, meetings, planItems, consents, conflicts }
