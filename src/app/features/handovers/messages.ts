import { addMessages } from '../../i18n/index.ts'

/** Changes the server refused, listed by the server itself or handed over by their authors (curator and observer). */
const ru = {
  title: 'Изменения, не принятые сервером',
  intro: 'Сервер не принял эти изменения (например, встречу записали, пока пара была у прежнего наставника) и сохранил их для вас; другие авторы передали вам сами. Внесите запись от имени автора или отложите её.',
  none: 'Непринятых изменений нет.',
  refused: 'Не принято сервером: {reason}',
  handed: 'Передано автором: {reason}',
  offline: 'Список приходит с сервера: подключитесь к сети.',
  from: '{author}, запись от {when}',
  pair: 'Пара сейчас: {pair}',
  accept: 'Внести от имени автора',
  setAside: 'Отложить',
  confirmSetAside: 'Отложить это изменение? Оно исчезнет из списка; у автора оно останется на устройстве.',
}

const en: typeof ru = {
  title: 'Changes the server refused',
  intro: 'The server refused these changes (say, a meeting logged while the pair was still with its previous mentor) and kept them for you; other authors handed theirs over. Enter a record on its author\'s behalf or set it aside.',
  none: 'No refused changes.',
  refused: 'Not accepted by the server: {reason}',
  handed: 'Handed over by the author: {reason}',
  offline: 'The list comes from the server: connect to the network.',
  from: '{author}, written {when}',
  pair: 'The pair now: {pair}',
  accept: 'Enter on the author\'s behalf',
  setAside: 'Set aside',
  confirmSetAside: 'Set this change aside? It leaves the list; its author keeps it on their device.',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { handovers: typeof ru }
}

addMessages('handovers', { ru, en })
