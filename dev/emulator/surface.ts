// Compile-time conformance of the emulator to the official Apps Script surface
// (@types/google-apps-script): every emulated class is checked against the interface of the class
// it stands for, so an emulated method whose signature Google's would not match fails
// `npm run typecheck` instead of letting the add-on depend on a call that breaks on Google.
//
// A member present in both must
// - accept every argument list each official overload accepts: the same arity or more (optional
//   extra parameters), no argument silently dropped, and parameter types at least as wide as the
//   official ones (an enum parameter is typed with the official enum, or wider);
// - return something assignable to that overload's official return type, or null: the typings
//   omit null where Google returns it (LockService.getDocumentLock outside a document, a
//   Paragraph's unset alignment, …);
// - for a non-function member (an enum such as Ui.ButtonSet), have only the official enum's keys.
// Official members the emulator leaves out are allowed: reading one throws «Not emulated» at run
// time (core.ts). Members only the emulator has must start with `_` (its internals), or be listed
// in `Extra`: members Google has that the typings lack, each with a comment saying why; an enum's
// key is listed with its enum's name (`'Permission.FILE_ORGANIZER'`).
//
//   emulated('MailApp', conform<GoogleAppsScript.Mail.MailApp>()({ sendEmail, … }), log)
//   class BlobImpl implements Conformant<BlobImpl, GoogleAppsScript.Base.Blob> { … }
//
// The check is only as good as the declared types: a method that returns a proxy must declare the
// official type (a cast at the return is fine), and an emulated enum member (an EnumValue or a
// name) is cast to the official enum where it is returned. Interfaces with an index signature
// (HtmlTemplate) are not checked member by member. test/types/surface.test-d.ts pins what fails.

/**
 * The call signatures of a (possibly overloaded) function type as [parameters, return] pairs.
 * TypeScript matches the last overloads against the pattern, so a function with more than 10 would
 * lose its first ones; the most in @types/google-apps-script 2.0.13 is 8 (Spreadsheet.insertSheet).
 */
export type Signatures<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
  (...a: infer A9): infer R9;
  (...a: infer A10): infer R10;
}
  ? | [A1, R1]
    | [A2, R2]
    | [A3, R3]
    | [A4, R4]
    | [A5, R5]
    | [A6, R6]
    | [A7, R7]
    | [A8, R8]
    | [A9, R9]
    | [A10, R10]
  : never;

/** The official overloads the emulated function does not satisfy, as function types (never: none). */
export type Failing<E, O> =
  Signatures<O> extends infer S
    ? S extends [infer A, infer R]
      ? E extends (...args: infer P) => infer RE
        ? [A] extends [P]
          ? [RE] extends [R | null]
            ? never
            : (...args: A extends unknown[] ? A : never) => R
          : (...args: A extends unknown[] ? A : never) => R
        : (...args: A extends unknown[] ? A : never) => R
      : never
    : never;

/** What a failing member is compared with, so that the compiler's message names the problem. */
export interface SignatureMismatch<F> {
  'differs from the official signature': F;
}
export interface NotOfficial<K> {
  'is not in the official interface (internals start with _)': K;
}

/** An emulated enum object named `N`: only the official enum's keys, or `N.key` listed in Extra. */
type EnumKeys<E, O, N, Extra extends string> = {
  [P in keyof E]: P extends keyof O
    ? E[P]
    : P extends string
      ? N extends string
        ? `${N}.${P}` extends Extra
          ? E[P]
          : NotOfficial<P>
        : NotOfficial<P>
      : NotOfficial<P>;
};

type Member<E, O, N, Extra extends string> = O extends (...args: never[]) => unknown
  ? [Failing<E, O>] extends [never]
    ? E
    : SignatureMismatch<Failing<E, O>>
  : EnumKeys<E, O, N, Extra>;

/** `E` as it must be to conform to the official `O` (see the header); `E` itself when it does. */
export type Conformant<E, O, Extra extends string = never> = {
  [K in keyof E]: K extends keyof O
    ? Member<E[K], O[K], K, Extra>
    : K extends `_${string}` | Extra
      ? E[K]
      : NotOfficial<K>;
};

/**
 * Checks an object literal against the official interface `O` and returns it unchanged:
 * `conform<GoogleAppsScript.Lock.Lock>()({ tryLock, … })`.
 */
export function conform<O, Extra extends string = never>() {
  return <E extends Conformant<E, O, Extra>>(obj: E): E => obj;
}
