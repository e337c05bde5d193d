// Logger (developers.google.com/apps-script/reference/base/logger) and the console global of the V8
// runtime: both record lines on ws.logger instead of printing.
import { emulated } from './core';
import { javaFormat } from './utilities';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? String(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return String(value);
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export class LoggerService implements ServiceModule {
  lines: LogLine[] = [];
  /** Logger.getLog() covers the Logger.log lines since the last clear(). */
  private loggerLines: string[] = [];

  constructor(private readonly ws: Workspace) {}

  /** Node-side: every message, in order. */
  messages(level?: LogLine['level']): string[] {
    return this.lines.filter((l) => !level || l.level === level).map((l) => l.message);
  }

  globals(): Record<string, unknown> {
    const logger: GoogleAppsScript.Base.Logger = emulated(
      'Logger',
      conform<GoogleAppsScript.Base.Logger>()({
        log: (data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger => {
          const message =
            values.length > 0 && typeof data === 'string' ? javaFormat(data, values) : show(data);
          this.lines.push({ level: 'Logger', message });
          this.loggerLines.push(message);
          return logger;
        },
        getLog: () => this.loggerLines.join('\n'),
        clear: (): void => {
          this.loggerLines = [];
        },
      }),
      this.ws.calls,
    );
    const consoleLevel =
      (level: LogLine['level']) =>
      (...args: unknown[]): void => {
        this.lines.push({ level, message: args.map(show).join(' ') });
      };
    // The V8 runtime's console (the global Console of @types/google-apps-script, merged here with
    // Node's and the DOM's, whose log/info/warn/error take the same arguments).
    const consoleApi = emulated(
      'console',
      conform<Console>()({
        log: consoleLevel('log'),
        info: consoleLevel('info'),
        warn: consoleLevel('warn'),
        error: consoleLevel('error'),
      }),
      this.ws.calls,
    );
    return { Logger: logger, console: consoleApi };
  }

  toState(): unknown {
    return { lines: this.lines };
  }

  loadState(state: unknown): void {
    this.lines = (state as { lines?: LogLine[] }).lines ?? [];
    this.loggerLines = this.lines.filter((l) => l.level === 'Logger').map((l) => l.message);
  }
}
