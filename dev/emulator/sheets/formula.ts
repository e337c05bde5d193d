// A small formula evaluator: enough for the formulas the add-on and staff are likely to put in its
// sheets (numbers, text, + - * / &, comparisons, cell and range references, SUM, COUNTA, COUNT, MIN,
// MAX, AVERAGE, IF, CONCATENATE, HYPERLINK, TODAY, NOW). Anything else shows what Sheets shows for
// an unknown function (#NAME?) or a formula it cannot parse (#ERROR!).
import { columnNumber } from './a1';
import type { Scalar } from './model';

export class FormulaError {
  constructor(readonly code: string) {}
}

export type CellResult = Scalar | null | FormulaError;

interface RangeValue {
  kind: 'range';
  cells: CellResult[][];
}

type Value = CellResult | RangeValue;

export interface FormulaContext {
  /** The evaluated value of a cell (1-based), or a #REF! error when it is outside the sheet. */
  cell(sheetName: string | null, row: number, col: number): CellResult;
  /** The size of a sheet (null when there is no such sheet). */
  size(sheetName: string | null): { rows: number; cols: number } | null;
  /** The current time as a serial in the spreadsheet's zone. */
  nowSerial(): number;
}

class ParseError extends Error {}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'func'; v: string }
  | { t: 'ref'; sheet: string | null; a: string; b: string | null }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const FUNC = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/;
const REF =
  /^(?:('(?:[^']|'')+'|[^\s!(),;:&+\-*/=<>"']+)!)?(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}(?=\s*:))(?:\s*:\s*(\$?[A-Za-z]{1,3}\$?\d*))?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let s = src;
  while (s.length > 0) {
    const ws = /^\s+/.exec(s);
    if (ws) {
      s = s.slice(ws[0].length);
      continue;
    }
    let m = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s);
    if (m) {
      out.push({ t: 'num', v: Number(m[0]) });
    } else if (s[0] === '"') {
      m = /^"((?:[^"]|"")*)"/.exec(s);
      if (!m) throw new ParseError('unterminated string');
      out.push({ t: 'str', v: m[1].replace(/""/g, '"') });
    } else if ((m = FUNC.exec(s))) {
      out.push({ t: 'func', v: m[1].toUpperCase() });
    } else if ((m = REF.exec(s))) {
      let sheet = m[1] ?? null;
      if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      out.push({ t: 'ref', sheet, a: m[2], b: m[3] ?? null });
    } else if ((m = /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*/.exec(s))) {
      out.push({ t: 'name', v: m[0] });
    } else if ((m = /^(<>|<=|>=|[-+*/&(),;=<>^%])/.exec(s))) {
      out.push({ t: 'op', v: m[0] });
    } else {
      throw new ParseError(`unexpected ${s[0]}`);
    }
    s = s.slice(m[0].length);
  }
  return out;
}

type Node =
  | { k: 'lit'; v: Scalar | FormulaError }
  | { k: 'ref'; sheet: string | null; a: string; b: string | null }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'call'; name: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let i = 0;
  const peekOp = (...ops: string[]): string | null => {
    const tok = tokens[i];
    return tok?.t === 'op' && ops.includes(tok.v) ? tok.v : null;
  };
  const expect = (op: string): void => {
    if (!peekOp(op)) throw new ParseError(`expected ${op}`);
    i++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let l = next();
    for (let op = peekOp(...ops); op; op = peekOp(...ops)) {
      i++;
      l = { k: 'bin', op, l, r: next() };
    }
    return l;
  };
  const primary = (): Node => {
    const tok = tokens[i++];
    if (!tok) throw new ParseError('unexpected end');
    switch (tok.t) {
      case 'num':
        return { k: 'lit', v: tok.v };
      case 'str':
        return { k: 'lit', v: tok.v };
      case 'ref':
        return { k: 'ref', sheet: tok.sheet, a: tok.a, b: tok.b };
      case 'name': {
        const upper = tok.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'lit', v: upper === 'TRUE' };
        return { k: 'lit', v: new FormulaError('#NAME?') };
      }
      case 'func': {
        const args: Node[] = [];
        if (!peekOp(')')) {
          args.push(comparison());
          while (peekOp(',', ';')) {
            i++;
            args.push(comparison());
          }
        }
        expect(')');
        return { k: 'call', name: tok.v, args };
      }
      case 'op':
        if (tok.v === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        if (tok.v === '-' || tok.v === '+') return { k: 'un', op: tok.v, x: primary() };
        throw new ParseError(`unexpected ${tok.v}`);
    }
  };
  const term = binary(primary, ['*', '/']);
  const additive = binary(term, ['+', '-']);
  const concat = binary(additive, ['&']);
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>=']);
  const root = comparison();
  if (i !== tokens.length) throw new ParseError('trailing tokens');
  return root;
}

function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

