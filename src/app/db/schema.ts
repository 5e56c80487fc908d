import Dexie, { type EntityTable } from 'dexie'
import type { Answers } from '#shared/surveys/answers'
import type { BallotView } from '#shared/api/surveys'
import type { Mutation } from '#shared/sync/mutation'
import type { SyncedRecords } from '#shared/sync/entities'
import { ENTITY_NAMES, type EntityName } from '#shared/sync/entityNames'
import type { ProblemCode, ProblemParams } from '#shared/problems'
import type { RejectionCode } from '#shared/sync/protocol'

/** Device-only key/value facts: client id, session, last sync, storage persistence answer. */
interface MetaEntry {
  key: string
  value: unknown
}

/** An outbox row is a mutation waiting for the server; `seq` is Dexie's auto-increment key. */
export type OutboxEntry = Omit<Mutation, 'seq'> & { seq?: number }

/** What a form held when last touched, under a key naming the form and its record. Never synced. */
interface FormDraft {
  key: string
  value: Record<string, unknown>
  savedAt: string
}

/** A change the server refused for good: kept for its author, whole, until they choose to remove it. */
export interface Rejection {
  id?: number
  entity: EntityName
  recordId: string
  op: Mutation['op']
  fields: Record<string, unknown>
  code: RejectionCode | 'too_large'
  /** Why, as the server's code and params (src/shared/sync/problems.ts); worded by `problemText`. */
  problem?: ProblemCode
  params?: ProblemParams
  /** The server's Russian words, in rejections stored before problem codes. */
  reason?: string
  field?: string
  /** When the author made the change (device clock). */
  madeAt: string
  /**
   * The whole record as this device had it when the refusal came, before the server's copy replaced it: a meeting
   * refused after its pair changed hands is the only copy of a meeting that took place.
   */
  record?: Record<string, unknown>
  /** Handed to the curator (src/app/data/handovers.ts): under which id, and when. */
  handover?: { id: string, at: string }
}

/**
 * A respondent's questionnaire on this phone, under the ballot code: the template as fetched once, the
 * answers as typed, and where the answer stands. Device-local, never synced (see features/surveys/answer).
 */
export interface BallotDraft {
  code: string
  ballot: BallotView
  answers: Answers
  /** editing → queued (saved, waiting for the network) → sent; `refused` when the server said no for good. */
  status: 'editing' | 'queued' | 'sent' | 'refused'
  savedAt: string
  sentAt?: string
  /** The server's sentence when it refused, or when the template changed under the respondent. */
  problem?: string
  /** A send got no reply: it may have been counted, so a later «code used» means it was. */
  uncertain?: boolean
}

/** A table per synced entity (from the registry), then the device-only ones. */
export type NastavnikDb = Dexie & { [E in EntityName]: EntityTable<SyncedRecords[E], 'id'> } & {
  ballotDrafts: EntityTable<BallotDraft, 'code'>
  rejections: EntityTable<Rejection, 'id'>
  drafts: EntityTable<FormDraft, 'key'>
  outbox: EntityTable<OutboxEntry, 'seq'>
  meta: EntityTable<MetaEntry, 'key'>
}

const DB_NAME = 'nastavnik'

