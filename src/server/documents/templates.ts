// The default wording and layout of the four templates, as plain data. On setup the adapter turns
// each into an editable Google Doc; after that the school's copy is the template and may be
// reworded freely. In every table, the row marked `repeat` is copied once per pair, mentee or
// activity.
import { LABOUR_TEMPLATES } from '../labour/templates';
import { TEMPLATE_TITLES } from './texts';
import type { DocKind } from './types';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TemplateParagraph {
  type: 'paragraph';
  text: string;
  /** 'title' is the document's name line, 'heading' a section heading. */
  style?: 'title' | 'heading';
  align?: Align;
  bold?: boolean;
}

export interface TemplateRow {
  cells: string[];
  repeat?: boolean;
}

export interface TemplateTable {
  type: 'table';
  /** The header row (bold), if any. */
  header?: string[];
  rows: TemplateRow[];
  borders: boolean;
}

export type TemplateBlock = TemplateParagraph | TemplateTable;

export interface TemplateSpec {
  kind: DocKind;
  title: string;
  blocks: TemplateBlock[];
}

const p = (text: string, extra: Partial<TemplateParagraph> = {}): TemplateParagraph => ({
  type: 'paragraph',
  text,
  align: 'justify',
  ...extra,
});
const center = (text: string, bold = false): TemplateParagraph => p(text, { align: 'center', bold });
const right = (text: string, bold = false): TemplateParagraph => p(text, { align: 'right', bold });
const left = (text: string, bold = false): TemplateParagraph => p(text, { align: 'left', bold });
const heading = (text: string): TemplateParagraph => p(text, { style: 'heading', align: 'left', bold: true });
const blank = (): TemplateParagraph => p('', { align: 'left' });
const SIGN_DATE = '«___» ____________ 20__ г.';

const ORDER: TemplateSpec = {
  kind: 'order',
  title: TEMPLATE_TITLES.order,
  blocks: [
    center('{{школа}}', true),
    blank(),
    p('ПРИКАЗ', { style: 'title', align: 'center', bold: true }),
    center('{{дата_приказа}}                                        № {{номер_приказа}}'),
    center('г. {{город}}'),
    blank(),
    left('О закреплении наставнических пар/групп', true),
    blank(),
    p(
      'В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе наставничества педагогических работников {{школа_кратко}}{{положение}}, на основании письменного согласия участников наставнических пар/групп на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью,',
    ),
    left('ПРИКАЗЫВАЮ:', true),
    p('1. Закрепить наставнические пары/группы на {{учебный_год}} учебный год согласно таблице:'),
    {
      type: 'table',
      header: [
        '№ п/п',
        'Наставник (ФИО, должность)',
        'Наставляемый(е) (ФИО, должность)',
        'Форма наставничества',
        'Срок наставничества',
      ],
      rows: [
        {
          cells: [
            '{{№}}',
            '{{наставник}}, {{должность_наставника}}',
            '{{наставляемые}}',
            '{{форма}}',
            '{{срок}}',
          ],
          repeat: true,
        },
      ],
      borders: true,
    },
    p(
      '2. Наставникам совместно с куратором наставничества {{должность_куратора_тв}} {{куратор_тв}} разработать персонализированные программы наставничества для каждой наставнической пары/группы в срок до {{срок_программ}}',
    ),
    p(
      '3. Возложить ответственность за организацию наставнической деятельности, сопровождение наставнических пар/групп и контроль реализации персонализированных программ наставничества на {{должность_куратора_вин}} {{куратор_вин}}.',
    ),
    p('4. Контроль исполнения приказа оставляю за собой.'),
    blank(),
    left('{{должность_директора}}                ___________                {{директор_подпись}}'),
    blank(),
    left('С приказом ознакомлены:'),
    {
      type: 'table',
      rows: [
        {
          cells: ['{{ознакомлен}}, {{должность_ознакомленного}}', '____________ (подпись)', SIGN_DATE],
          repeat: true,
        },
      ],
      borders: false,
    },
  ],
};