function toNumber(v: CellResult): number | FormulaError {
  if (isError(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toText(v: CellResult): string | FormulaError {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function flat(values: Value[]): CellResult[] {
  return values.flatMap((v) => (isRange(v) ? v.cells.flat() : [v]));
}

function isRange(v: Value): v is RangeValue {
  return typeof v === 'object' && v !== null && !isError(v) && (v as RangeValue).kind === 'range';
}

function single(v: Value): CellResult {
  if (!isRange(v)) return v;
  if (v.cells.length === 1 && v.cells[0].length === 1) return v.cells[0][0];
  return new FormulaError('#VALUE!');
}

function numbersIn(values: Value[]): number[] | FormulaError {
  const out: number[] = [];
  for (const v of values) {
    if (isRange(v)) {
      for (const c of v.cells.flat()) {
        if (isError(c)) return c;
        if (typeof c === 'number') out.push(c);
      }
    } else {
      const n = toNumber(v);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function compare(op: string, l: CellResult, r: CellResult): boolean {
  const a = typeof l === 'string' ? l.toLowerCase() : (l ?? '');
  const b = typeof r === 'string' ? r.toLowerCase() : (r ?? '');
  switch (op) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

function evaluate(node: Node, ctx: FormulaContext): Value {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ref':
      return resolveRef(node, ctx);
    case 'un': {
      const n = toNumber(single(evaluate(node.x, ctx)));
      return isError(n) ? n : node.op === '-' ? -n : n;
    }
    case 'bin': {
      const l = single(evaluate(node.l, ctx));
      const r = single(evaluate(node.r, ctx));
      if (isError(l)) return l;
      if (isError(r)) return r;
      if (node.op === '&') {
        return `${toText(l) as string}${toText(r) as string}`;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) return compare(node.op, l, r);
      const a = toNumber(l);
      const b = toNumber(r);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      return b === 0 ? new FormulaError('#DIV/0!') : a / b;
    }
    case 'call':
      return call(node.name, node.args, ctx);
  }
}

function resolveRef(node: { sheet: string | null; a: string; b: string | null }, ctx: FormulaContext): Value {
  const size = ctx.size(node.sheet);
  if (!size) return new FormulaError('#REF!');
  const part = (text: string, fallbackRow: number) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d*)$/.exec(text);
    if (!m) return null;
    return { col: columnNumber(m[1]), row: m[2] ? Number(m[2]) : fallbackRow };
  };
  const a = part(node.a, 1);
  const b = node.b === null ? a : part(node.b, size.rows);
  if (!a || !b) return new FormulaError('#REF!');
  if (node.b === null) return ctx.cell(node.sheet, a.row, a.col);
  const cells: CellResult[][] = [];
  const lastRow = Math.min(Math.max(a.row, b.row), size.rows);
  for (let r = Math.min(a.row, b.row); r <= lastRow; r++) {
    const row: CellResult[] = [];
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++)
      row.push(ctx.cell(node.sheet, r, c));
    cells.push(row);
  }
  return { kind: 'range', cells };
}

function call(name: string, argNodes: Node[], ctx: FormulaContext): Value {
  // IF evaluates lazily, as spreadsheets do.
  if (name === 'IF') {
    if (argNodes.length < 2 || argNodes.length > 3) return new FormulaError('#N/A');
    const cond = toNumber(single(evaluate(argNodes[0], ctx)));
    if (isError(cond)) return cond;
    if (cond !== 0) return single(evaluate(argNodes[1], ctx));
    return argNodes[2] ? single(evaluate(argNodes[2], ctx)) : false;
  }
  const args = argNodes.map((n) => evaluate(n, ctx));
  const nums = (): number[] | FormulaError => numbersIn(args);
  switch (name) {
    case 'SUM': {
      const n = nums();
      return isError(n) ? n : n.reduce((a, b) => a + b, 0);
    }
    case 'MIN':
    case 'MAX': {
      const n = nums();
      if (isError(n)) return n;
      return n.length === 0 ? 0 : name === 'MIN' ? Math.min(...n) : Math.max(...n);
    }
    case 'AVERAGE': {
      const n = nums();
      if (isError(n)) return n;
      return n.length === 0 ? new FormulaError('#DIV/0!') : n.reduce((a, b) => a + b, 0) / n.length;
    }
    case 'COUNT':
      return flat(args).filter((v) => typeof v === 'number').length;
    case 'COUNTA':
      return flat(args).filter((v) => v !== null && v !== '').length;
    case 'CONCATENATE': {
      let out = '';
      for (const v of flat(args)) {
        const t = toText(v);
        if (isError(t)) return t;
        out += t;
      }
      return out;
    }
    case 'HYPERLINK': {
      if (args.length < 1 || args.length > 2) return new FormulaError('#N/A');
      const url = single(args[0]);
      const label = args.length === 2 ? single(args[1]) : url;
      return isError(url) ? url : label;
    }
    case 'TODAY':
      return Math.floor(ctx.nowSerial());
    case 'NOW':
      return ctx.nowSerial();
    default:
      return new FormulaError('#NAME?');
  }
}

/** Evaluates a formula ("=…"); the result is a value or a FormulaError with Sheets' code. */
export function evaluateFormula(formula: string, ctx: FormulaContext): CellResult {
  let node: Node;
  try {
    node = parse(tokenize(formula.replace(/^=/, '')));
  } catch (e) {
    if (e instanceof ParseError) return new FormulaError('#ERROR!');
    throw e;
  }
  return single(evaluate(node, ctx));
}
