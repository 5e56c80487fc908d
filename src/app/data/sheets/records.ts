import { localCalendarDate } from '#shared/dates'
import type { SheetData } from 'write-excel-file/universal'
import { downloadXlsx } from '../download.ts'
import { db } from '../../db/index.ts'
import { t } from '../../i18n/index.ts'
import '../../features/exports/messages.ts'
import { campaignResults } from '../surveysApi.ts'
import { awardsSheet, meetingsSheet, pairLabel, practicesSheet, surveysSheet } from './programSheets.ts'
import { type ExportKind, pairsSheet, peopleSheet } from './sheets.ts'

/** What a registry's table can export: a base, the pairs, the meetings, awards, practices, campaigns; all of them or the rows selected. */
export type RecordsKind = ExportKind | 'people' | 'meetings' | 'awards' | 'practices' | 'surveys'

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map(r => [r.id, r]))
const live = <T extends { deleted: 0 | 1 }>(records: ReadonlyArray<T | undefined>) => records.filter((r): r is T => r !== undefined && !r.deleted)
/** What `chosen` reads of a Dexie table of synced records. */
interface SyncedTable<T> {
  bulkGet(ids: string[]): Promise<Array<T | undefined>>
  where(index: 'deleted'): { equals(value: 0): { toArray(): Promise<T[]> } }
}
/** A table's live records: all of them, or those of `ids` (a table's selection). */
const chosen = async <T extends { deleted: 0 | 1 }>(table: SyncedTable<T>, ids: readonly string[] | undefined): Promise<T[]> =>
  (ids ? live(await table.bulkGet([...ids])) : table.where('deleted').equals(0).toArray())

/** The sheet of a kind: its live records in the sheet's order, or those of `ids` (a table's selection) in theirs. */
async function sheetOf(kind: RecordsKind, ids?: readonly string[]): Promise<SheetData> {
  const people = await db.people.where('deleted').equals(0).toArray()
  const names = new Map(people.map(p => [p.id, p.name]))
  const order = ids ? 'given' : 'sheet'
  switch (kind) {
    case 'pairs':
      return pairsSheet(await chosen(db.pairs, ids), byId(await db.programs.toArray()), names, order)
    case 'meetings':
      return meetingsSheet(await chosen(db.meetings, ids), byId(await db.pairs.toArray()), await db.programs.toArray(), names, order)
    case 'awards':
      return awardsSheet(await chosen(db.awards, ids), names, order)
    case 'practices':
      return practicesSheet(await chosen(db.practices, ids), new Map((await db.pairs.toArray()).map(p => [p.id, pairLabel(p, names)])), order)
    case 'surveys':
      return surveysSheet(await chosen(db.surveyCampaigns, ids), new Map((await db.surveyTemplates.toArray()).map(t => [t.id, t.name])), await campaignResults(), order)
  }
  const partners = new Map((await db.partners.toArray()).map(p => [p.id, p.name]))
  const living = byId(people)
  return peopleSheet(ids ? ids.flatMap(id => living.get(id) ?? []) : people, kind, partners, order)
}

/**
 * Builds the .xlsx of a kind and hands it to the browser; returns the file's name. A selection's file says so
 * in its name, so it is not taken for the whole base.
 */
export async function exportRecords(kind: RecordsKind, ids?: readonly string[]): Promise<string> {
  const title = t(`exports.files.${kind}`)
  const name = `${ids ? t('exports.selectionOf', { title }) : title} ${localCalendarDate()}.xlsx`
  await downloadXlsx(name, await sheetOf(kind, ids), title)
  return name
}
