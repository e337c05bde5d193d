// The school's roadmap (shared/seed/roadmap.ru.txt): 14 items with their wording, stage, default
// deadline and who answers for them. Setup writes these as the rows of Дорожная карта.
import type { ItemId, RoadmapItemDef } from './types';

const STAGE = {
  1: '1. Подготовка условий для реализации системы наставничества',
  2: '2. Формирование банка наставляемых',
  3: '3. Формирование банка наставников',
  4: '4. Отбор и обучение',
  5: '5. Организация и осуществление работы',
  6: '6. Завершение персонализированных программ наставничества',
  7: '7. Информационная поддержка системы наставничества',
} as const;

/** Where the 7.1 wording names the school; replaced by the short name in the seeded rows. */
const SCHOOL = '{школа}';

export const ROADMAP_ITEMS: readonly RoadmapItemDef[] = [
  {
    id: '1.1',
    stage: STAGE[1],
    title:
      'Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение ' +
      'на них дополнительных обязанностей, связанных с наставнической деятельностью',
    short: 'Приказ о закреплении наставнических пар/групп',
    deadlineText: 'Ежегодно, до 1 октября',
    deadline: { kind: 'annual', m: 10, d: 1 },
    responsible: 'директор',
  },
  {
    id: '1.2',
    stage: STAGE[1],
    title: 'Подготовка персонализированных программ наставничества – при наличии в организации наставляемых',
    short: 'Подготовка персонализированных программ наставничества',
    deadlineText: 'Ежегодно, до 1 ноября',
    deadline: { kind: 'annual', m: 11, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '2.1',
    stage: STAGE[2],
    title: 'Сбор информации о профессиональных запросах педагогов',
    short: 'Сбор профессиональных запросов педагогов',
    deadlineText: 'Ежегодно, до 15 сентября',
    deadline: { kind: 'annual', m: 9, d: 15 },
    responsible: 'куратор',
  },
  {
    id: '2.2',
    stage: STAGE[2],
    title: 'Формирование банка данных наставляемых',
    short: 'Банк данных наставляемых',
    deadlineText: 'Ежегодно, до 1 октября',
    deadline: { kind: 'annual', m: 10, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '3.1',
    stage: STAGE[3],
    title: 'Формирование банка данных наставников',
    short: 'Банк данных наставников',
    deadlineText: 'Ежегодно, до 15 сентября',
    deadline: { kind: 'annual', m: 9, d: 15 },
    responsible: 'куратор',
  },
  {
    id: '4.1',
    stage: STAGE[4],
    title:
      'Анализ банка наставников и выбор подходящих для конкретной персонализированной программы ' +
      'наставничества педагога/группы педагогов',
    short: 'Выбор наставников для наставляемых',
    deadlineText: 'Ежегодно, до 1 октября',
    deadline: { kind: 'annual', m: 10, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '4.2',
    stage: STAGE[4],
    title:
      'Обучение наставников: а) подготовка методических материалов для сопровождения наставнической ' +
      'деятельности; б) проведение консультаций, организация обмена опытом среди наставников',
    short: 'Обучение наставников',
    deadlineText: 'Ежегодно',
    deadline: { kind: 'yearly' },
    responsible: 'куратор',
  },
  {
    id: '5.1',
    stage: STAGE[5],
    title: 'Формирование наставнических пар/групп',
    short: 'Формирование наставнических пар/групп',
    deadlineText: 'Ежегодно, до 1 октября',
    deadline: { kind: 'annual', m: 10, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '5.2',
    stage: STAGE[5],
    title: 'Разработка персонализированных программ наставничества для каждой пары/группы',
    short: 'Программы для каждой пары/группы',
    deadlineText: 'Ежегодно, до 1 ноября',
    deadline: { kind: 'annual', m: 11, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '5.3',
    stage: STAGE[5],
    title:
      'Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару ' +
      'или группу (при необходимости), продолжение поиска наставника/наставников',
    short: 'Поддержка наставляемых без пары',
    deadlineText: 'Постоянно',
    deadline: { kind: 'constant' },
    responsible: 'куратор',
  },
  {
    id: '6.1',
    stage: STAGE[6],
    title:
      'Проведение мониторинга качества реализации персонализированных программ наставничества (анкетирование)',
    short: 'Мониторинг (анкетирование)',
    deadlineText: 'Ежегодно, до 1 июня',
    deadline: { kind: 'annual', m: 6, d: 1 },
    responsible: 'куратор',
  },
  {
    id: '6.2',
    stage: STAGE[6],
    title: 'Проведение конференции или семинара по вопросу наставничества',
    short: 'Конференция или семинар',
    deadlineText: 'Ежегодно',
    deadline: { kind: 'yearly' },
    responsible: 'куратор',
  },
  {
    id: '6.3',
    stage: STAGE[6],
    title:
      'Проведение итогового мероприятия (круглого стола) по выявлению лучших практик наставничества; ' +
      'пополнение методической копилки педагогических практик наставничества',
    short: 'Круглый стол и методическая копилка',
    deadlineText: 'Ежегодно',
    deadline: { kind: 'yearly' },
    responsible: 'куратор',
  },
  {
    id: '7.1',
    stage: STAGE[7],
    title: `Освещение мероприятий Дорожной карты осуществляется на всех этапах на официальном сайте ${SCHOOL} и социальных сетях`,
    short: 'Освещение мероприятий на сайте и в социальных сетях',
    deadlineText: 'Постоянно',
    deadline: { kind: 'constant' },
    responsible: 'куратор',
  },
];

export const ITEM_IDS: readonly ItemId[] = ROADMAP_ITEMS.map((i) => i.id);

const BY_ID = new Map<string, RoadmapItemDef>(ROADMAP_ITEMS.map((i) => [i.id, i]));

export function itemDef(id: string): RoadmapItemDef | undefined {
  return BY_ID.get(id.trim());
}

/** The wording with the school's name in it (7.1 names the school's website). */
export function itemTitle(def: RoadmapItemDef, schoolShortName: string): string {
  return def.title.replace(SCHOOL, schoolShortName.trim() || 'образовательной организации');
}

/** The rows setup writes into an empty Дорожная карта, by header. */
export function roadmapSeedRows(schoolShortName: string): Array<Record<string, string>> {
  return ROADMAP_ITEMS.map((def) => ({
    ID: def.id,
    Этап: def.stage,
    Мероприятие: itemTitle(def, schoolShortName),
    Срок: def.deadlineText,
    Ответственный: def.responsible,
    Статус: def.deadline.kind === 'constant' ? 'В норме' : 'Не начато',
    Пояснение: '',
  }));
}
