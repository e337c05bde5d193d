// Scaffold: every member of Logger throws "Not emulated" until this module is filled in.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class LoggerService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return { Logger: emulated('Logger', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
