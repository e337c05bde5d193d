// The curator hears of her roadmap deadlines whether or not she is in a bank or in «Педагоги»
// (issue #17, item 10): the responsible person of an item is an address from «Настройки».
import { listTeacher, newSchool, SCHOOL_SETTINGS, setUp } from '../helpers/school';

test('the curator, in no bank and not listed as a teacher, gets the digest of 2.1 and 3.1 before 15.09', () => {
  const s = newSchool();
  setUp(s);
  s.app.saveSettings(SCHOOL_SETTINGS);
  s.app.setReminders(true);
  for (let i = 1; i <= 3; i++) listTeacher(s, `Учителева${i} Мария Ивановна`, `t${i}@school2.example`);
  s.app.sendRequestForm();
  s.ws.script.advanceTo('2026-09-08T12:00:00+03:00');
  const toCurator = s.ws.mail.outbox.filter((m) => m.to.includes('curator@school2.example'));
  expect(toCurator.length).toBeGreaterThanOrEqual(1);
  const last = toCurator[toCurator.length - 1];
  expect(last.subject).toBe('Наставничество: 2 срока дорожной карты — МБОУ «СОШ №2»');
  expect(last.body).toContain(
    'п. 2.1 «Сбор информации о профессиональных запросах педагогов» — срок 15.09.2026',
  );
  expect(last.body).toContain('п. 3.1 «Формирование банка данных наставников» — срок 15.09.2026');
  // The teachers who have not answered get their own reminder of the form.
  for (let i = 1; i <= 3; i++)
    expect(
      s.ws.mail.outbox.some(
        (m) => m.to.includes(`t${i}@school2.example`) && m.subject.startsWith('Напоминание'),
      ),
    ).toBe(true);
});
