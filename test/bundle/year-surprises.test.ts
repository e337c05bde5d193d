// Issue #17, «The curator's year without surprises», through the real build/Code.js: a curator's
// year from setup to «Новый учебный год», and a sweep of every text the product produced on the way
// (letters, documents, sidebar messages, file names, the sheets) for the slips the issue found.
import {
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  sheetValues,
  type School,
} from '../helpers/school';

const SETTINGS = {
  schoolFullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2»',
  schoolShortName: 'МБОУ «СОШ №2»',
  city: 'Сосногорск',
  directorName: 'Кузнецов Игорь Викторович',
  directorEmail: 'director@school2.example',
  curatorName: 'Кузьмина Вера Алексеевна',
};

const MENTORS = [
  {
    name: 'Смирнова Ирина Викторовна',
    email: 'physics@school2.example',
    subject: 'физика',
    topics: ['Оценивание'],
  },
  {
    name: 'Мамедов Рашид Ильхам оглы',
    email: 'russian@school2.example',
    subject: 'русский язык',
    topics: ['Рабочая программа', 'Оценивание'],
  },
  {
    name: 'Осипов Дмитрий Игоревич',
    email: 'history@school2.example',
    subject: 'история',
    topics: ['Методика урока'],
  },
];
const MENTEES = [
  {
    name: 'Ушаков Павел Андреевич',
    email: 'ushakov@school2.example',
    subject: 'физика',
    topics: ['Рабочая программа', 'Оценивание'],
  },
  { name: 'Гарсиа Мария', email: 'garcia@school2.example', subject: 'история', topics: ['Методика урока'] },
];

