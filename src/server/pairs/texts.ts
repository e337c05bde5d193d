import { sentence } from '../shared/text';

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
  noFixedColumn:
    'На листе «Пары и группы» нет столбца «Не менять при подборе». Запустите «Первоначальная настройка».',
  notActive: (id: string, status: string) => `Пара ${id} уже в статусе «${status}».`,
  badDate: (date: string) => `«${date}» — не дата.`,
  futureDate: 'Дата согласия не может быть позже сегодняшнего дня.',
  noPairsChosen: 'Не выбрана ни одна пара.',
  typedNotDate: (value: string, name: string) => `«${value}» (${name}) — не дата; ожидается дд.мм.гггг`,
  typedFuture: (iso: string) =>
    `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} — дата согласия позже сегодняшнего дня`,
  bulkRecorded: (recorded: number, agreed: string[], missing: Array<{ id: string; names: string[] }>) =>
    [
      `Записано согласий: ${recorded}.`,
      agreed.length ? `Согласованы: ${agreed.join(', ')}.` : '',
      missing.length
        ? sentence(`Ещё нет согласий: ${missing.map((m) => `${m.id} — ${m.names.join(', ')}`).join('; ')}`)
        : '',
    ]
      .filter((s) => s)
      .join(' '),
  typedRefused: (lines: string[]) =>
    `Не приняты даты на листе «Пары и группы»:\n${lines.join('\n')}\nИсправьте их и повторите.`,
  notInPair: (email: string, id: string) => `${email} не участвует в паре ${id}.`,
  created: (id: string) => `Создана пара ${id}.`,
  noneToSurvey:
    'Нет пар, закреплённых приказом, — анкетировать некого: анкеты получают участники пар из приказа.',
  allHaveProgrammes: 'У всех действующих пар, закреплённых приказом, программы уже есть.',
  programmesWaitForOrder: (ids: string[]) =>
    `Программы создаются для пар, закреплённых приказом, а ${ids.length === 1 ? 'пара' : 'пары'} ${ids.join(', ')} ещё не ${
      ids.length === 1 ? 'включена' : 'включены'
    } в приказ. Создайте приказ или отметьте нужные пары и повторите.`,
  fixed: (id: string, fixed: boolean) =>
    fixed
      ? `Пара ${id} отмечена «Не менять при подборе»: подбор её не изменит.`
      : `С пары ${id} снята отметка «Не менять при подборе»: подбор может её изменить.`,
  dissolved: (id: string) =>
    `Пара ${id} расторгнута; наставляемые возвращены в банк и будут предложены при следующем подборе.`,
  consentRecorded: (missing: string[], id: string) =>
    missing.length === 0
      ? `Все согласия по паре ${id} получены: статус «Согласована».`
      : sentence(`Согласие записано. Ещё нет согласия: ${missing.join(', ')}`),
};
