import { addMessages } from '../i18n/index.ts'

/** Why codes made on this computer's own address lead nowhere (LoopbackWarning.vue). */
const ru = {
  text: 'Наставник открыт по адресу этого компьютера ({host}). Ссылки и QR-коды на карточках ведут на тот же адрес, а на телефоне он означает сам телефон: они не откроются. Откройте Наставник по адресу сервера в школьной сети (сервер пишет его при запуске, его знает администратор) и выдайте карточки оттуда.',
  elsewhere: 'Наставник открыт по адресу этого компьютера ({host}), поэтому ссылки и QR-коды на карточках ведут на адрес сервера в школьной сети: {origin}. Если телефоны его не открывают, администратор задаёт адрес в PUBLIC_URL при запуске сервера.',
}

const en: typeof ru = {
  text: 'Наставник is open at this computer\'s own address ({host}). The links and QR codes on the cards lead to that address, which on a phone means the phone itself: they will not open. Open Наставник at the server\'s address in the school network (the server prints it at start; the administrator knows it) and issue the cards from there.',
  elsewhere: 'Наставник is open at this computer\'s own address ({host}), so the links and QR codes on the cards lead to the server\'s address in the school network: {origin}. If phones cannot open it, the administrator sets the address in PUBLIC_URL when starting the server.',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { loopback: typeof ru }
}

addMessages('loopback', { ru, en })