/** The texts inside a sidebar answer (each string of it). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every answer the sidebar got back (results and refusals), for the sweep. */
function recording(school: School): string[] {
  const seen: string[] = [];
  const inner = school.app as unknown as Record<string, (...args: unknown[]) => unknown>;
  school.app = new Proxy({} as School['app'], {
    get(_target, name) {
      return (...args: unknown[]) => {
        try {
          const result = inner[name as string](...args);
          seen.push(...strings(result));
          return result;
        } catch (e) {
          seen.push((e as Error).message);
          throw e;
        }
      };
    },
  });
  return seen;
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

function docText(school: School, url: string): string {
  return school.ws.docs.text(/\/d\/([^/]+)/.exec(url)![1]);
}

function runJob(school: School, kind: 'programmes' | 'consents', first: { message: string; more?: boolean }) {
  let result = first;
  for (let i = 0; result.more && i < 20; i++) result = school.app.continueWork(kind) as typeof first;
  return result;
}

/** «..», «(ая)», double spaces, unbalanced «», a lone «г. », a placeholder left: each found text. */
function slips(texts: string[]): string[] {
  const out: string[] = [];
  for (const raw of texts) {
    const text = raw;
    const problems = [
      /[^.]\.\.(?!\.)/.test(text) && '«..»',
      /\((ая|ый)\)/.test(text) && '«(ая)»',
      // Two or three spaces are a slip; a long run aligns a document's line (date left, number right).
      /[^\s] {2,3}[^\s]/.test(text) && 'double space',
      (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length && 'unbalanced «»',
      /«[^»\n]*«[^»\n]*»[^»\n]*[^»\s][^»\n]*»/.test(text) && 'nested «…«…»…»',
      /(?<![\dА-Яа-яЁё_] ?)г\.[ \t]*(?:\n|$|[,;)»])/m.test(text) && 'lone «г. »',
      /\{\{|\}\}/.test(text) && 'placeholder',
    ].filter(Boolean);
    if (problems.length) out.push(`${problems.join(', ')}: ${text.slice(0, 300)}`);
  }
  return out;
}

describe('the curator’s year without surprises', () => {
  it('from setup to the new school year: the data documents need, pairs and terms, consents, the roadmap, and no slip in any text', () => {
    const school = newSchool();
    const answers = recording(school);
    setUp(school);

    // 1. Setup guesses nothing the order prints; the check and the dashboard say what is missing.
    const settings = sheetRecords(school, 'Настройки');
    const value = (name: string) => String(settings.find((r) => r['Параметр'] === name)?.['Значение'] ?? '');
    expect(value('Полное наименование школы')).toBe('');
    const check = school.app.checkWorkbook() as { lines: string[] };
    for (const name of [
      'Полное наименование школы',
      'Краткое наименование',
      'Населённый пункт',
      'Директор (ФИО)',
      'Куратор (ФИО)',
    ])
      expect(check.lines.join('\n')).toContain(`«${name}»`);
    const warnings = (school.app.getDashboard() as { warnings: Array<{ text: string; sheet: string }> })
      .warnings;
    expect(warnings.filter((w) => w.sheet === 'Настройки').length).toBe(5);

    // 5. An old spreadsheet's checkbox header «Закреплена» gets its own word back from setup.
    const pairsSheet = school.ss.getSheetByName('Пары и группы')!;
    const header = school.ws.calls.quietly(() =>
      pairsSheet.getRange(1, 1, 1, pairsSheet.getLastColumn()).getValues()[0].map(String),
    );
    const locked = header.indexOf('Не менять при подборе');
    expect(locked).toBeGreaterThan(-1);
    expect(header).not.toContain('Закреплена');
    school.ws.calls.quietly(() => pairsSheet.getRange(1, locked + 1).setValue('Закреплена'));
    expect(String(school.app.setupWorkbook())).toContain(
      '«Закреплена» переименован в «Не менять при подборе»',
    );
    expect(sheetValues(school, 'Пары и группы')[0]).toContain('Не менять при подборе');

    // Teachers answer; staff type one mentee with a malformed address straight into the bank.
    const { requests, mentors } = formIds(school);
    for (const m of MENTORS)
      school.ws.forms.submit(
        mentors.formId,
        mentorAnswers({ name: m.name, email: m.email, subject: m.subject }, m.topics, '1'),
      );
    for (const m of MENTEES)
      school.ws.forms.submit(
        requests.formId,
        requestAnswers({ name: m.name, email: m.email, subject: m.subject, experience: 1 }, m.topics),
      );
    const bank = school.ss.getSheetByName('Банк наставляемых')!;
    const bankHeader = sheetValues(school, 'Банк наставляемых')[0].map(String);
    school.ws.calls.quietly(() =>
      bank.appendRow(
        bankHeader.map((h) =>
          h === 'ФИО'
            ? 'Петров Олег Ильич'
            : h === 'Email'
              ? 'petrov@school2'
              : h === 'Статус'
                ? 'Новый'
                : '',
        ),
      ),
    );
    const badRow = sheetValues(school, 'Банк наставляемых').length;

    // 2. Nobody vanishes from matching; 6. another subject's mentor is explained.
    const proposals = school.app.proposePairs() as {
      fingerprint: string;
      proposals: Array<{
        key: string;
        mentor: { email: string };
        mentees: Array<{ email: string }>;
        explanation: string;
      }>;
      unmatched: Array<{ name: string; reason: string; sheet?: string; row?: number; column?: string }>;
    };
    expect(proposals.unmatched).toContainEqual({
      name: 'Петров Олег Ильич',
      email: 'petrov@school2',
      reason: expect.stringContaining('«petrov@school2» — не похоже на адрес электронной почты'),
      sheet: 'Банк наставляемых',
      row: badRow,
      column: 'Email',
    });
    const physics = proposals.proposals.find((p) => p.mentees[0].email === 'ushakov@school2.example')!;
    expect(physics.mentor.email).toBe('russian@school2.example');
    expect(physics.explanation).toMatch(
      /предмет другой, потому что наставник по предмету «физика» \(Смирнова И\. В\.\) меньше подходит по темам запроса: общих тем 1 против 2/,
    );
    const options = school.app.mentorOptions('ushakov@school2.example') as Array<{
      email: string;
      subject: string;
      freePlaces: number;
      score: number;
    }>;
    expect(options.find((o) => o.email === 'physics@school2.example')).toMatchObject({
      subject: 'физика',
      freePlaces: 1,
      score: expect.any(Number),
    });
    school.app.acceptProposals(
      proposals.fingerprint,
      proposals.proposals.map((p) => ({ key: p.key })),
    );
    const pairs = sheetRecords(school, 'Пары и группы');
    expect(pairs).toHaveLength(2);
    // 3. No start until the order.
    for (const p of pairs) expect(p['Начало']).toBe('');
    const physicsPair = pairs.find((p) => String(p['Наставляемые']).includes('ushakov'))!;
    expect(String(physicsPair['Обоснование'])).toMatch(/предмет другой/);

    // 1. Documents are refused while a setting they print is missing.
    school.ws.clock.setNow('2026-09-25T09:00:00+03:00');
    expect(thrown(() => school.app.generateConsentForms([]))).toMatch(
      /^Бланки согласий не созданы: заполните на листе «Настройки» параметры «Полное наименование школы», «Краткое наименование», «Населённый пункт», «Директор \(ФИО\)», «Куратор \(ФИО\)»\.$/,
    );
    school.app.saveSettings({ ...SETTINGS, city: '' });
    expect(thrown(() => school.app.generateOrder({ number: '45-о', date: '2026-11-30' }))).toBe(
      'Приказ не создан: заполните на листе «Настройки» параметр «Населённый пункт».',
    );
    school.app.saveSettings(SETTINGS);
    runJob(school, 'consents', school.app.generateConsentForms([]) as { message: string; more?: boolean });

    // A week of the hourly trigger: digests and the director's escalation name people by initials.
    const beforeWeek = school.ws.mail.outbox.length;
    school.ws.script.advanceTo('2026-10-02T12:00:00+03:00');
    const week = school.ws.mail.outbox.slice(beforeWeek);
    expect(week.some((m) => /^Наставничество: просрочен/.test(m.subject))).toBe(true);
    expect(week.map((m) => m.body).join('\n')).toMatch(/[А-Я]\. [А-Я]\./);

    // 7. Consents in bulk: the physics pair at one date; the other pair's dates typed by staff.
    const [first, second] = ['ushakov', 'garcia'].map((who) =>
      String(
        sheetRecords(school, 'Пары и группы').find((p) => String(p['Наставляемые']).includes(who))!['ID'],
      ),
    );
    expect(
      (school.app.recordConsents({ ids: [first], date: '2026-09-20' }) as { message: string }).message,
    ).toBe(`Записано согласий: 2. Согласованы: ${first}.`);
    const rowOf = (id: string) => sheetRecords(school, 'Пары и группы').findIndex((p) => p['ID'] === id) + 2;
    const col = (name: string) => sheetValues(school, 'Пары и группы')[0].map(String).indexOf(name) + 1;
    school.ws.calls.quietly(() => {
      pairsSheet.getRange(rowOf(second), col('Согласие наставника')).setValue('21.09.2026');
      pairsSheet.getRange(rowOf(second), col('Согласие наставляемых')).setValue('15.10.2026');
    });
    expect(thrown(() => school.app.recordConsents({ fromSheet: true }))).toMatch(
      /15\.10\.2026 — дата согласия позже сегодняшнего дня/,
    );
    school.ws.calls.quietly(() =>
      pairsSheet.getRange(rowOf(second), col('Согласие наставляемых')).setValue('22.09.2026'),
    );
    expect((school.app.recordConsents({ fromSheet: true }) as { message: string }).message).toMatch(
      new RegExp(`Согласованы: ${second}\\.`),
    );

    // 4. Before the order no programme is made by itself, and no questionnaire goes.
    expect(thrown(() => school.app.generateProgrammes([]))).toMatch(/ещё не включены в приказ/);
    expect(thrown(() => school.app.sendQuestionnaires())).toMatch(/Нет пар, закреплённых приказом/);

    // 3. The order of 30.11 fixes the pairs from 30.11.
    school.ws.clock.setNow('2026-11-30T10:00:00+03:00');
    const order = school.app.generateOrder({ number: '45-о', date: '2026-11-30' }) as { message: string };
    const orderUrl = /(https:\/\/docs\.google\.com\/document\/d\/[^\s/]+)/.exec(order.message)![1];
    const orderText = docText(school, orderUrl);
    expect(orderText).toContain('с 30.11.2026 по 31.05.2027');
    expect(orderText).toContain('г. Сосногорск');
    const starts = school.ws.calls.quietly(() =>
      pairsSheet
        .getRange(2, col('Начало'), 2, 1)
        .getDisplayValues()
        .map((r) => r[0]),
    );
    expect(starts).toEqual(['30.11.2026', '30.11.2026']);

    // A pair made after the order waits for the next one: programmes and questionnaires skip it.
    school.ws.forms.submit(
      requests.formId,
      requestAnswers(
        { name: 'Кузьмина Вера Петровна', email: 'kuzmina@school2.example', subject: 'история' },
        ['Методика урока'],
      ),
    );
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        { name: 'Алиева Лейла Рашид кызы', email: 'alieva@school2.example', subject: 'история' },
        ['Методика урока'],
        '1',
      ),
    );
    school.app.createPair({
      mentorEmail: 'alieva@school2.example',
      menteeEmails: ['kuzmina@school2.example'],
    });
    const programmes = runJob(
      school,
      'programmes',
      school.app.generateProgrammes([]) as { message: string; more?: boolean },
    );
    expect(programmes.message).toMatch(/Программы созданы: 2/);
    const afterProgrammes = sheetRecords(school, 'Пары и группы');
    expect(afterProgrammes.filter((p) => String(p['Программа']).startsWith('https://'))).toHaveLength(2);
    const programmeText = docText(school, String(afterProgrammes[0]['Программа']));
    expect(programmeText).toContain('с 30.11.2026 по 31.05.2027');
    const before = school.ws.mail.outbox.length;
    school.app.sendQuestionnaires();
    const invited = school.ws.mail.outbox.slice(before).flatMap((m) => [m.to].flat());
    expect(invited).not.toContain('kuzmina@school2.example');
    expect(invited).not.toContain('alieva@school2.example');
    expect(invited).toHaveLength(4);
    // 14. One greeting rule.
    const letterTo = (email: string) =>
      school.ws.mail.outbox.slice(before).find((m) => [m.to].flat().includes(email))!;
    expect(letterTo('ushakov@school2.example').body.split('\n')[0]).toBe('Уважаемый Павел Андреевич!');
    expect(letterTo('russian@school2.example').body.split('\n')[0]).toBe('Уважаемый Рашид Ильхам оглы!');
    expect(letterTo('garcia@school2.example').body.split('\n')[0]).toBe('Здравствуйте, Мария Гарсиа!');

    // An event whose title has quotes of its own: every text quoting it nests them as „…“.
    school.app.addEvent({
      date: '2026-12-10',
      type: 'Семинар',
      title: 'Семинар «Формирующее оценивание»',
      participants: '12 педагогов',
      responsible: 'Кузьмина Вера Алексеевна',
      result: 'Разобраны приёмы обратной связи.',
      materials: '',
      publication: '',
    });
    school.ws.clock.setNow('2026-12-20T10:00:00+03:00');
    const eventWarnings = (school.app.getDashboard() as { warnings: Array<{ text: string }> }).warnings;
    expect(eventWarnings.map((w) => w.text)).toContain(
      'Нет публикации о мероприятии «Семинар „Формирующее оценивание“ (10.12.2026)»',
    );
    const draft = school.app.draftPublication(2, false) as { site: { title: string; text: string } };
    expect(draft.site.text.split('Формирующее оценивание').length - 1).toBe(1);

    // 12. One count of 2.1 on every tab.
    const dashboard = school.app.getDashboard() as {
      roadmap: Array<{ id: string; evidence: string; status: string }>;
    };
    const forms = school.app.getFormsOverview() as {
      forms: Array<{ kind: string; answered: number; expected: number }>;
    };
    const req = forms.forms.find((f) => f.kind === 'requests')!;
    expect(dashboard.roadmap.find((r) => r.id === '2.1')!.evidence).toContain(
      `ответили ${req.answered} из ${req.expected}`,
    );
    if (dashboard.roadmap.find((r) => r.id === '2.1')!.status !== 'Выполнено')
      expect(dashboard.roadmap.find((r) => r.id === '2.2')!.status).not.toBe('Выполнено');

    // 11. «Новый учебный год» on 02.06.2027: the next day nothing is overdue.
    expect((school.app.previewNewSchoolYear() as { refusal: string }).refusal).toMatch(/ещё не закончился/);
    school.ws.clock.setNow('2027-06-02T10:00:00+03:00');
    // The confirmation says, in this spreadsheet's numbers, what goes and what stays.
    const preview = school.app.previewNewSchoolYear() as { lines: string[]; refusal: string };
    expect(preview.refusal).toBe('');
    const mentees = sheetRecords(school, 'Банк наставляемых');
    const waiting = mentees.filter((m) => ['Новый', 'Сопровождение'].includes(String(m['Статус']))).length;
    expect(preview.lines).toContain(
      `Банк наставляемых: в архив ${mentees.length - waiting} из ${mentees.length}, останется ${waiting}.`,
    );
    expect(preview.lines).toContain('Пары и группы: в архив уйдёт всё (3 строки).');
    const rollover = school.app.startNewSchoolYear() as { message: string };
    expect(rollover.message).toContain('Новый учебный год — 2027/2028');
    school.ws.clock.setNow('2027-06-03T10:00:00+03:00');
    const next = school.app.getDashboard() as {
      schoolYear: string;
      roadmap: Array<{ id: string; status: string; deadline: string | null }>;
    };
    expect(next.schoolYear).toBe('2027/2028');
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(waiting);
    expect(next.roadmap.filter((r) => r.status === 'Просрочено')).toEqual([]);
    for (const r of next.roadmap) if (r.deadline) expect(r.deadline >= '2027-06-03').toBe(true);

    // 15. The sweep: letters, documents, sidebar answers, file names and every sheet.
    const texts: string[] = [
      ...school.ws.mail.outbox.flatMap((m) => [m.subject, m.body]),
      // Templates keep their {{fields}} on purpose: only what was made from them is swept.
      ...[...school.ws.drive.values()]
        .filter((e) => !e.name.startsWith('Шаблон'))
        .flatMap((e) => (e.kind === 'document' ? [e.name, school.ws.docs.text(e.id)] : [e.name])),
      ...answers,
      ...school.ws.calls.quietly(() => school.ss.getSheets().map((s) => s.getName())),
      ...school.ws.calls
        .quietly(() => school.ss.getSheets())
        .flatMap((s) => sheetValues(school, s.getName()).flat().map(String)),
    ];
    expect(texts.length).toBeGreaterThan(100);
    expect(slips(texts)).toEqual([]);
  });
});
