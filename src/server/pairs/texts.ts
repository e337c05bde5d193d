export const TEXTS = {
  noMentor: (email: string) => `Наставник «${email}» не найден в «Банк наставников».`,
  inactiveMentor: (name: string, status: string) =>
    `${name}: статус в банке наставников «${status}» — такого наставника нельзя назначить.`,
  noMentees: 'Не выбран ни один наставляемый.',
  noMentee: (email: string) => `Наставляемый «${email}» не найден в «Банк наставляемых».`,
  self: (name: string) => `${name} не может быть наставником самому (самой) себе.`,
  alreadyPaired: (name: string, id: string) => `${name} уже в паре ${id}. Сначала расторгните её.`,
  overCapacity: (name: string, capacity: number, load: number) =>
    `У наставника ${name} уже наставляемых: ${load}, максимум — ${capacity}. Увеличьте «Макс. наставляемых» в банке наставников или выберите другого наставника.`,
  byHand: 'Пара составлена куратором вручную.',
  noPair: (id: string) => `Пара «${id}» не найдена на листе «Пары и группы».`,
  noFixedColumn: 'На листе «Пары и группы» нет столбца «Закреплена». Запустите «Первоначальная настройка».',
  notActive: (id: string, status: string) => `Пара ${id} уже в статусе «${status}».`,
  badDate: (date: string) => `«${date}» — не дата.`,
  futureDate: 'Дата согласия не может быть позже сегодняшнего дня.',
  notInPair: (email: string, id: string) => `${email} не участвует в паре ${id}.`,
  created: (id: string) => `Создана пара ${id}.`,
  fixed: (id: string, fixed: boolean) =>
    fixed ? `Пара ${id} закреплена: подбор её не изменит.` : `Пара ${id} больше не закреплена.`,
  dissolved: (id: string) =>
    `Пара ${id} расторгнута; наставляемые возвращены в банк и будут предложены при следующем подборе.`,
  consentRecorded: (missing: string[], id: string) =>
    missing.length === 0
      ? `Все согласия по паре ${id} получены: статус «Согласована».`
      : `Согласие записано. Ещё нет согласия: ${missing.join(', ')}.`,
};
