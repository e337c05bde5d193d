export const TEXTS = {
  duplicate: (email: string, first: number) =>
    `«${email}» уже есть в строке ${first} — один человек должен быть в банке один раз`,
  unknownTopics: (topics: string[]) =>
    `${topics.map((t) => `«${t}»`).join(', ')} — нет на листе «Темы» (подбор учтёт их как свободный текст)`,
  noId: 'у пары нет ID',
  duplicateId: (id: string, first: number) => `ID «${id}» уже есть в строке ${first}`,
  unknownPerson: (name: string) => `«${name}» — не найден(а) в банках; укажите как «ФИО <email>»`,
  selfMentoring: (name: string) => `${name} не может быть наставником самому (самой) себе`,
  agreedWithoutConsent: (status: string, names: string[]) =>
    `статус «${status}», но нет даты письменного согласия: ${names.join(', ')}`,
  endBeforeStart: 'окончание раньше начала',
  overloaded: (capacity: number, current: number) =>
    `наставляемых в парах: ${current}, а максимум — ${capacity}`,
  formRepublished: (title: string) =>
    `форма «${title}» не была опубликована и не принимала ответы — теперь она опубликована и принимает ответы`,
  formUnpublished: (title: string) =>
    `форма «${title}» не опубликована и не принимает ответы; опубликовать её может владелец формы (кнопка «Опубликовать» в редакторе формы)`,
  none: 'Проблем не найдено.',
};

/** Why a row of a bank is left out of «Подобрать наставников». */
export const LEFT_OUT = {
  badEmail: (value: string, role: 'mentee' | 'mentor') =>
    `не участвует в подборе ${role === 'mentee' ? 'наставника' : 'как наставник'}: «${value}» — не похоже на адрес электронной почты; исправьте Email в строке`,
  noEmail: (role: 'mentee' | 'mentor') =>
    `не участвует в подборе ${role === 'mentee' ? 'наставника' : 'как наставник'}: не указан Email`,
};
