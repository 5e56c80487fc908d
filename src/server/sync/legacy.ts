import { russianProblem } from '#shared/problems'
import type { Rejection } from './context.ts'

/**
 * A refusal in the Russian words protocol 1 showed as they came (`reason`): an app that has not updated yet
 * keeps showing them, and the stored rejection keeps them for whoever reads the database.
 */
export const legacyReason = ({ problem, params, field }: Rejection): string => russianProblem(problem, params, field)
