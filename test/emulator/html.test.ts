// Conformance of HtmlService (developers.google.com/apps-script/reference/html/html-service) and
// HtmlOutput (…/html/html-output).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace } from '../../dev/workspace';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<h1>Панель</h1>');
  const ws = createWorkspace({ bundleDir: dir });
  return { ws, html: ws.globals().HtmlService as GoogleAppsScript.HTML.HtmlService };
}

describe('HtmlService', () => {
  // html-service#createhtmloutputfromfilefilename: reads the project's file.
  test('createHtmlOutputFromFile reads bundleDir/<name>.html', () => {
    const { html } = setup();
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Панель</h1>');
    // (check) the message for a missing file.
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  // html-output#settitletitle, #append, #setwidth, #setheight, #addmetatag, #setxframeoptionsmode
  test('HtmlOutput setters chain and read back', () => {
    const { html } = setup();
    const out = html
      .createHtmlOutput('<p>')
      .append('x</p>')
      .setTitle('Наставничество')
      .setWidth(300)
      .setHeight(200)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual([
      '<p>x</p>',
      'Наставничество',
      300,
      200,
    ]);
    // html-output#setsandboxmodemode: every mode is IFRAME now; the call is accepted.
    expect(out.setSandboxMode(html.SandboxMode.NATIVE).getContent()).toBe('<p>x</p>');
  });

  // html-service#createHtmlOutput(BlobSource): the blob form is not emulated; it throws rather
  // than showing the blob's String().
  test('createHtmlOutput(blob) is not emulated', () => {
    const { ws, html } = setup();
    const blob = (ws.globals().Utilities as GoogleAppsScript.Utilities.Utilities).newBlob('<p>x</p>');
    expect(() => html.createHtmlOutput(blob)).toThrow('Not emulated: HtmlService.createHtmlOutput(blob)');
    expect(html.createHtmlOutput().getContent()).toBe('');
  });

  test('templates are not emulated', () => {
    const { html } = setup();
    expect(() => (html as unknown as Record<string, unknown>).createTemplateFromFile).toThrow(
      'Not emulated: HtmlService.createTemplateFromFile',
    );
  });
});
