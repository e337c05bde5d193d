// Scaffold: SpreadsheetApp.getUi() is filled in by the ui module.
import type { Workspace, ServiceModule } from './index';

export class UiService implements ServiceModule {
  constructor(readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    return {};
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
