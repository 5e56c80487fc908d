import type { HistoryState } from 'vue-router'

/**
 * What the roadmap's import hands the indicator table page in the history's state: the indicator table of the document
 * it read (as text `parseIndicatorTable` reads), and the roadmap it saved from that document, to go on to.
 */
export interface HandedTable { indicatorTable: string, roadmapId: string }

export const HANDED_TABLE_PATH = '/monitoring/definitions/paste'

/** The table handed to the page now shown (the router's history state), if it came from an import; a reload keeps it. */
export function handedTable(state: HistoryState): HandedTable | undefined {
  const { indicatorTable, roadmapId } = state
  return typeof indicatorTable === 'string' && typeof roadmapId === 'string' ? { indicatorTable, roadmapId } : undefined
}
