// Scaffold: SpreadsheetApp is filled in by the sheets module.
import { emulated, notEmulated } from './core';
import type { Workspace, ServiceModule } from './index';

export class SheetsService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  create(_name: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return notEmulated('SpreadsheetApp.create');
  }

  globals(): Record<string, unknown> {
    return { SpreadsheetApp: emulated('SpreadsheetApp', {}, this.ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
