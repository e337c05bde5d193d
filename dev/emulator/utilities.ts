// Utilities (developers.google.com/apps-script/reference/utilities/utilities): formatDate with Java
// SimpleDateFormat patterns in real time zones, formatString, blobs, digests, base64, sleep and
// uuids. Also exports the wall-clock helpers the Sheets emulator uses for date serials.
import { createHash, createHmac } from 'node:crypto';
import { emulated } from './core';
import { newBlob } from './blob';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

type Charset = GoogleAppsScript.Utilities.Charset;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  weekday: number; // 0 = Sunday
  /** Offset of the zone from UTC at that instant, in minutes. */
  offsetMinutes: number;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at the instant `ms`, in minutes (Intl, cached per quarter hour). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  // Zone transitions fall on whole quarter hours, so the offset is constant inside each bucket.
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    const p: Record<string, number> = {};
    for (const part of zoneFormatter(normalizeZone(timeZone)).formatToParts(
      new Date(bucket * QUARTER_HOUR),
    )) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    offset = Math.round((asUtc - bucket * QUARTER_HOUR) / 60000);
    if (cache.size > 100000) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
}

const QUARTER_HOUR = 15 * 60000;
const offsetCache = new Map<string, Map<number, number>>();

/** The wall clock of `ms` in `timeZone` (an IANA name, or GMT+3 style offsets). */
export function wallClock(ms: number, timeZone: string): WallClock {
  const offsetMinutes = zoneOffsetMinutes(ms, timeZone);
  const t = new Date(ms + offsetMinutes * 60000);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
    millis: t.getUTCMilliseconds(),
    weekday: t.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant whose wall clock in `timeZone` reads `localMs` (wall time written as if UTC). */
export function instantOfWallTime(localMs: number, timeZone: string): number {
  let ms = localMs - zoneOffsetMinutes(localMs, timeZone) * 60000;
  ms = localMs - zoneOffsetMinutes(ms, timeZone) * 60000;
  return ms;
}

/** Apps Script accepts "GMT+3" / "GMT+03:00"; Intl wants "Etc/GMT-3" or an IANA name. */
function normalizeZone(timeZone: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m) return timeZone;
  if (m[3] && m[3] !== '00') return `${m[1]}${m[2].padStart(2, '0')}:${m[3]}`;
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(minutes: number, letter: string, count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z') return `${sign}${h}${m}`;
  if (count === 1) return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
  if (count === 2) return `${sign}${h}${m}`;
  return `${sign}${h}:${m}`;
}

/** One SimpleDateFormat field. Names are English, as Utilities.formatDate prints them. */
function field(letter: string, count: number, w: WallClock): string {
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(w.year % 100, 2) : pad(w.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[w.month - 1];
      if (count === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, count);
    case 'd':
      return pad(w.day, count);
    case 'E':
      return count >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, count);
    case 'H':
      return pad(w.hour, count);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K':
      return pad(w.hour % 12, count);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm':
      return pad(w.minute, count);
    case 's':
      return pad(w.second, count);
    case 'S':
      return pad(w.millis, Math.max(count, 3)).slice(0, Math.max(count, 3));
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'Z':
    case 'X':
      return offsetText(w.offsetMinutes, letter, count);
    case 'z':
      return `GMT${offsetText(w.offsetMinutes, 'X', 3).replace('Z', '+00:00')}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats like java.text.SimpleDateFormat, which Utilities.formatDate uses. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal ends at a lone quote; '' inside it is a quote character.
      let stop = i + 1;
      while (stop < pattern.length && !(pattern[stop] === "'" && pattern[stop + 1] !== "'")) {
        stop += pattern[stop] === "'" ? 2 : 1;
      }
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, w);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Java's String.format for the conversions scripts use: %s %d %f %.Nf %x %% (check). */
export function javaFormat(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%(-?)(\d*)(?:\.(\d+))?([sdfx%n])/g,
    (_m, left: string, width: string, prec, conv) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = args[next++];
      let text: string;
      if (conv === 'd') text = String(Math.trunc(Number(arg)));
      else if (conv === 'f') text = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x') text = Math.trunc(Number(arg)).toString(16);
      else text = prec === undefined ? String(arg) : String(arg).slice(0, Number(prec));
      const w = Number(width || 0);
      return left ? text.padEnd(w) : text.padStart(w);
    },
  );
}

function isDateLike(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Bytes of a string (in `charset`, a Utilities.Charset member) or of a byte array. In US_ASCII a
 * character outside ASCII becomes '?', as Java's String.getBytes(US_ASCII) does.
 */
function bytesOf(value: unknown, charset?: unknown): Uint8Array {
  if (typeof value === 'string') {
    if (String(charset) === 'US_ASCII') {
      return Uint8Array.from(Array.from(value), (ch) => {
        const code = ch.codePointAt(0) ?? 0x3f;
        return code < 0x80 ? code : 0x3f;
      });
    }
    return new Uint8Array(Buffer.from(value, 'utf8'));
  }
  if (Array.isArray(value)) return Uint8Array.from(value as number[], (b) => b & 0xff);
  throw new Error('Invalid argument: value');
}

function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

const DIGESTS: Record<keyof typeof GoogleAppsScript.Utilities.DigestAlgorithm, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class UtilitiesService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  private api() {
    const ws = this.ws;
    return conform<GoogleAppsScript.Utilities.Utilities>()({
      DigestAlgorithm: Object.freeze(
        Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k])) as Record<keyof typeof DIGESTS, string>,
      ),
      Charset: Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' }),
      formatDate(date: GoogleAppsScript.Base.Date | Date, timeZone: string, format: string): string {
        if (!isDateLike(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
          throw new Error(
            'The parameters (' +
              [date, timeZone, format].map((a) => (isDateLike(a) ? 'Date' : typeof a)).join(',') +
              ") don't match the method signature for Utilities.formatDate.",
          );
        }
        return formatJavaDate(date.getTime(), timeZone, format);
      },
      formatString(template: string, ...args: unknown[]): string {
        return javaFormat(String(template), args);
      },
      newBlob(data: unknown, contentType?: string, name?: string) {
        const bytes = data === undefined ? new Uint8Array(0) : bytesOf(data);
        return newBlob(ws.calls, bytes, contentType ?? null, name ?? null);
      },
      sleep(ms: number): void {
        ws.clock.tick(Number(ms));
      },
      getUuid(): string {
        const hex = createHash('sha1').update(ws.ids.id('uuid')).digest('hex');
        const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
      },
      computeDigest(
        algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
        value: unknown,
        charset?: Charset,
      ): number[] {
        const name = (DIGESTS as Record<string, string>)[String(algorithm)];
        if (!name) throw new Error(`Invalid argument: algorithm`);
        return signed(new Uint8Array(createHash(name).update(bytesOf(value, charset)).digest()));
      },
      computeHmacSha256Signature(value: unknown, key: unknown, charset?: Charset): number[] {
        return signed(
          new Uint8Array(
            createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
          ),
        );
      },
      base64Encode(data: unknown, charset?: Charset): string {
        return Buffer.from(bytesOf(data, charset)).toString('base64');
      },
      base64EncodeWebSafe(data: unknown, charset?: Charset): string {
        return Buffer.from(bytesOf(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
      },
      // The charset is the encoded string's; base64 is ASCII in both Charsets, so it changes nothing.
      base64Decode(encoded: string, _charset?: Charset): number[] {
        return signed(new Uint8Array(Buffer.from(String(encoded), 'base64')));
      },
      base64DecodeWebSafe(encoded: string, _charset?: Charset): number[] {
        return signed(
          new Uint8Array(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
        );
      },
    });
  }

  globals(): Record<string, unknown> {
    return { Utilities: emulated('Utilities', this.api(), this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