const PROGRAMME: TemplateSpec = {
  kind: 'programme',
  title: TEMPLATE_TITLES.programme,
  blocks: [
    right('УТВЕРЖДАЮ', true),
    right('{{должность_директора}} {{школа_кратко}}'),
    right('___________ {{директор_подпись}}'),
    right(SIGN_DATE),
    blank(),
    p('Персонализированная программа наставничества', { style: 'title', align: 'center', bold: true }),
    center('{{пара}}, {{учебный_год}} учебный год'),
    center('{{школа}}'),
    p(
      'Программа разработана в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и Положением о системе наставничества педагогических работников {{школа_кратко}}{{положение}}.',
    ),
    heading('1. Участники'),
    {
      type: 'table',
      header: ['Роль', 'ФИО', 'Должность', 'Предмет', 'Стаж', 'Категория'],
      rows: [
        {
          cells: [
            'Наставник',
            '{{наставник}}',
            '{{должность_наставника}}',
            '{{предмет_наставника}}',
            '{{стаж_наставника}}',
            '{{категория_наставника}}',
          ],
        },
        {
          cells: [
            'Наставляемый',
            '{{наставляемый}}',
            '{{должность_наставляемого}}',
            '{{предмет_наставляемого}}',
            '{{стаж_наставляемого}}',
            '{{категория_наставляемого}}',
          ],
          repeat: true,
        },
      ],
      borders: true,
    },
    heading('2. Форма и срок'),
    p('Форма наставничества: {{форма}}. Вид наставничества: {{вид}}.'),
    p('Срок реализации программы: {{срок}}.'),
    heading('3. Цель и задачи'),
    p('Профессиональный запрос наставляемого: {{темы}}. {{запрос}}'),
    p('Цель: {{цель}}'),
    p('Задачи:'),
    { type: 'table', rows: [{ cells: ['{{задача}}'], repeat: true }], borders: false },
    heading('4. План мероприятий'),
    {
      type: 'table',
      header: [
        '№',
        'Тема',
        'Содержание',
        'Форма работы',
        'Сроки',
        'Ожидаемый результат',
        'Отметка о выполнении',
      ],
      rows: [
        {
          cells: [
            '{{№}}',
            '{{тема}}',
            '{{содержание}}',
            '{{форма_работы}}',
            '{{сроки}}',
            '{{результат}}',
            '',
          ],
          repeat: true,
        },
      ],
      borders: true,
    },
    heading('5. Ожидаемые результаты'),
    p('{{ожидаемые_результаты}}'),
    heading('6. Подписи'),
    {
      type: 'table',
      rows: [
        { cells: ['Наставник', '____________', '{{наставник_подпись}}'] },
        { cells: ['Наставляемый', '____________', '{{наставляемый_подпись}}'], repeat: true },
        { cells: ['Куратор наставничества', '____________', '{{куратор_подпись}}'] },
      ],
      borders: false,
    },
  ],
};

function consent(kind: 'consentMentor' | 'consentMentee', duty: string): TemplateSpec {
  return {
    kind,
    title: TEMPLATE_TITLES[kind],
    blocks: [
      right('{{должность_директора_дат}} {{школа_кратко}}'),
      right('{{директор_дат}}'),
      right('от {{должность_участника_род}}'),
      right('{{участник_род}}'),
      blank(),
      p('Согласие на участие в наставнической деятельности', { style: 'title', align: 'center', bold: true }),
      blank(),
      p(
        'Я, {{участник}}, {{должность_участника}}, даю согласие на участие в наставнической деятельности в {{школа_кратко}} в {{учебный_год}} учебном году в качестве {{роль}} в составе наставнической {{пара_или_группа}} {{пара}} ({{состав}}; форма наставничества — {{форма}}) на срок {{срок}} и на возложение на меня дополнительных обязанностей, связанных с наставнической деятельностью, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации.',
      ),
      p(duty),
      p(
        'В соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие {{школа_кратко}} (г. {{город}}) на обработку моих персональных данных (фамилия, имя, отчество, должность, преподаваемый предмет, стаж работы, квалификационная категория, адрес электронной почты) в целях организации и сопровождения наставнической деятельности: подготовки приказов, персонализированных программ наставничества, мониторинга и отчётности.',
      ),
      p(
        'Согласие действует в течение срока наставничества и может быть отозвано мною письменным заявлением.',
      ),
      blank(),
      left(`${SIGN_DATE}                ____________ / {{участник_подпись}}`),
    ],
  };
}

export const TEMPLATES: Record<DocKind, TemplateSpec> = {
  order: ORDER,
  programme: PROGRAMME,
  consentMentor: consent(
    'consentMentor',
    'Обязуюсь совместно с куратором наставничества разработать персонализированную программу наставничества, выполнять её мероприятия в установленные сроки и оказывать наставляемому(ым) методическую помощь.',
  ),
  consentMentee: consent(
    'consentMentee',
    'Обязуюсь участвовать в разработке персонализированной программы наставничества и выполнять её мероприятия в установленные сроки.',
  ),
  ...LABOUR_TEMPLATES,
};

/** All the text of a template, as it would read in the Doc (for checks of its placeholders). */
export function templateText(spec: TemplateSpec): string {
  return spec.blocks
    .map((b) =>
      b.type === 'paragraph'
        ? b.text
        : [...(b.header ? [b.header] : []), ...b.rows.map((r) => r.cells)]
            .map((cells) => cells.join('\t'))
            .join('\n'),
    )
    .join('\n');
}
