// Closing the year (roadmap 4.2, 6.1, 6.2, 6.3, 7.1) and the new school year, through the real
// build/Code.js on the emulator.
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

function schoolWithPairs(): School {
  const school = newSchool();
  setUp(school);
  school.app.saveSettings({
    schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2»',
    schoolShortName: 'МБОУ «СОШ №2»',
    directorName: 'Кузнецов Игорь Викторович',
    curatorName: 'Петрова Анна Сергеевна',
  });
  const { requests, mentors } = formIds(school);
  for (let i = 0; i < 2; i++)
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        { name: `Наставникова${i} Анна Петровна`, email: `m${i}@school2.example` },
        ['Методика урока'],
        '2',
      ),
    );
  for (let i = 0; i < 3; i++)
    school.ws.forms.submit(
      requests.formId,
      requestAnswers({ name: `Учителева${i} Мария Ивановна`, email: `t${i}@school2.example` }, [
        'Методика урока',
      ]),
    );
  school.app.createPair({ mentorEmail: 'm0@school2.example', menteeEmails: ['t0@school2.example'] });
  school.app.createPair({
    mentorEmail: 'm1@school2.example',
    menteeEmails: ['t1@school2.example', 't2@school2.example'],
  });
  return school;
}

/**
 * The director's order fixed every active pair, as staff record it in «Пары и группы»: questionnaires
 * go to pairs in an order (issue #17, item 4).
 */
function inOrder(school: School): void {
  const sheet = school.ss.getSheetByName('Пары и группы')!;
  school.ws.calls.quietly(() => {
    const values = sheet.getDataRange().getValues();
    const header = values[0].map(String);
    values.slice(1).forEach((row, i) => {
      if (!['Предложена', 'Согласована'].includes(String(row[header.indexOf('Статус')]))) return;
      sheet.getRange(i + 2, header.indexOf('Приказ') + 1).setValue('№ 1 от 01.09.2026');
      sheet.getRange(i + 2, header.indexOf('Статус') + 1).setValue('Закреплена');
    });
  });
}

/** Opens a personal questionnaire link as the teacher and answers it. */
function answerLink(school: School, link: string, scores: number, extra: Record<string, string> = {}) {
  const formId = Object.values(formIds(school)).find((f) =>
    link.startsWith(f.publishedUrl.replace(/viewform.*$/, '')),
  )!.formId;
  const params = new URL(link).searchParams;
  const form = school.ws.calls.quietly(() => school.gas.FormApp.openById(formId));
  const items = form.getItems();
  const answers: Record<string, string> = {};
  // The pre-filled fields carry the pair and the email, as the teacher's browser would submit them.
  const prefilled = [...params.entries()].filter(([k]) => k.startsWith('entry.')).map(([, v]) => v);
  answers[items[0].getTitle()] = prefilled[0];
  answers[items[1].getTitle()] = prefilled[1];
  for (const item of items)
    if (item.getType() === school.gas.FormApp.ItemType.SCALE) answers[item.getTitle()] = String(scores);
  answers['Хотели бы вы продолжить работу в паре?'] = 'Да';
  Object.assign(answers, extra);
  school.ws.forms.submit(formId, answers);
}

function linkIn(body: string): string {
  return /(https:\/\/docs\.google\.com\/forms\/\S+)/.exec(body)![1];
}

