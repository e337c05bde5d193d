// Compile-time check (never bundled: nothing imports this file): src/server/index.ts exports every
// function of ServerApi with a compatible signature. Renaming or changing one breaks
// `npm run typecheck`, and the sidebar's typed client is built from the same interface.
import type * as Server from '../index';
import type { ServerApi } from './types';

type Exports = typeof Server;
type Missing = Exclude<keyof ServerApi, keyof Exports>;
type Mismatched = {
  [K in keyof ServerApi & keyof Exports]: Exports[K] extends ServerApi[K] ? never : K;
}[keyof ServerApi & keyof Exports];

type Assert<T extends true> = T;
export type ServerImplementsApi = Assert<
  [Missing] extends [never] ? ([Mismatched] extends [never] ? true : false) : false
>;
