// The emulator (the `apps-script-emulator` workspace package, dev/emulator) with this product's
// defaults: a Russian school's spreadsheet (locale ru_RU, Moscow time), the add-on's name on its
// menu, the curator acting, the first of September 2026. Tests, the playground and the bench create
// their Workspaces here; everything else of the emulator is re-exported unchanged.
import {
  createWorkspace as createBareWorkspace,
  type Workspace,
  type WorkspaceOptions,
} from 'apps-script-emulator';

export * from 'apps-script-emulator';

export const PRODUCT_DEFAULTS = {
  now: '2026-09-01T09:00:00+03:00',
  timeZone: 'Europe/Moscow',
  user: 'curator@school.example',
  locale: 'ru_RU',
  addonName: 'Наставничество',
} satisfies WorkspaceOptions;

/** A Workspace with this product's defaults; `options` overrides any of them. */
export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  return createBareWorkspace({ ...PRODUCT_DEFAULTS, ...options });
}
