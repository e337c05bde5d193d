// The real build/Code.js on the emulator: the menu appears on open and the sidebar opens with its
// title. Run `npm run build` first.
import { createWorkspace } from '../../dev/workspace';
import { loadBundle } from '../../dev/bundle';

describe('build/Code.js on the emulator', () => {
  test('onOpen builds the add-on menu and showSidebar opens «Наставничество»', () => {
    const ws = createWorkspace();
    ws.createSpreadsheet('Наставничество — СОШ №2');
    const app = loadBundle(ws);
    app.onOpen({ authMode: 'NONE' });
    expect(ws.ui.menu()?.kind).toBe('addon');
    expect(ws.ui.menuFunctions()).toContain('showSidebar');
    app.showSidebar();
    expect(ws.ui.sidebar?.title).toBe('Наставничество');
    expect(ws.ui.sidebar?.content.length).toBeGreaterThan(0);
  });
});
