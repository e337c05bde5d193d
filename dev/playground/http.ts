// The playground's HTTP server, on 127.0.0.1 only: the page, the sidebar with its
// google.script.run bridge, and a small JSON API over the Playground's actions.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildSync } from 'esbuild';
import { RUN_PATH, sidebarPage } from '../bridge';
import { Playground, type ActionReport } from './app';
import { docView, pageState, sheetView } from './views';
import { zoneOffsetMinutes } from '../emulator/utilities';

const PAGE_DIR = join(__dirname, 'page');
const MAX_BODY = 1_000_000;

interface Assets {
  html: string;
  css: string;
  js: string;
}

/** The page's script is TypeScript: bundled once, at start. */
function buildAssets(): Assets {
  const result = buildSync({
    entryPoints: [join(PAGE_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return {
    html: readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'),
    css: readFileSync(join(PAGE_DIR, 'page.css'), 'utf8'),
    js: result.outputFiles[0].text,
  };
}

/**
 * The sidebar's clock is the playground's: a curator's computer and Google agree on today, so the
 * sidebar's date fields start at the emulated date, not the machine's. A script ahead of the page's
 * own shifts Date so that the browser's local wall clock reads the school's (`schoolOffsetMinutes`
 * east of UTC) at the emulated moment; the page is loaded again whenever the clock moves.
 */
export function withClock(html: string, nowMs: number, schoolOffsetMinutes: number): string {
  const script = `<script>
(function () {
  var Native = Date;
  var target = ${Math.round(nowMs)};
  var machine = -new Native(target).getTimezoneOffset();
  var offset = target - Native.now() + (${Math.round(schoolOffsetMinutes)} - machine) * 60000;
  function PlaygroundDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!(this instanceof PlaygroundDate)) return new Native(Native.now() + offset).toString();
    if (args.length === 0) return new Native(Native.now() + offset);
    return new (Function.prototype.bind.apply(Native, [null].concat(args)))();
  }
  PlaygroundDate.prototype = Native.prototype;
  PlaygroundDate.now = function () { return Native.now() + offset; };
  PlaygroundDate.parse = Native.parse;
  PlaygroundDate.UTC = Native.UTC;
  window.Date = PlaygroundDate;
})();
</script>`;
  return html.replace('<head>', `<head>\n${script}`);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // A page on another site cannot send JSON here without a preflight, which this server never allows.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'Ожидается application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Слишком большой запрос');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const value: unknown = text ? JSON.parse(text) : {};
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new HttpError(400, 'Ожидается объект JSON');
  return value as Record<string, unknown>;
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string') throw new HttpError(400, `Нет поля ${key}`);
  return v;
}

function answersOf(value: unknown): Record<string, string | string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'Нет ответов');
  const answers: Record<string, string | string[]> = {};
  for (const [title, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') answers[title] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) answers[title] = v as string[];
    else throw new HttpError(400, `Неверный ответ на «${title}»`);
  }
  return answers;
}

export interface PlaygroundServer {
  server: Server;
  url: string;
  playground: Playground;
  close(): Promise<void>;
}

export interface ServerOptions {
  statePath: string;
  port: number;
  buildDir?: string;
}

export async function startPlaygroundServer(options: ServerOptions): Promise<PlaygroundServer> {
  const assets = buildAssets();
  const playground = Playground.open({ statePath: options.statePath, buildDir: options.buildDir });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET') {
      switch (path) {
        case '/':
          return send(res, 200, 'text/html; charset=utf-8', assets.html);
        case '/favicon.ico':
          return send(res, 204, 'image/x-icon', '');
        case '/page.css':
          return send(res, 200, 'text/css; charset=utf-8', assets.css);
        case '/page.js':
          return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
        case '/sidebar':
          return send(
            res,
            200,
            'text/html; charset=utf-8',
            withClock(
              sidebarPage(playground.buildDir),
              playground.ws.clock.nowMillis(),
              zoneOffsetMinutes(playground.ws.clock.nowMillis(), playground.ws.timeZone),
            ),
          );
        case '/api/state':
          return json(res, pageState(playground.ws, playground.menuError));
        case '/api/sheet':
          return json(res, sheetView(playground.ws, url.searchParams.get('name') ?? ''));
        case '/api/doc':
          return json(res, docView(playground.ws, url.searchParams.get('id') ?? ''));
        case '/api/pdf': {
          const id = url.searchParams.get('id') ?? '';
          if (!docView(playground.ws, id)) throw new HttpError(404, 'Нет такого документа');
          // The PDF export as Google makes it on getAs: a real PDF the browser's viewer opens.
          const doc = docView(playground.ws, id);
          return send(res, 200, 'application/pdf', Buffer.from(playground.ws.docs.pdfBytes(id)), {
            'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(`${doc?.name ?? 'document'}.pdf`)}`,
          });
        }
        case '/api/file': {
          const entry = playground.ws.drive.get(url.searchParams.get('id') ?? '');
          if (!entry || entry.kind !== 'blob' || entry.trashed) throw new HttpError(404, 'Нет такого файла');
          const bytes = Buffer.from(entry.data ?? '', 'base64');
          return send(res, 200, entry.mimeType, bytes, {
            'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
          });
        }
        default:
          throw new HttpError(404, 'Не найдено');
      }
    }
    if (req.method !== 'POST') throw new HttpError(405, 'Метод не поддерживается');
    const body = await readJson(req);
    let reply: ActionReport;
    switch (path) {
      case RUN_PATH: {
        const args = body.args === undefined ? [] : body.args;
        if (!Array.isArray(args)) throw new HttpError(400, 'args должен быть массивом');
        return json(res, playground.run(str(body, 'fn'), args));
      }
      case '/api/menu':
        reply = playground.menu(str(body, 'fn'));
        break;
      case '/api/edit':
        reply = playground.editCell(
          str(body, 'sheet'),
          Number(body.row),
          Number(body.col),
          str(body, 'text'),
        );
        break;
      case '/api/submit':
        reply = playground.submitForm(
          str(body, 'formId'),
          answersOf(body.answers),
          typeof body.email === 'string' ? body.email : '',
        );
        break;
      case '/api/clock':
        reply =
          typeof body.date === 'string'
            ? playground.advance({ date: body.date })
            : playground.advance({ days: Number(body.days) });
        break;
      case '/api/demo':
        playground.loadDemo();
        reply = { ok: true, alerts: [], opened: [], runs: [], mailSent: 0 };
        break;
      case '/api/reset':
        playground.reset();
        reply = { ok: true, alerts: [], opened: [], runs: [], mailSent: 0 };
        break;
      default:
        throw new HttpError(404, 'Не найдено');
    }
    return json(res, reply);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error(e);
      if (!res.headersSent) json(res, { ok: false, error: message }, status);
      else res.end();
    });
  });

  const port = await listen(server, options.port);
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    playground,
    close: () =>
      new Promise<void>((resolve) => {
        playground.save();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Listens on `port`, or on a free port when that one is taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE' && port !== 0) {
        console.log(`Порт ${port} занят, выбираю свободный.`);
        server.listen(0, '127.0.0.1');
      } else reject(e);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
    server.listen(port, '127.0.0.1');
  });
}