describe('monitoring', () => {
  it('questionnaires go to exactly the active pairs’ participants; answers land on the right pair and role; a repeat replaces', () => {
    const school = schoolWithPairs();
    expect(() =>
      school.app.createPair({ mentorEmail: 'm0@school2.example', menteeEmails: ['t1@school2.example'] }),
    ).toThrow(/уже в паре/);
    school.app.dissolvePair('НП-2026-02');
    school.app.createPair({
      mentorEmail: 'm1@school2.example',
      menteeEmails: ['t1@school2.example', 't2@school2.example'],
    });
    school.app.dissolvePair('НП-2026-03');
    school.app.createPair({ mentorEmail: 'm1@school2.example', menteeEmails: ['t1@school2.example'] });
    // Active: НП-2026-01 (m0, t0) and НП-2026-04 (m1, t1). НП-2026-02 and 03 are dissolved.
    inOrder(school);
    const before = school.ws.mail.outbox.length;
    const sent = school.app.sendQuestionnaires() as { message: string };
    expect(sent.message).toMatch(/Анкеты отправлены: 4/);
    const mails = school.ws.mail.outbox.slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual([
      'm0@school2.example',
      'm1@school2.example',
      't0@school2.example',
      't1@school2.example',
    ]);
    expect((school.app.sendQuestionnaires() as { message: string }).message).toMatch(
      /Анкеты отправлены: 0\. Уже получили ранее: 4/,
    );

    const byTo = (to: string) => linkIn(mails.find((m) => m.to === to)!.body);
    answerLink(school, byTo('t0@school2.example'), 6);
    answerLink(school, byTo('t0@school2.example'), 9, { 'Что было наиболее ценным?': 'посещение уроков' });
    answerLink(school, byTo('m0@school2.example'), 8);
    answerLink(school, byTo('t1@school2.example'), 7);
    const rows = sheetRecords(school, 'Мониторинг');
    expect(rows.map((r) => [r['ID пары'], r['Роль'], r['Email']]).sort()).toEqual([
      ['НП-2026-01', 'Наставляемый', 't0@school2.example'],
      ['НП-2026-01', 'Наставник', 'm0@school2.example'],
      ['НП-2026-04', 'Наставляемый', 't1@school2.example'],
    ]);
    expect(rows.find((r) => r['Email'] === 't0@school2.example')!['Польза программы']).toBe(9);

    const overview = school.app.getFormsOverview() as {
      monitoring: {
        rate: { answered: number; expected: number };
        byPair: Array<{ id: string; average: number | null }>;
        school: Record<string, number | null>;
      };
    };
    expect(overview.monitoring.rate).toEqual({ answered: 3, expected: 4 });
    expect(overview.monitoring.byPair.find((p) => p.id === 'НП-2026-01')!.average).toBeCloseTo(8.5);
    expect(overview.monitoring.school.overall).toBeCloseTo(8);

    school.ws.clock.setNow('2027-05-25T10:00:00+03:00');
    const note = school.app.generateAnalyticalNote() as { message: string };
    expect(note.message).toMatch(/Аналитическая справка по итогам мониторинга/);
    const register = sheetRecords(school, 'Документы').find((d) => d['Тип'] === 'Аналитическая справка')!;
    const text = school.ws.docs.text(/\/d\/([^/]+)/.exec(String(register['Ссылка']))![1]);
    expect(text).toContain('НП-2026-01');
    expect(text).toContain('посещение уроков');
    expect(text).toMatch(/3 из 4/);
  });
});

