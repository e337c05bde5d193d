// HtmlService (developers.google.com/apps-script/reference/html/html-service) and HtmlOutput
// (…/html/html-output). Files come from ws.options.bundleDir, where the build writes Sidebar.html.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulated, notEmulated, type CallLog } from './core';
import type { Workspace, ServiceModule } from './index';
import { conform, type Conformant } from './surface';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/** What an HtmlOutput holds; the Ui records this plain form when it is shown. */
export interface HtmlOutputData {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: { name: string; content: string }[];
}

export class HtmlOutputEmu implements Conformant<HtmlOutputEmu, HtmlOutput> {
  _self!: HtmlOutput;
  _data: HtmlOutputData;

  constructor(content: string) {
    this._data = {
      content,
      title: '',
      width: null,
      height: null,
      sandboxMode: SandboxMode.IFRAME,
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
      metaTags: [],
    };
  }

  getContent(): string {
    return this._data.content;
  }
  setContent(content: string): HtmlOutput {
    this._data.content = String(content);
    return this._self;
  }
  append(addedContent: string): HtmlOutput {
    this._data.content += String(addedContent);
    return this._self;
  }
  clear(): HtmlOutput {
    this._data.content = '';
    return this._self;
  }
  getTitle(): string {
    return this._data.title;
  }
  setTitle(title: string): HtmlOutput {
    this._data.title = String(title);
    return this._self;
  }
  getWidth(): number | null {
    return this._data.width;
  }
  setWidth(width: number): HtmlOutput {
    this._data.width = Number(width);
    return this._self;
  }
  getHeight(): number | null {
    return this._data.height;
  }
  setHeight(height: number): HtmlOutput {
    this._data.height = Number(height);
    return this._self;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    // Google ignores the mode since 2016 and always uses IFRAME (html-output#setSandboxMode).
    void mode;
    this._data.sandboxMode = SandboxMode.IFRAME;
    return this._self;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this._data.xFrameOptionsMode = String(mode);
    return this._self;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._data.metaTags.push({ name: String(name), content: String(content) });
    return this._self;
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this._data.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
}

export function makeHtmlOutput(content: string, log: CallLog): HtmlOutput {
  const output = new HtmlOutputEmu(content);
  output._self = emulated('HtmlOutput', output, log) as unknown as HtmlOutput;
  return output._self;
}

/** The plain data of an HtmlOutput (for the Ui's records); throws on anything else. */
export function htmlData(value: unknown): HtmlOutputData {
  const data = (value as { _data?: HtmlOutputData } | null)?._data;
  if (!data || typeof data.content !== 'string') throw new Error('Invalid argument: userInterface');
  return { ...data, metaTags: [...data.metaTags] };
}

export class HtmlServiceEmu implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const api = conform<GoogleAppsScript.HTML.HtmlService>()({
      SandboxMode,
      XFrameOptionsMode,
      createHtmlOutput: (html?: string | GoogleAppsScript.Base.BlobSource) => {
        if (typeof html === 'object' && html !== null) notEmulated('HtmlService.createHtmlOutput(blob)');
        return makeHtmlOutput(html === undefined ? '' : String(html), ws.calls);
      },
      createHtmlOutputFromFile(filename: string) {
        const name = String(filename).replace(/\.html$/, '');
        const path = join(ws.options.bundleDir, `${name}.html`);
        // (check) the message Google shows for a file that is not in the project.
        if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
        return makeHtmlOutput(readFileSync(path, 'utf8'), ws.calls);
      },
    });
    return { HtmlService: emulated('HtmlService', api, ws.calls) };
  }

  toState(): unknown {
    return {};
  }

  loadState(_state: unknown): void {}
}
