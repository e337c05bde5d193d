// The public surface of the add-on: every export becomes a top-level function of build/Code.js
// (dev/build.mjs), reachable by menus, triggers and google.script.run. Keep each one a few lines;
// the logic lives in the modules beside this file.
import { buildMenu, SIDEBAR_TITLE } from './ui/menu';

/** Simple trigger: builds the menu. In AuthMode.NONE nothing but the Ui may be used. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs once when the add-on is installed (AuthMode.FULL); the menu must appear at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the curator's sidebar. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
