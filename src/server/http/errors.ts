import type { ApiError, ApiErrorCode } from '#shared/api/errors'
import type { StorageFault } from '../storage/health.ts'
import { PROBLEM_TEXTS_RU, type ProblemCode, type ProblemParams, russianProblem } from '#shared/problems'

/** What a refusal says beyond its code: a problem the app words, its params, and the field it is about. */
export interface Why {
  problem?: ProblemCode
  params?: ProblemParams
  field?: string
}

/** The Russian `message` of a code that comes without a problem: for logs, curl and an app that predates codes. */
const MESSAGES: Record<ApiErrorCode, string> = {
  bad_request: 'Неверный запрос',
  unauthorized: 'Нужно войти заново: сессия не найдена или завершена',
  forbidden: 'Недостаточно прав для этого действия',
  not_found: 'Не найдено',
  too_large: 'Запрос слишком большой',
  rate_limited: 'Слишком много запросов: подождите и попробуйте снова',
  protocol_unsupported: 'Версия приложения устарела: обновите приложение',
  setup_token_invalid: 'Неверный код установки: возьмите его из консоли, где запущен сервер',
  setup_done: 'Школа уже создана: войдите',
  login_failed: 'Неверный логин или пароль',
  revoked: 'Доступ этого устройства отозван куратором',
  expired: 'Сессия истекла: войдите снова',
  enrollment_invalid: 'Код недействителен или истёк: попросите куратора выдать новый',
  conflict: 'Запрос противоречит данным на сервере',
  ballot_unknown: 'Такого кода нет: проверьте, как он набран, или отсканируйте QR-код с карточки',
  ballot_used: 'Этот код уже использован: по одной карточке отвечают один раз',
  campaign_closed: PROBLEM_TEXTS_RU.campaign_closed,
  campaign_not_open: PROBLEM_TEXTS_RU.campaign_not_open,
  template_outdated: 'Анкета изменилась, пока вы отвечали: проверьте ответы и отправьте снова',
  unavailable: 'Сервер временно не принимает запросы',
  insufficient_storage: 'На сервере кончилось место на диске',
  internal: 'Внутренняя ошибка сервера',
}

/** A refusal a handler throws; the error handler turns it into the ApiError body the app understands. */
export class HttpError extends Error {
  override name = 'HttpError'
  readonly status: number
  readonly code: ApiErrorCode
  readonly why: Why

  constructor(status: number, code: ApiErrorCode, why: Why = {}) {
    super(why.problem ? russianProblem(why.problem, why.params, why.field) : MESSAGES[code])
    this.status = status
    this.code = code
    this.why = why
  }

  toBody(): ApiError {
    const { problem, params, field } = this.why
    return {
      error: this.code,
      message: this.message,
      ...(field === undefined ? {} : { field }),
      ...(problem === undefined ? {} : { problem }),
      ...(params === undefined ? {} : { params }),
    }
  }
}

/** The problem each storage fault is told as. */
export const FAULT_PROBLEM = { damaged: 'db_damaged', full: 'disk_full' } as const satisfies Record<StorageFault, ProblemCode>

/** A damaged database refuses everything for now (503); a full disk refuses the write that needed room (507). */
export function storageError(fault: StorageFault): HttpError {
  return fault === 'full'
    ? new HttpError(507, 'insufficient_storage', { problem: FAULT_PROBLEM.full })
    : new HttpError(503, 'unavailable', { problem: FAULT_PROBLEM.damaged })
}