describe('events and publications', () => {
  it('an event without a publication shows on the dashboard until a publication is recorded', () => {
    const school = schoolWithPairs();
    school.app.addEvent({
      date: '2026-09-01',
      type: 'Круглый стол',
      title: 'Лучшие практики наставничества',
      participants: 'Петрова А. С., Смирнов О. П.',
      responsible: 'Петрова А. С.',
      result: 'Отобраны 3 практики',
      materials: 'https://drive.google.com/x',
      publication: '',
    });
    expect(() =>
      school.app.addEvent({
        date: '31.02.2026',
        type: 'Пикник',
        title: '',
        participants: '',
        responsible: '',
        result: '',
        materials: '',
        publication: '',
      }),
    ).toThrow(/Мероприятия: Поле «Дата»/);
    school.ws.clock.setNow('2026-09-20T10:00:00+03:00');
    const warnings = () =>
      (school.app.getDashboard() as { warnings: Array<{ text: string }> }).warnings.map((w) => w.text);
    expect(warnings()).toContain(
      'Нет публикации о мероприятии «Лучшие практики наставничества (01.09.2026)»',
    );
    const draft = school.app.draftPublication(2, false) as {
      site: { title: string; text: string };
      social: string;
    };
    expect(draft.site.text).toContain('Лучшие практики наставничества');
    expect(draft.site.text).not.toContain('Смирнов');
    school.app.recordPublication({
      date: '2026-09-21',
      eventTitle: 'Лучшие практики наставничества (01.09.2026)',
      channel: 'ВКонтакте',
      url: 'https://vk.com/wall-1_2',
      text: draft.social,
    });
    expect(warnings().some((w) => w.includes('Нет публикации'))).toBe(false);
    expect(sheetRecords(school, 'Мероприятия')[0]['Публикация']).toBe('ВКонтакте: https://vk.com/wall-1_2');
    school.app.addPractice({
      date: '2026-09-01',
      title: 'Совместное планирование урока',
      authors: 'Петрова А. С.',
      pair: 'НП-2026-01',
      description: 'Наставник и наставляемый планируют урок вместе',
      url: 'https://drive.google.com/p',
      source: 'Круглый стол',
    });
    const roadmap = (school.app.getDashboard() as { roadmap: Array<{ id: string; status: string }> }).roadmap;
    expect(roadmap.find((i) => i.id === '6.3')!.status).toBe('Выполнено');
    expect(roadmap.find((i) => i.id === '7.1')!.status).toBe('В норме');
  });
});

describe('a new school year', () => {
  it('archives the finished year, keeps every row (before = archive + kept) and refuses to run twice', () => {
    const school = schoolWithPairs();
    school.app.addEvent({
      date: '2026-12-01',
      type: 'Семинар',
      title: 'Семинар',
      participants: '10 педагогов',
      responsible: '',
      result: '',
      materials: '',
      publication: '',
    });
    school.ws.clock.setNow('2027-06-15T10:00:00+03:00');
    const count = (name: string) => sheetRecords(school, name).length;
    const sheets = [
      'Пары и группы',
      'Банк наставляемых',
      'Банк наставников',
      'Мониторинг',
      'Мероприятия',
      'Публикации',
      'Документы',
    ];
    const before = Object.fromEntries(sheets.map((n) => [n, count(n)]));
    // Staff keep their own column of notes in the mentor bank, one per mentor.
    const mentorsBefore = sheetRecords(school, 'Банк наставников');
    school.ws.calls.quietly(() =>
      school.ss
        .getSheetByName('Банк наставников')!
        .getRange(1, 20, mentorsBefore.length + 1, 1)
        .setValues([['Заметки'], ...mentorsBefore.map((r) => [`заметка о ${String(r['Email'])}`])]),
    );
    const result = school.app.startNewSchoolYear() as { message: string };
    expect(result.message).toMatch(/2027\/2028/);
    for (const name of sheets) {
      const archive = school.ss.getSheetByName(`Архив 2026/2027 — ${name}`);
      const archived = archive ? sheetRecords(school, archive.getName()).length : 0;
      expect(archived + count(name)).toBe(before[name]);
    }
    expect(count('Банк наставников')).toBe(2);
    // The staff column stays where it was, each note beside its own mentor.
    const mentorsAfter = sheetRecords(school, 'Банк наставников');
    expect(sheetValues(school, 'Банк наставников')[0][19]).toBe('Заметки');
    for (const r of mentorsAfter) expect(r['Заметки']).toBe(`заметка о ${String(r['Email'])}`);
    const settings = sheetRecords(school, 'Настройки');
    expect(settings.find((r) => r['Параметр'] === 'Учебный год')!['Значение']).toBe('2027/2028');
    expect(() => school.app.startNewSchoolYear()).toThrow();
    expect(
      school.ss.getSheets().filter((s) => s.getName().startsWith('Архив 2026/2027')).length,
    ).toBeGreaterThan(0);
  });
});
