// Scaffold: every member of LockService throws "Not emulated" until this module is filled in.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class LockServiceEmu implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return { LockService: emulated('LockService', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
