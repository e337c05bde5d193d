// `npm start`: the add-on running offline in a browser on a demo school.
//   PORT               port to listen on (default 8080; a free one if it is taken)
//   PLAYGROUND_STATE   where the state is saved (default .playground/state.json)
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startPlaygroundServer } from './http';

async function main(): Promise<void> {
  const statePath = resolve(
    process.env.PLAYGROUND_STATE ?? join(__dirname, '..', '..', '.playground', 'state.json'),
  );
  mkdirSync(dirname(statePath), { recursive: true });
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: неверный порт ${process.env.PORT}`);

  const started = Date.now();
  const app = await startPlaygroundServer({ statePath, port });
  console.log(`Наставничество — песочница: ${app.url}`);
  console.log(
    `Состояние: ${statePath} (готово за ${((Date.now() - started) / 1000).toFixed(1)} с). Остановить: Ctrl+C.`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: сохраняю состояние и останавливаюсь.`);
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
