import type { ConsentKind, Consent } from '#shared/model/consent'
import type { Parsed } from '../cells.ts'
import { normalizeHeader } from '../mapping.ts'
import { type Cell, cellText } from '../../../data/spreadsheet.ts'

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })

/**
 * «ПДн», «на обработку персональных данных», «152-ФЗ»; «на наставничество», «ст. 351.8», «допсоглашение». An empty
 * cell is a duties consent when the row has an agreement number, else a personal-data one (as the model's default).
 */
export function parseKind(cell: Cell, hasAgreement: boolean): Parsed<ConsentKind> {
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok(hasAgreement ? 'mentor_duties' : 'pdn')
  if (/пдн|персональн|152|pdn|personal/u.test(text))
    return ok('pdn')
  if (/наставни|351|соглашени|mentor|duties/u.test(text))
    return ok('mentor_duties')
  return { ok: false, problem: 'unknown_kind' }
}

/**
 * «сам участник», «лично», «работник» → self; «законный представитель», «родитель», «мать», «опекун» → guardian.
 * An empty cell is the guardian's when a guardian is named, else the person's own.
 */
export function parseSigner(cell: Cell, guardianNamed: boolean): Parsed<Consent['signedBy']> {
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok(guardianNamed ? 'guardian' : 'self')
  if (/представител|родител|мать|мама|отец|папа|опекун|попечител|guardian|parent/u.test(text))
    return ok('guardian')
  if (/^(?:сам|лично|участни|обучающ|учени|работник|сотрудник|педагог|наставник|self)/u.test(text))
    return ok('self')
  return { ok: false, problem: 'unknown_signer' }
}