/**
 * Every version of the schema, oldest first. Append only: an installed app may open a database
 * written by any earlier version. Dexie is told them merged (`declaredVersions`); the tests replay the chain.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number, stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      programs: 'id, status, deleted',
      outbox: '++seq, entity',
      meta: 'key',
    },
  },
  {
    // v2: the pull must find the fields still pending for one record, to re-apply them over the server's copy.
    version: 2,
    stores: {
      outbox: '++seq, entity, [entity+id]',
    },
  },
  {
    // v3: the synced registries and journal, and the rejections the server sent back.
    version: 3,
    stores: {
      people: 'id, deleted, category, classGroup, isMentor, isMentee',
      pairs: 'id, deleted, programId, mentorId, status, *menteeIds',
      meetings: 'id, deleted, pairId, date, [pairId+date]',
      planItems: 'id, deleted, pairId',
      rejections: '++id, [entity+recordId]',
    },
  },
  {
    // v4: the curator's registries of consents, partners and roadmap events.
    version: 4,
    stores: {
      consents: 'id, deleted, personId',
      partners: 'id, deleted',
      roadmapItems: 'id, deleted, programId',
    },
  },
  {
    // v5: drafts of forms being filled, so a closed tab or an incoming call loses nothing typed.
    version: 5,
    stores: {
      drafts: 'key',
    },
  },
  {
    // v6: questionnaires and campaigns (synced), and a respondent's ballot answers kept on the phone (device-only).
    version: 6,
    stores: {
      surveyTemplates: 'id, deleted, audience, basedOn',
      surveyCampaigns: 'id, deleted, templateId, programId',
      ballotDrafts: 'code, status',
    },
  },
  {
    // v7: monitoring — the school's yearly targets and totals, awards, best practices, the справка's text.
    version: 7,
    stores: {
      indicatorYears: 'id, deleted, year',
      awards: 'id, deleted, personId, programId, date',
      practices: 'id, deleted, programId',
      reportNotes: 'id, deleted, programId',
    },
  },
  {
    // v8: named answers (synced), found by campaign for the respondent's list and the curator's counts.
    version: 8,
    stores: {
      surveyResponses: 'id, deleted, campaignId, personId',
    },
  },
  {
    // v9: meetings drop the single `pairId` and `date` indexes: [pairId+date] serves every query by pair, and
    // each index costs every write (10,000 meetings in a curator's first pull). `deleted` stays, as on every
    // synced table.
    version: 9,
    stores: {
      meetings: 'id, deleted, [pairId+date]',
    },
  },
  {
    // v10: `date` comes back. The curator's journal of meetings reads the school's newest first, a page at a
    // time and by month; without it that query would read all 10,000 meetings to sort them. One index is the
    // price on each write of the first pull; [pairId+date] cannot serve it, as it orders by pair first.
    version: 10,
    stores: {
      meetings: 'id, deleted, date, [pairId+date]',
    },
  },
  {
    // v11: one roadmap per school and period (stages inside), its events, and the school's own templates.
    version: 11,
    stores: {
      roadmaps: 'id, deleted, startDate',
      roadmapEvents: 'id, deleted, roadmapId',
      roadmapTemplates: 'id, deleted',
    },
  },
  {
    // v12: the school's own indicator definitions (who counts, targets and totals per year).
    version: 12,
    stores: {
      indicatorDefinitions: 'id, deleted',
    },
  },
  {
    // v13: a field two devices changed unaware of each other, kept with both values until its authors settle it.
    version: 13,
    stores: {
      conflicts: 'id, deleted, recordId',
    },
  },
  {
    // v14: the school's requisites (one record) and the documents' drafts as the curator edited them.
    version: 14,
    stores: {
      schoolRequisites: 'id, deleted',
      documentDrafts: 'id, deleted',
    },
  },
]

/**
 * The versions that add a synced table. The app before such a version ignored the server's records of the new
 * tables while its cursor moved past them: the first pull after the update must start afresh (a reset) to
 * bring them. Derived from the stores, so a version that adds a synced table can never forget to do it.
 */
export const RESETTING_VERSIONS: ReadonlySet<number> = (() => {
  const known = new Set<string>()
  const resetting = new Set<number>()
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (Object.keys(stores).some(table => (ENTITY_NAMES as readonly string[]).includes(table) && !known.has(table)))
      resetting.add(version)
    Object.keys(stores).forEach(table => known.add(table))
  }
  return resetting
})()

/**
 * What Dexie is told: the versions up to the last that forgets the cursor as ONE version (their stores merged,
 * with that upgrade), then each later one. Dexie parses every declared version again at each declaration and
 * diffs an old database against its real stores, not the chain; an upgrade from anywhere below that version
 * crosses it and forgets the cursor anyway. Fourteen declarations took about 300 ms of every start at
 * Lighthouse's 4× CPU slowdown (a cheap phone), in the task that mounts the first screen.
 */
export function declaredVersions(versions: typeof SCHEMA_VERSIONS = SCHEMA_VERSIONS, resetting: ReadonlySet<number> = RESETTING_VERSIONS): Array<{ version: number, stores: Record<string, string | null>, resets: boolean }> {
  const last = Math.max(0, ...resetting)
  const upTo = versions.filter(v => v.version <= last)
  const merged = Object.fromEntries(Object.entries(Object.assign({}, ...upTo.map(v => v.stores)) as Record<string, string | null>)
    .filter(([, spec]) => spec !== null))
  const collapsed = upTo.length ? [{ version: last, stores: merged, resets: true }] : []
  return [...collapsed, ...versions.filter(v => v.version > last).map(v => ({ ...v, resets: false }))]
}

/**
 * `relaxed`: its transactions are done once IndexedDB has the data, before it is flushed to the disk (Chromium's
 * default waits for the flush). Only for writes the server can give again: see `relaxedConnection`.
 */
export function openDatabase(name: string = DB_NAME, durability?: 'relaxed'): NastavnikDb {
  const db = new Dexie(name, durability && { chromeTransactionDurability: durability }) as NastavnikDb
  for (const { version, stores, resets } of declaredVersions()) {
    const declared = db.version(version).stores(stores)
    if (resets)
      declared.upgrade(tx => tx.table('meta').delete('cursor'))
  }
  return db
}
