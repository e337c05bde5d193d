// A1 notation: "A1", "A1:C10", "A:A", "1:1", "A2:C" and a sheet prefix ("Лист1!A1", "'My sheet'!A1").

export interface A1Ref {
  sheetName: string | null;
  /** 1-based. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Splits an optional sheet prefix off: "'Sheet 1'!A1" → ["Sheet 1", "A1"]. */
export function splitSheet(a1: string): [string | null, string] {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return [null, a1];
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return [name, a1.slice(bang + 1)];
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation against a sheet's size; returns null when it is not valid A1. */
export function parseA1(text: string, maxRows: number, maxCols: number): A1Ref | null {
  const [sheetName, ref] = splitSheet(text.trim());
  const [a, b] = ref.split(':');
  const pa = PART.exec(a ?? '');
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) return null;
  if (b === undefined && (!pa[1] || !pa[2])) return null;
  // A missing row means the whole column; a missing column the whole row.
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r2 = pb[2] ? Number(pb[2]) : maxRows;
  const c2 = pb[1] ? columnNumber(pb[1]) : maxCols;
  if (r1 < 1 || c1 < 1) return null;
  return {
    sheetName,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
}
