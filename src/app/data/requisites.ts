import { SCHOOL_REQUISITES_ID, type SchoolRequisites } from '#shared/model/schoolRequisites'
import type { RecordFields } from '#shared/model/record'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { useSession } from '../stores/session.ts'

export type Requisites = RecordFields<SchoolRequisites>

/**
 * The requisites as a document prints them, with the name of the curator signed in on this device: theirs is the
 * curator's signature while the requisites name no curator (an observer's device has none).
 */
export type DocumentRequisites = Requisites & { signedInCurator?: string }

/** What a document prints before the curator has typed the requisites: the school's name from the sign-in. */
export function blankRequisites(schoolName = ''): Requisites {
  return {
    fullName: schoolName, shortName: '', address: '', city: '', directorName: '', directorPosition: '', curatorName: '', curatorPosition: '',
    namePrepositional: '', nameGenitive: '', directorNameForms: { of: '' }, curatorNameForms: { of: '' },
  }
}

/** Requisites as a document prints them: the fields typed, and `blankRequisites`' for those left empty. */
export function asPrinted(typed: Partial<Requisites>, schoolName: string): Requisites {
  const blank = blankRequisites(schoolName)
  const filled = Object.entries(typed).filter(([key, value]) => key in blank && value !== '')
  return { ...blank, ...Object.fromEntries(filled) }
}

/** The school's requisites as every document prints them (`asPrinted`), with the curator signed in on this device. */
export function useRequisites() {
  const session = useSession()
  return useLiveQuery(async (): Promise<DocumentRequisites> => {
    const stored = await db.schoolRequisites.get(SCHOOL_REQUISITES_ID)
    const signedIn = { signedInCurator: session.user?.role === 'curator' ? session.user.name : '' }
    return { ...asPrinted(stored && !stored.deleted ? stored : {}, session.user?.schoolName ?? ''), ...signedIn }
  })
}
