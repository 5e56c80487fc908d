import type { ImportedEvent, ImportedRoadmap } from './importedRoadmap.ts'
import type { ColumnRole } from './tableHeader.ts'

const FIELD_ROLES: Record<string, ColumnRole> = { deadline: 'deadline', responsible: 'responsible', plannedResult: 'result' }

/**
 * The column of the school's table an imported event's field was read from, by its header: a title from the
 * column of its sphere (seed 000's «Работа внутри учреждения»), a deadline with no column of its own from the
 * stage's (seed 000 writes it after the stage's title). A field no cell gave is the event's, named by its title's.
 * `path` is the field as a refusal names it (`deadline.text`).
 */
export function eventColumn(table: Pick<ImportedRoadmap, 'columns'>, event: Pick<ImportedEvent, 'sphere'>, path: string): string {
  const title = table.columns[event.sphere || 'title'] ?? ''
  const role = FIELD_ROLES[path.split('.')[0]!]
  if (role === 'deadline')
    return table.columns.deadline ?? table.columns.stage ?? title
  return (role && table.columns[role]) ?? title
}
