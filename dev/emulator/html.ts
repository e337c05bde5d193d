// Scaffold: every member of HtmlService throws "Not emulated" until this module is filled in.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class HtmlServiceEmu implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return { HtmlService: emulated('HtmlService', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
