// Session (developers.google.com/apps-script/reference/base/session) and the User objects that
// Session, Spreadsheet and Protection hand out.
import { emulated, type CallLog } from './core';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

/** A base User: only getEmail (getUserLoginId is deprecated). */
export function userObject(email: string, log: CallLog): GoogleAppsScript.Base.User {
  const user = conform<GoogleAppsScript.Base.User>()({ getEmail: () => email });
  return emulated('User', user, log) as unknown as GoogleAppsScript.Base.User;
}

export interface SessionState {
  blankActiveUser: boolean;
  locale: string;
}

export class SessionService implements ServiceModule {
  /**
   * Google returns '' from getActiveUser().getEmail() for consumer accounts, in simple triggers and
   * across domains; tests switch this on to model that.
   */
  blankActiveUser = false;
  /** What getActiveUserLocale() returns (a language code, e.g. 'ru'): `WorkspaceOptions.locale`'s. */
  locale: string;

  constructor(private readonly ws: Workspace) {
    this.locale = ws.options.locale.split('_')[0];
  }

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const api = conform<GoogleAppsScript.Base.Session>()({
      getActiveUser: () => userObject(this.blankActiveUser ? '' : ws.user, ws.calls),
      getEffectiveUser: () => userObject(ws.user, ws.calls),
      getScriptTimeZone: () => ws.timeZone,
      getActiveUserLocale: () => this.locale,
      getTemporaryActiveUserKey: () => `tmp-${Buffer.from(ws.user).toString('base64url')}`,
    });
    return { Session: emulated('Session', api, ws.calls) };
  }

  toState(): SessionState {
    return { blankActiveUser: this.blankActiveUser, locale: this.locale };
  }

  loadState(state: unknown): void {
    const s = state as Partial<SessionState>;
    this.blankActiveUser = Boolean(s.blankActiveUser);
    this.locale = s.locale ?? this.ws.options.locale.split('_')[0];
  }
}
