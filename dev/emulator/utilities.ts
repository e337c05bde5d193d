// Scaffold: every member of Utilities throws "Not emulated" until this module is filled in.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class UtilitiesService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return { Utilities: emulated('Utilities', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
