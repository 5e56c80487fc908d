import { localCalendarDate } from '#shared/dates'
import type { SheetData } from 'write-excel-file/universal'
import { downloadXlsx } from '../download.ts'
import { db } from '../../db/index.ts'
import { t } from '../../i18n/index.ts'
import '../../features/exports/messages.ts'
import { meetingsSheet } from './programSheets.ts'
import { type ExportKind, pairsSheet, peopleSheet } from './sheets.ts'

/** What a registry's table can export: a base, the pairs, the meetings; all of them or the rows selected. */
export type RecordsKind = ExportKind | 'people' | 'meetings'

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map(r => [r.id, r]))
const live = <T extends { deleted: 0 | 1 }>(records: ReadonlyArray<T | undefined>) => records.filter((r): r is T => r !== undefined && !r.deleted)

/** The sheet of a kind: its live records, or only those of `ids` (a table's selection). */
async function sheetOf(kind: RecordsKind, ids?: readonly string[]): Promise<SheetData> {
  const people = await db.people.where('deleted').equals(0).toArray()
  const names = new Map(people.map(p => [p.id, p.name]))
  if (kind === 'pairs') {
    const pairs = ids ? live(await db.pairs.bulkGet([...ids])) : await db.pairs.where('deleted').equals(0).toArray()
    return pairsSheet(pairs, byId(await db.programs.toArray()), names)
  }
  if (kind === 'meetings') {
    const meetings = ids ? live(await db.meetings.bulkGet([...ids])) : await db.meetings.where('deleted').equals(0).toArray()
    return meetingsSheet(meetings, byId(await db.pairs.toArray()), names)
  }
  const partners = new Map((await db.partners.toArray()).map(p => [p.id, p.name]))
  const chosen = ids ? new Set(ids) : undefined
  return peopleSheet(chosen ? people.filter(p => chosen.has(p.id)) : people, kind, partners)
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
