// Scaffold: every member of Session throws "Not emulated" until this module is filled in.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class SessionService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return { Session: emulated('Session', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
