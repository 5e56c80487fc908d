/** Month names as a deadline shows them: «сентябрь 2021», «с октября 2021», «September 2021». */
export const MONTHS_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const
export const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

// Stems cover every case form a school writes: «октябрь», «октября», «октябре»; «май», «мая», «мае».
const STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const ENDINGS = /^(?:|ь|я|е|ю|ем|ём|й|а|у|ом)$/

/** The month (1–12) a Russian word names in any case form, or undefined («мае» → 5, «марта» → 3). */
export function monthOfWord(word: string): number | undefined {
  const lower = word.toLowerCase()
  // The endings are what keeps «марта» from reading as «ма» + «рта».
  const index = STEMS.findIndex(stem => lower.startsWith(stem) && ENDINGS.test(lower.slice(stem.length)))
  return index < 0 ? undefined : index + 1
}
