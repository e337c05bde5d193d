// PropertiesService (developers.google.com/apps-script/reference/properties): script, user and
// document stores of strings, with Google's size limits (guides/services/quotas: 9 KB per value,
// 500 KB per store). Document properties exist only with an active document (add-on triggers).
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

type Store = Record<string, string>;

export interface PropertiesState {
  script: Store;
  user: Record<string, Store>;
  document: Record<string, Store>;
}

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
export const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeSize(store: Store): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += bytes(k) + bytes(v);
  return total;
}

export class PropertiesServiceEmu implements ServiceModule {
  private state: PropertiesState = { script: {}, user: {}, document: {} };

  constructor(private readonly ws: Workspace) {}

  /** Node-side: a store's contents ('script', 'user' of ws.user or of `key`, 'document' of `key`). */
  store(kind: 'script' | 'user' | 'document', key?: string): Store {
    if (kind === 'script') return this.state.script;
    const id = key ?? (kind === 'user' ? this.ws.user : this.ws.activeSpreadsheetId);
    if (!id) throw new Error('PropertiesService: no active spreadsheet for document properties');
    const map = this.state[kind];
    map[id] ??= {};
    return map[id];
  }

  private properties(store: Store): GoogleAppsScript.Properties.Properties {
    const log = this.ws.calls;
    const check = (next: Store): void => {
      for (const v of Object.values(next)) {
        if (bytes(v) > VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
      }
      if (storeSize(next) > STORE_LIMIT_BYTES) throw new Error(QUOTA_MESSAGE);
    };
    const replace = (next: Store): void => {
      for (const k of Object.keys(store)) delete store[k];
      Object.assign(store, next);
    };
    // Google's Properties has no get/set/delete twins (reference/properties/properties lists none,
    // nor do the deprecated ScriptProperties and UserProperties): reading one throws Not emulated.
    const api = conform<GoogleAppsScript.Properties.Properties>()({
      getProperty: (key: string) => (Object.hasOwn(store, String(key)) ? store[String(key)] : null),
      getProperties: () => ({ ...store }),
      getKeys: () => Object.keys(store),
      setProperty(key: string, value: unknown) {
        const next = { ...store, [String(key)]: String(value) };
        check(next);
        replace(next);
        return self;
      },
      setProperties(props: Record<string, unknown>, deleteAllOthers = false) {
        const next: Store = deleteAllOthers ? {} : { ...store };
        for (const [k, v] of Object.entries(props)) next[k] = String(v);
        check(next);
        replace(next);
        return self;
      },
      deleteProperty(key: string) {
        delete store[String(key)];
        return self;
      },
      deleteAllProperties() {
        replace({});
        return self;
      },
    });
    const self = emulated('Properties', api, log) as unknown as GoogleAppsScript.Properties.Properties;
    return self;
  }

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const api = conform<GoogleAppsScript.Properties.PropertiesService>()({
      getScriptProperties: () => this.properties(this.store('script')),
      getUserProperties: () => this.properties(this.store('user')),
      getDocumentProperties: () => (ws.activeSpreadsheetId ? this.properties(this.store('document')) : null),
    });
    return { PropertiesService: emulated('PropertiesService', api, ws.calls) };
  }

  toState(): PropertiesState {
    return JSON.parse(JSON.stringify(this.state)) as PropertiesState;
  }

  loadState(state: unknown): void {
    const s = state as Partial<PropertiesState>;
    this.state = { script: s.script ?? {}, user: s.user ?? {}, document: s.document ?? {} };
  }
}
