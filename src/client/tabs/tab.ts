// What every tab of the sidebar provides, and what it gets from the shell.
import type { StatusLine } from '../actions';

export interface TabContext {
  /** The tab's content; load() replaces it. */
  content: HTMLElement;
  /** Progress and results of the tab's actions (survives reloads). */
  status: StatusLine;
  /** After an action changed the spreadsheet: reload this tab, and the others when next shown. */
  changed(): Promise<void>;
}

export interface Tab {
  id: string;
  title: string;
  /** Loads the tab's data from the server and renders it into ctx.content. */
  load(ctx: TabContext): Promise<void>;
}
