import { addMessages } from '../../i18n/index.ts'

/** Two devices changed the same field: the notices on the record and the curator's list. */
const ru = {
  title: 'Правки с двух устройств',
  notice: '{entity}: поле «{field}» изменили на двух устройствах, не видя правок друг друга.',
  aField: 'одно из полей',
  now: 'Сейчас',
  replaced: 'Было заменено',
  author: '{name}, пришло на сервер {when}',
  someone: 'другое устройство',
  empty: '(пусто)',
  other: '(другое значение)',
  items: { one: '{n} отмечен', few: '{n} отмечены', many: '{n} отмечено', other: '{n} отмечено' },
  restore: 'Вернуть заменённое',
  both: 'Оставить оба текста',
  keep: 'Оставить как сейчас',
  open: 'Открыть запись',
  count: { one: 'Есть {n} правка, сделанная на двух устройствах', few: 'Есть {n} правки, сделанные на двух устройствах', many: 'Есть {n} правок, сделанных на двух устройствах', other: 'Есть {n} правки, сделанные на двух устройствах' },
  none: 'Расхождений нет: все правки с разных устройств сошлись.',
  intro: 'Когда два устройства меняют одно поле, не видя правок друг друга, остаётся правка, пришедшая на сервер последней, — телефон без сети присылает свою позже, даже если сделал её раньше. Заменённая ждёт здесь: её можно вернуть или оставить оба текста.',
}

const en: typeof ru = {
  title: 'Edits from two devices',
  notice: '{entity}: the field «{field}» was changed on two devices, neither seeing the other\'s edit.',
  aField: 'one of the fields',
  now: 'Now',
  replaced: 'Replaced',
  author: '{name}, reached the server {when}',
  someone: 'another device',
  empty: '(empty)',
  other: '(another value)',
  items: { one: '{n} chosen', few: '{n} chosen', many: '{n} chosen', other: '{n} chosen' },
  restore: 'Bring back the replaced one',
  both: 'Keep both texts',
  keep: 'Keep as it is',
  open: 'Open the record',
  count: { one: '{n} edit was made on two devices', few: '{n} edits were made on two devices', many: '{n} edits were made on two devices', other: '{n} edits were made on two devices' },
  none: 'No conflicts: edits from different devices all agree.',
  intro: 'When two devices change one field without seeing each other\'s edit, the edit that reached the server last stays: a phone without a network sends its own later, even if it made it earlier. The replaced one waits here: bring it back or keep both texts.',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { conflicts: typeof ru }
}

addMessages('conflicts', { ru, en })
