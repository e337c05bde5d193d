// Conformance of the emulated MailApp, each behaviour pinned to the reference page it follows.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { MAIL_QUOTA_MESSAGE } from 'apps-script-emulator/mail';

type G = { MailApp: GoogleAppsScript.Mail.MailApp; DocumentApp: GoogleAppsScript.Document.DocumentApp };

function setup(mailQuota?: number): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', mailQuota });
  return { ws, g: ws.globals() as unknown as G };
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `t${i}@school.example`);

describe('MailApp', () => {
  test('sendEmail(recipient, subject, body, options) lands in the outbox from the running user', () => {
    // developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
    const { ws, g } = setup();
    g.MailApp.sendEmail('teacher@school.example', 'Напоминание', 'Текст', {
      cc: 'curator@school.example',
      name: 'Наставничество',
      replyTo: 'curator@school.example',
      htmlBody: '<b>Текст</b>',
    });
    expect(ws.mail.outbox).toHaveLength(1);
    expect(ws.mail.outbox[0]).toMatchObject({
      to: 'teacher@school.example',
      cc: 'curator@school.example',
      subject: 'Напоминание',
      body: 'Текст',
      htmlBody: '<b>Текст</b>',
      name: 'Наставничество',
      replyTo: 'curator@school.example',
      from: 'curator@school.example',
      sentAt: '2026-09-01T06:00:00.000Z',
    });
    expect(ws.mail.to('curator@school.example')).toHaveLength(1);
  });

  test('sendEmail(message) with attachments', () => {
    // developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Приказ');
    doc.saveAndClose();
    const pdf = g.DocumentApp.openById(doc.getId()).getAs('application/pdf');
    g.MailApp.sendEmail({
      to: 'director@school.example',
      subject: 'На подпись',
      body: 'См. вложение',
      attachments: [pdf],
    });
    expect(ws.mail.outbox[0].attachments[0]).toMatchObject({
      name: 'Приказ.pdf',
      contentType: 'application/pdf',
    });
  });

  test("the daily quota counts recipients (to + cc + bcc) and runs out with Google's message", () => {
    // developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota():
    // "Quotas are based on the number of email recipients."
    // developers.google.com/apps-script/guides/services/quotas: 100 recipients/day (consumer).
    const { ws, g } = setup();
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    g.MailApp.sendEmail({
      to: addresses(40).join(','),
      cc: 'a@school.example',
      bcc: 'b@school.example',
      subject: 's',
      body: 'b',
    });
    expect(g.MailApp.getRemainingDailyQuota()).toBe(58);
    g.MailApp.sendEmail({ to: addresses(50).join(','), subject: 's', body: 'b' });
    expect(g.MailApp.getRemainingDailyQuota()).toBe(8);
    // Nine recipients do not fit into eight: nothing is sent, nothing is counted.
    expect(() => g.MailApp.sendEmail(addresses(9).join(','), 's', 'b')).toThrow(MAIL_QUOTA_MESSAGE);
    expect(MAIL_QUOTA_MESSAGE).toBe('Service invoked too many times for one day: email.');
    expect(ws.mail.outbox).toHaveLength(2);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(8);
  });

  test('the quota resets with the next day in the script time zone (check)', () => {
    // developers.google.com/apps-script/guides/services/quotas: daily quotas refresh
    // at the end of a 24-hour window; the emulator uses the script's calendar day (check).
    const { ws, g } = setup(3);
    g.MailApp.sendEmail(addresses(3).join(','), 's', 'b');
    expect(() => g.MailApp.sendEmail('x@school.example', 's', 'b')).toThrow(MAIL_QUOTA_MESSAGE);
    ws.clock.setNow('2026-09-01T23:59:00+03:00');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
    ws.clock.setNow('2026-09-02T00:00:00+03:00');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(3);
    g.MailApp.sendEmail('x@school.example', 's', 'b');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('the quota is per user', () => {
    const { ws, g } = setup(2);
    g.MailApp.sendEmail(addresses(2).join(','), 's', 'b');
    ws.user = 'second@school.example';
    expect(g.MailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('more than 50 recipients in one message throws and sends nothing', () => {
    // developers.google.com/apps-script/guides/services/quotas: "Email recipients per message: 50".
    const { ws, g } = setup(1000);
    expect(() =>
      g.MailApp.sendEmail({
        to: addresses(50).join(','),
        bcc: 'one@school.example',
        subject: 's',
        body: 'b',
      }),
    ).toThrow(/Recipients Per Message/);
    expect(ws.mail.outbox).toHaveLength(0);
    g.MailApp.sendEmail({ to: addresses(50).join(','), subject: 's', body: 'b' });
    expect(ws.mail.outbox).toHaveLength(1);
  });

  test('an invalid address throws "Invalid email: …" and sends nothing', () => {
    // developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
    const { ws, g } = setup();
    expect(() => g.MailApp.sendEmail('good@school.example,не почта', 's', 'b')).toThrow(
      'Invalid email: не почта',
    );
    expect(ws.mail.outbox).toHaveLength(0);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('outbox and quota counters survive save and load', () => {
    const { ws, g } = setup();
    g.MailApp.sendEmail('a@school.example', 's', 'b');
    const loaded = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    expect(loaded.mail.outbox).toEqual(ws.mail.outbox);
    expect(loaded.mail.remaining()).toBe(99);
  });
});
