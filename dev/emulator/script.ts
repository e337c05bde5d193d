// ScriptApp: installable triggers with owners, Google's limits on them, the authorization info,
// and the clock that fires time-driven triggers (`advanceTo`, `advanceDays`, `advanceHours`).
// A trigger runs as its owner; a time-driven one with no active spreadsheet (the add-on model of
// APPS_SCRIPT_NOTES.md); a handler that throws is recorded in `failures` and the clock goes on.
import { emulated, notEmulated } from './core';
import type { Workspace, ServiceModule } from './index';
import { makeEnum, enumMember } from './script/enums';
import { checkTimeZone, dayKey, zonedParts, zonedTime } from './script/time';
import { conform } from './surface';

type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

export const EventType = makeEnum('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const TriggerSource = makeEnum('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED'] as const);
export const WeekDay = makeEnum('WeekDay', [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const);

// developers.google.com/apps-script/guides/services/quotas: 20 triggers per user per script.
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
// workspace/add-ons/concepts/editor-triggers restrictions; the wording of the errors is ours (check).
export const ADDON_ONE_PER_TYPE = 'An add-on can only have one trigger of each type, per user, per document.';
export const ADDON_OTHER_FILE = 'An add-on can only create triggers for the file in which it is used.';
export const ADDON_TOO_OFTEN = 'An add-on time-driven trigger cannot run more frequently than once per hour.';
// guides/services/quotas: «Triggers total runtime: 90 min / day» (consumer), 6 h (Workspace). The
// message is the one Google shows when a daily quota of computer time runs out (check).
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day';

type EventName = keyof typeof EventType;
type SourceName = keyof typeof TriggerSource;

export type Schedule =
  | { kind: 'days'; every: number; hour: number; minute: number; timeZone: string; weekDay?: number }
  | { kind: 'hours'; every: number; minute: number }
  | { kind: 'minutes'; every: number }
  | { kind: 'once'; at: number };

export interface TriggerData {
  id: string;
  handler: string;
  owner: string;
  eventType: EventName;
  source: SourceName;
  sourceId: string | null;
  /** The file the add-on was used in when the trigger was made (for the one-per-document rule). */
  documentId: string | null;
  created: number;
  schedule?: Schedule;
  /** Next firing time (clock triggers). */
  next?: number | null;
}

export interface TriggerRun {
  triggerUid: string;
  handler: string;
  owner: string;
  eventType: string;
  at: string;
  ok: boolean;
  error?: string;
}

export interface TriggerFailure {
  triggerUid: string;
  handler: string;
  at: string;
  error: string;
}

interface ScriptState {
  /** Trigger runtime spent per user on the current day: { day, byUser: ms }. */
  runtime?: { day: string; byUser: Record<string, number> };
  triggers: TriggerData[];
  runLog: TriggerRun[];
  failures: TriggerFailure[];
  authorizationStatus: string;
  scriptId: string;
  nextTrigger: number;
}

/** A deterministic number in [0, n) from a string: each trigger's fixed minute. */
function hash(text: string, n: number): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % n;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What a time-based TriggerBuilder has been told so far. */
interface TimeSpec {
  days?: number;
  weeks?: number;
  hours?: number;
  minutes?: number;
  hour?: number;
  nearMinute?: number;
  timeZone?: string;
  at?: number;
  weekDay?: number;
}

export class ScriptService implements ServiceModule {
  triggers: TriggerData[] = [];
  runLog: TriggerRun[] = [];
  failures: TriggerFailure[] = [];
  /** What getAuthorizationInfo reports; tests set 'REQUIRED' to model a user who has not granted scopes. */
  authorizationStatus: 'REQUIRED' | 'NOT_REQUIRED' = 'NOT_REQUIRED';
  /** The editor add-on restrictions on triggers (Workspace option, on by default; off models a bound script). */
  addonRestrictions: boolean;
  scriptId = '1emulatedScriptIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
  private nextTrigger = 1;
  /** Trigger runtime spent today, by user (the daily quota). */
  private runtime: { day: string; byUser: Record<string, number> } = { day: '', byUser: {} };

  constructor(private readonly ws: Workspace) {
    this.addonRestrictions = ws.options.addonRestrictions;
  }

  globals(): Record<string, unknown> {
    const app = conform<GoogleAppsScript.Script.ScriptApp>()({
      EventType,
      TriggerSource,
      AuthMode,
      AuthorizationStatus,
      WeekDay,
      newTrigger: (handler: string) => this.builder(String(handler)),
      getProjectTriggers: () =>
        this.triggers.filter((t) => t.owner === this.ws.user).map((t) => this.wrap(t)),
      getUserTriggers: (file: unknown) => {
        const id = idOf(file);
        return this.triggers
          .filter((t) => t.owner === this.ws.user && t.sourceId === id)
          .map((t) => this.wrap(t));
      },
      deleteTrigger: (trigger: unknown) => this.delete(trigger),
      getAuthorizationInfo: (authMode: unknown) => this.authorizationInfo(authMode),
      getScriptId: () => this.scriptId,
    });
    return { ScriptApp: emulated('ScriptApp', app, this.ws.calls) };
  }

  /** Installable triggers of one source, event and file (the forms module fires these). */
  triggersFor(source: SourceName, sourceId: string, eventType: EventName): TriggerData[] {
    return this.triggers.filter(
      (t) => t.source === source && t.sourceId === sourceId && t.eventType === eventType,
    );
  }

  /**
   * Runs one trigger's handler as its owner with `activeSpreadsheetId` as the active file, records
   * the run, and saves docs at the end (the end of an execution).
   */
  runTrigger(trigger: TriggerData, event: unknown, activeSpreadsheetId: string | null): TriggerRun {
    const run: TriggerRun = {
      triggerUid: trigger.id,
      handler: trigger.handler,
      owner: trigger.owner,
      eventType: trigger.eventType,
      at: this.ws.clock.now().toISOString(),
      ok: true,
    };
    const day = dayKey(this.ws.clock.nowMillis(), this.ws.timeZone);
    if (this.runtime.day !== day) this.runtime = { day, byUser: {} };
    const spent = this.runtime.byUser[trigger.owner] ?? 0;
    try {
      if (spent >= this.ws.options.triggerRuntimeQuotaMs) throw new Error(TRIGGER_RUNTIME_MESSAGE);
      this.ws.execute(
        {
          kind: 'trigger',
          handler: trigger.handler,
          user: trigger.owner,
          activeSpreadsheetId,
          authMode: 'FULL',
          triggerUid: trigger.id,
        },
        () => this.ws.runFunction(trigger.handler, event),
      );
    } catch (e) {
      run.ok = false;
      run.error = e instanceof Error ? e.message : String(e);
      this.failures.push({ triggerUid: trigger.id, handler: trigger.handler, at: run.at, error: run.error });
    }
    const finished = this.ws.executions.last();
    if (finished && spent < this.ws.options.triggerRuntimeQuotaMs && finished.handler === trigger.handler) {
      this.runtime.byUser[trigger.owner] = spent + finished.durationMs;
    }
    this.runLog.push(run);
    return run;
  }

  /** Moves the clock to `to`, firing every time-driven trigger that falls due on the way, in order. */
  advanceTo(to: Date | string | number): TriggerRun[] {
    const target = new Date(to).getTime();
    if (Number.isNaN(target)) throw new Error(`advanceTo: bad time ${String(to)}`);
    if (target < this.ws.clock.nowMillis()) throw new Error('Clock: time cannot go backwards');
    const runs: TriggerRun[] = [];
    for (;;) {
      let due: TriggerData | null = null;
      for (const t of this.triggers) {
        if (t.eventType !== 'CLOCK' || t.next === null || t.next === undefined || t.next > target) continue;
        if (!due || (t.next as number) < (due.next as number)) due = t;
      }
      if (!due) break;
      // A trigger that fell due while an execution was still running fires late, when it ends.
      if ((due.next as number) > this.ws.clock.nowMillis()) this.ws.clock.setNow(due.next as number);
      due.next = this.following(due, due.next as number, true);
      runs.push(this.runTrigger(due, this.clockEvent(due), null));
    }
    // An execution that ran past the target leaves the clock where it ended.
    if (target > this.ws.clock.nowMillis()) this.ws.clock.setNow(target);
    return runs;
  }

  advanceDays(n: number): TriggerRun[] {
    return this.advanceTo(this.ws.clock.nowMillis() + n * DAY);
  }

  advanceHours(n: number): TriggerRun[] {
    return this.advanceTo(this.ws.clock.nowMillis() + n * HOUR);
  }

  /**
   * Google's time-driven event (developers.google.com/apps-script/guides/triggers/events#time-driven-events).
   * The reference's example gives the fields in UTC with `timezone: "UTC"` (check).
   */
  private clockEvent(t: TriggerData): Record<string, unknown> {
    const now = this.ws.clock.nowMillis();
    const p = zonedParts(now, 'UTC');
    const jan1 = Date.UTC(p.year, 0, 1);
    return {
      authMode: AuthMode.FULL,
      triggerUid: t.id,
      year: p.year,
      month: p.month,
      'day-of-month': p.day,
      'day-of-week': p.weekday,
      'week-of-year': Math.floor((now - jan1) / (7 * DAY)) + 1,
      hour: p.hour,
      minute: p.minute,
      second: p.second,
      timezone: 'UTC',
    };
  }

  /** The first firing after `after`; `fromRun`: the one after a firing at `after`. */
  private following(t: TriggerData, after: number, fromRun: boolean): number | null {
    const s = t.schedule;
    if (!s) return null;
    switch (s.kind) {
      case 'once':
        return !fromRun && s.at > after ? s.at : fromRun ? null : after;
      case 'minutes':
        return after + s.every * 60_000;
      case 'hours': {
        if (fromRun) return after + s.every * HOUR;
        const start = Math.floor(after / HOUR) * HOUR + s.minute * 60_000;
        return start > after ? start : start + HOUR;
      }
      case 'days': {
        const p = zonedParts(after, s.timeZone);
        if (fromRun) {
          const d = new Date(Date.UTC(p.year, p.month - 1, p.day) + s.every * DAY);
          return zonedTime(
            s.timeZone,
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            s.hour,
            s.minute,
          );
        }
        let day = Date.UTC(p.year, p.month - 1, p.day);
        for (let i = 0; i < 8; i++, day += DAY) {
          const d = new Date(day);
          const at = zonedTime(
            s.timeZone,
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            s.hour,
            s.minute,
          );
          const weekday = ((d.getUTCDay() + 6) % 7) + 1;
          if (at > after && (s.weekDay === undefined || weekday === s.weekDay)) return at;
        }
        return null;
      }
    }
  }

  private wrap(t: TriggerData): Trigger {
    // Enum members are EnumValue objects (script/enums.ts), typed here as the official enums.
    const trigger = conform<Trigger>()({
      _data: t,
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => EventType[t.eventType] as unknown as GoogleAppsScript.Script.EventType,
      getTriggerSource: () => TriggerSource[t.source] as unknown as GoogleAppsScript.Script.TriggerSource,
      getTriggerSourceId: () => t.sourceId,
    });
    return emulated('Trigger', trigger, this.ws.calls) as unknown as Trigger;
  }

  private delete(trigger: unknown): void {
    const id = (trigger as { getUniqueId(): string }).getUniqueId();
    const index = this.triggers.findIndex((t) => t.id === id);
    // (check) Deleting another user's trigger is refused by Google; the emulator ignores ids it does not own.
    if (index >= 0 && this.triggers[index].owner === this.ws.user) this.triggers.splice(index, 1);
  }

  private authorizationInfo(authMode: unknown): GoogleAppsScript.Script.AuthorizationInfo {
    if (!enumMember(AuthMode, authMode)) throw new Error('Invalid argument: authMode');
    const status = this.authorizationStatus;
    // getAuthorizedScopes is on the reference page (authorization-info) but not in the typings.
    const info = conform<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizedScopes'>()({
      getAuthorizationStatus: () =>
        AuthorizationStatus[status] as unknown as GoogleAppsScript.Script.AuthorizationStatus,
      getAuthorizationUrl: () =>
        status === 'REQUIRED' ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null,
      getAuthorizedScopes: () => null,
    });
    return emulated(
      'AuthorizationInfo',
      info,
      this.ws.calls,
    ) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }

  /** Validates Google's limits and stores a new trigger. */
  private add(data: Omit<TriggerData, 'id' | 'owner' | 'created' | 'documentId'>): Trigger {
    const owner = this.ws.user;
    const mine = this.triggers.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const documentId = this.ws.activeSpreadsheetId;
    if (this.addonRestrictions) {
      if (data.sourceId !== null && data.sourceId !== documentId) throw new Error(ADDON_OTHER_FILE);
      const s = data.schedule;
      if (s && s.kind === 'minutes') throw new Error(ADDON_TOO_OFTEN);
      // A one-off trigger less than an hour ahead would run sooner than hourly (check: the
      // editor-triggers page speaks of frequency only; the stricter reading is taken).
      if (s && s.kind === 'once' && s.at - this.ws.clock.nowMillis() < HOUR) throw new Error(ADDON_TOO_OFTEN);
      if (mine.some((t) => t.eventType === data.eventType && t.documentId === documentId)) {
        throw new Error(ADDON_ONE_PER_TYPE);
      }
    }
    const t: TriggerData = {
      ...data,
      id: String(this.nextTrigger++ + 1_000_000_000),
      owner,
      documentId,
      created: this.ws.clock.nowMillis(),
    };
    if (t.eventType === 'CLOCK') t.next = this.following(t, t.created, false);
    this.triggers.push(t);
    return this.wrap(t);
  }

  private builder(handler: string): GoogleAppsScript.Script.TriggerBuilder {
    const log = this.ws.calls;
    type SpreadsheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
    type FormBuilder = GoogleAppsScript.Script.FormTriggerBuilder;
    type DocumentBuilder = GoogleAppsScript.Script.DocumentTriggerBuilder;
    // A file builder's event method (onOpen, onEdit, …) gives a builder that can only create().
    const event =
      <B>(className: string, source: SourceName, sourceId: string, eventType: EventName) =>
      (): B =>
        emulated(
          className,
          { create: (): Trigger => this.add({ handler, eventType, source, sourceId }) },
          log,
        ) as unknown as B;
    const root = conform<GoogleAppsScript.Script.TriggerBuilder>()({
      timeBased: () => this.clockBuilder(handler),
      forSpreadsheet: (key: unknown): SpreadsheetBuilder => {
        const id = idOf(key);
        const on = (e: EventName) =>
          event<SpreadsheetBuilder>('SpreadsheetTriggerBuilder', 'SPREADSHEETS', id, e);
        const b = conform<SpreadsheetBuilder>()({
          onOpen: on('ON_OPEN'),
          onEdit: on('ON_EDIT'),
          onChange: on('ON_CHANGE'),
          onFormSubmit: on('ON_FORM_SUBMIT'),
        });
        return emulated('SpreadsheetTriggerBuilder', b, log) as unknown as SpreadsheetBuilder;
      },
      forForm: (key: unknown): FormBuilder => {
        const id = idOf(key);
        const on = (e: EventName) => event<FormBuilder>('FormTriggerBuilder', 'FORMS', id, e);
        const b = conform<FormBuilder>()({ onOpen: on('ON_OPEN'), onFormSubmit: on('ON_FORM_SUBMIT') });
        return emulated('FormTriggerBuilder', b, log) as unknown as FormBuilder;
      },
      forDocument: (key: unknown): DocumentBuilder => {
        const id = idOf(key);
        const on = (e: EventName) => event<DocumentBuilder>('DocumentTriggerBuilder', 'DOCUMENTS', id, e);
        const b = conform<DocumentBuilder>()({ onOpen: on('ON_OPEN') });
        return emulated('DocumentTriggerBuilder', b, log) as unknown as DocumentBuilder;
      },
      forUserCalendar: (_emailId: string) => notEmulated('TriggerBuilder.forUserCalendar'),
    });
    return emulated('TriggerBuilder', root, log);
  }

  private clockBuilder(handler: string): ClockTriggerBuilder {
    const spec: TimeSpec = {};
    const intArg = (name: string, n: unknown, min: number, max: number): number => {
      const v = Number(n);
      if (!Number.isInteger(v) || v < min || v > max) throw new Error(`Invalid argument: ${name}`);
      return v;
    };
    const self = (): ClockTriggerBuilder => proxy;
    const b = conform<ClockTriggerBuilder>()({
      everyDays: (n: number) => ((spec.days = intArg('n', n, 1, 365)), self()),
      everyWeeks: (n: number) => ((spec.weeks = intArg('n', n, 1, 52)), self()),
      everyHours: (n: number) => ((spec.hours = intArg('n', n, 1, 24)), self()),
      everyMinutes: (n: number) => {
        // developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
        if (![1, 5, 10, 15, 30].includes(Number(n)))
          throw new Error('Invalid argument: n (1, 5, 10, 15 or 30)');
        spec.minutes = Number(n);
        return self();
      },
      atHour: (h: number) => ((spec.hour = intArg('hour', h, 0, 23)), self()),
      nearMinute: (m: number) => ((spec.nearMinute = intArg('minute', m, 0, 59)), self()),
      inTimezone: (tz: string) => {
        try {
          checkTimeZone(String(tz));
        } catch {
          throw new Error(`Invalid argument: timezone (${String(tz)})`);
        }
        spec.timeZone = String(tz);
        return self();
      },
      onWeekDay: (day: unknown) => {
        const member = enumMember(WeekDay, day);
        if (!member) throw new Error('Invalid argument: day');
        spec.weekDay = member.ordinal() + 1;
        return self();
      },
      after: (ms: number) => ((spec.at = this.ws.clock.nowMillis() + Math.max(0, Number(ms))), self()),
      at: (date: GoogleAppsScript.Base.Date | Date) => ((spec.at = new Date(date as Date).getTime()), self()),
      create: () =>
        this.add({
          handler,
          eventType: 'CLOCK',
          source: 'CLOCK',
          sourceId: null,
          schedule: this.schedule(handler, spec),
        }),
    });
    const proxy = emulated('ClockTriggerBuilder', b, this.ws.calls) as unknown as ClockTriggerBuilder;
    return proxy;
  }

  private schedule(handler: string, spec: TimeSpec): Schedule {
    const seed = `${handler}#${this.nextTrigger}`;
    // No nearMinute: Google picks a minute in the hour; ours is fixed per trigger. nearMinute: ±15.
    const minute =
      spec.nearMinute === undefined
        ? hash(seed, 60)
        : Math.min(59, Math.max(0, spec.nearMinute + hash(seed, 31) - 15));
    if (spec.at !== undefined) return { kind: 'once', at: spec.at };
    if (spec.minutes !== undefined) return { kind: 'minutes', every: spec.minutes };
    if (spec.hours !== undefined) {
      if (spec.hour !== undefined) throw new Error('atHour() cannot be used with everyHours().');
      return { kind: 'hours', every: spec.hours, minute };
    }
    if (spec.days !== undefined || spec.weeks !== undefined) {
      const timeZone = spec.timeZone ?? this.ws.timeZone;
      const hour = spec.hour ?? zonedParts(this.ws.clock.nowMillis(), timeZone).hour;
      if (spec.weeks !== undefined) {
        if (spec.weekDay === undefined) throw new Error('onWeekDay() is required with everyWeeks().');
        return { kind: 'days', every: 7 * spec.weeks, hour, minute, timeZone, weekDay: spec.weekDay };
      }
      return { kind: 'days', every: spec.days as number, hour, minute, timeZone };
    }
    throw new Error(
      'The trigger has no schedule: call everyMinutes/everyHours/everyDays/everyWeeks, at or after.',
    );
  }

  toState(): ScriptState {
    return {
      runtime: this.runtime,
      triggers: this.triggers,
      runLog: this.runLog,
      failures: this.failures,
      authorizationStatus: this.authorizationStatus,
      scriptId: this.scriptId,
      nextTrigger: this.nextTrigger,
    };
  }

  loadState(state: unknown): void {
    const s = state as Partial<ScriptState>;
    this.triggers = s.triggers ?? [];
    this.runtime = s.runtime ?? { day: '', byUser: {} };
    this.runLog = s.runLog ?? [];
    this.failures = s.failures ?? [];
    this.authorizationStatus = s.authorizationStatus === 'REQUIRED' ? 'REQUIRED' : 'NOT_REQUIRED';
    this.scriptId = s.scriptId ?? this.scriptId;
    this.nextTrigger = s.nextTrigger ?? 1;
  }
}

/** The id of a Spreadsheet/Form/Document object, or the id string itself. */
function idOf(key: unknown): string {
  if (typeof key === 'string') return key;
  const getId = (key as { getId?: () => string } | null)?.getId;
  if (typeof getId !== 'function') throw new Error('Invalid argument: key');
  return getId.call(key);
}
