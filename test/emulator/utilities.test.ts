// Conformance of Utilities (developers.google.com/apps-script/reference/utilities/utilities) and
// Blob (…/base/blob).
import { createHash, createHmac } from 'node:crypto';
import { createWorkspace } from '../../dev/workspace';

function setup() {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
  return { ws, u: ws.globals().Utilities as GoogleAppsScript.Utilities.Utilities };
}

describe('Utilities.formatDate', () => {
  // utilities#formatdatedate,-timezone,-format: java.text.SimpleDateFormat patterns.
  test('SimpleDateFormat patterns in real time zones', () => {
    const { u } = setup();
    const d = new Date('2026-03-07T21:05:09Z');
    expect(u.formatDate(d, 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-08 00:05:09');
    expect(u.formatDate(d, 'UTC', 'dd.MM.yy h:mm a')).toBe('07.03.26 9:05 PM');
    expect(u.formatDate(d, 'Europe/Moscow', 'EEE, d MMM yyyy')).toBe('Sun, 8 Mar 2026');
    expect(u.formatDate(d, 'Europe/Moscow', 'EEEE MMMM')).toBe('Sunday March');
    expect(u.formatDate(d, 'Europe/Moscow', 'Z')).toBe('+0300');
    expect(u.formatDate(d, 'Asia/Kolkata', 'XXX')).toBe('+05:30');
    expect(u.formatDate(d, 'UTC', 'X')).toBe('Z');
    expect(u.formatDate(d, 'Europe/Moscow', "'Дата:' d 'o''clock'")).toBe("Дата: 8 o'clock");
    // Daylight saving time is real: New York is UTC-4 in summer, UTC-5 in winter.
    expect(u.formatDate(new Date('2026-07-01T12:00:00Z'), 'America/New_York', 'HH Z')).toBe('08 -0400');
    expect(u.formatDate(new Date('2026-01-01T12:00:00Z'), 'America/New_York', 'HH Z')).toBe('07 -0500');
  });

  test('a non-Date argument fails the signature', () => {
    const { u } = setup();
    expect(() => u.formatDate('2026-09-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(/method signature/);
  });
});

describe('Utilities', () => {
  // utilities#formatstringtemplate,-args
  test('formatString', () => {
    const { u } = setup();
    expect(u.formatString('%s: %d из %d (%.1f%%)', 'Пары', 3, 5, 60)).toBe('Пары: 3 из 5 (60.0%)');
  });

  // utilities#computedigestalgorithm,-value: signed Java bytes.
  test('computeDigest returns signed bytes', () => {
    const { u } = setup();
    const digest = u.computeDigest(u.DigestAlgorithm.SHA_256, 'наставник');
    const expected = [...createHash('sha256').update('наставник', 'utf8').digest()].map((b) =>
      b > 127 ? b - 256 : b,
    );
    expect(digest).toEqual(expected);
    expect(digest.some((b) => b < 0)).toBe(true);
  });

  // utilities#base64encodedata, #base64decodeencoded
  test('base64 round trip', () => {
    const { u } = setup();
    const encoded = u.base64Encode('Привет');
    expect(encoded).toBe(Buffer.from('Привет').toString('base64'));
    expect(u.newBlob(u.base64Decode(encoded)).getDataAsString()).toBe('Привет');
  });

  // utilities#newblobdata,-contenttype,-name and blob#…
  test('newBlob', () => {
    const { u } = setup();
    const blob = u.newBlob('текст', 'text/plain', 'a.txt');
    expect([blob.getContentType(), blob.getName(), blob.getDataAsString()]).toEqual([
      'text/plain',
      'a.txt',
      'текст',
    ]);
    const copy = blob.copyBlob().setName('b.txt');
    expect([blob.getName(), copy.getName()]).toEqual(['a.txt', 'b.txt']);
    expect(blob.getBytes()).toEqual([...Buffer.from('текст')].map((b) => (b > 127 ? b - 256 : b)));
  });

  // utilities#sleepmilliseconds: the emulated clock moves instead of waiting.
  test('sleep advances the clock; getUuid is deterministic and well-formed', () => {
    const { ws, u } = setup();
    const before = ws.clock.nowMillis();
    u.sleep(1500);
    expect(ws.clock.nowMillis() - before).toBe(1500);
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
    expect(createWorkspace().globals().Utilities).toBeDefined();
  });
});

describe('charsets and blobs as Google has them (surface.ts)', () => {
  const signedBytes = (buf: Buffer) => [...buf].map((b) => (b > 127 ? b - 256 : b));

  // utilities#computeHmacSha256Signature(String,String,Charset): value and key are encoded in the
  // charset (UTF-8 by default); in US_ASCII each non-ASCII character is '?', as in Java.
  test('computeHmacSha256Signature honours its charset', () => {
    const { u } = setup();
    const utf8 = signedBytes(createHmac('sha256', Buffer.from('ключ')).update('наставник').digest());
    expect(u.computeHmacSha256Signature('наставник', 'ключ')).toEqual(utf8);
    expect(u.computeHmacSha256Signature('наставник', 'ключ', u.Charset.UTF_8)).toEqual(utf8);
    const ascii = signedBytes(createHmac('sha256', '????').update('?????????').digest());
    expect(u.computeHmacSha256Signature('наставник', 'ключ', u.Charset.US_ASCII)).toEqual(ascii);
    expect(ascii).not.toEqual(utf8);
    // ASCII text is the same in both.
    expect(u.computeHmacSha256Signature('mentor', 'key', u.Charset.US_ASCII)).toEqual(
      signedBytes(createHmac('sha256', 'key').update('mentor').digest()),
    );
  });

  // blob#setDataFromString(String,String): only UTF-8 is emulated; another charset throws instead
  // of being stored as UTF-8.
  test('Blob.setDataFromString in a charset other than UTF-8 is not emulated', () => {
    const { u } = setup();
    const blob = u.newBlob('');
    expect(blob.setDataFromString('текст', 'UTF-8').getDataAsString()).toBe('текст');
    expect(blob.setDataFromString('ещё').getDataAsString()).toBe('ещё');
    expect(() => blob.setDataFromString('текст', 'windows-1251')).toThrow(
      'Not emulated: Blob.setDataFromString in windows-1251',
    );
    expect(blob.getDataAsString()).toBe('ещё');
  });
});
