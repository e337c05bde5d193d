// A tiny RGB canvas for the chart images: rectangles, and text drawn from DejaVu Sans glyph outlines
// (fontkit) filled by a scanline rasteriser with the nonzero rule and 4×4 supersampling.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type Rgb = [number, number, number];

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: fontkit.Font; bold: fontkit.Font } | null = null;

function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= {
    regular: fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf'))) as fontkit.Font,
    bold: fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf'))) as fontkit.Font,
  };
  return fonts;
}

/** `#rgb`, `#rrggbb` or a few CSS names; anything else is refused (the caller decides the message). */
export function parseColor(css: string): Rgb | null {
  const named: Record<string, string> = {
    black: '#000000',
    white: '#ffffff',
    red: '#ff0000',
    green: '#008000',
    blue: '#0000ff',
    gray: '#808080',
    grey: '#808080',
    orange: '#ffa500',
  };
  const value = named[css.trim().toLowerCase()] ?? css.trim();
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (m) return [m[1], m[2], m[3]].map((h) => parseInt(h + h, 16)) as Rgb;
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  return m ? ([m[1], m[2], m[3]].map((h) => parseInt(h, 16)) as Rgb) : null;
}

type Point = [number, number];

const SUB = 4;

export class Canvas {
  readonly rgb: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.rgb = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  private blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 3;
    const a = Math.min(1, alpha);
    for (let k = 0; k < 3; k++) this.rgb[i + k] = Math.round(this.rgb[i + k] * (1 - a) + color[k] * a);
  }

  /** A rectangle on whole pixels. */
  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.blend(xx, yy, color, 1);
  }

  /** Closed polygons filled with the nonzero rule, antialiased. */
  fillPolygons(polygons: Point[][], color: Rgb): void {
    const edges: Array<[number, number, number, number, number]> = [];
    let minY = Infinity;
    let maxY = -Infinity;
    for (const poly of polygons) {
      for (let i = 0; i < poly.length; i++) {
        const [x0, y0] = poly[i];
        const [x1, y1] = poly[(i + 1) % poly.length];
        if (y0 === y1) continue;
        edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1]);
        minY = Math.min(minY, y0, y1);
        maxY = Math.max(maxY, y0, y1);
      }
    }
    if (!edges.length) return;
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(this.height - 1, Math.ceil(maxY));
    const coverage = new Float32Array(this.width + 1);
    for (let y = top; y <= bottom; y++) {
      coverage.fill(0);
      let touched = false;
      for (let s = 0; s < SUB; s++) {
        const sy = y + (s + 0.5) / SUB;
        const hits: Array<[number, number]> = [];
        for (const [x0, y0, x1, y1, dir] of edges) {
          if (sy < y0 || sy >= y1) continue;
          hits.push([x0 + ((sy - y0) * (x1 - x0)) / (y1 - y0), dir]);
        }
        if (!hits.length) continue;
        hits.sort((a, b) => a[0] - b[0]);
        let winding = 0;
        for (let i = 0; i < hits.length - 1; i++) {
          winding += hits[i][1];
          if (winding !== 0) {
            this.span(coverage, hits[i][0], hits[i + 1][0]);
            touched = true;
          }
        }
      }
      if (!touched) continue;
      for (let x = 0; x < this.width; x++) if (coverage[x] > 0) this.blend(x, y, color, coverage[x] / SUB);
    }
  }

  /** Adds the horizontal span [a, b) to the row's coverage, fractional at its ends. */
  private span(coverage: Float32Array, a: number, b: number): void {
    const from = Math.max(0, a);
    const to = Math.min(this.width, b);
    if (to <= from) return;
    const first = Math.floor(from);
    const last = Math.floor(to);
    if (first === last) {
      coverage[first] += to - from;
      return;
    }
    coverage[first] += first + 1 - from;
    for (let x = first + 1; x < last; x++) coverage[x] += 1;
    if (last < this.width) coverage[last] += to - last;
  }

  /** The advance width of `text` at `size` pixels. */
  measure(text: string, size: number, bold = false): number {
    const font = bold ? loadFonts().bold : loadFonts().regular;
    return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
  }

  /**
   * Draws `text` with its baseline at `y`; `align` places `x` at its left, centre or right. Text
   * wider than `maxWidth` is cut and ends with «…».
   */
  text(
    text: string,
    x: number,
    y: number,
    size: number,
    color: Rgb,
    opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; maxWidth?: number } = {},
  ): number {
    const font = opts.bold ? loadFonts().bold : loadFonts().regular;
    let shown = text;
    if (opts.maxWidth !== undefined && this.measure(shown, size, opts.bold) > opts.maxWidth) {
      while (shown.length > 1 && this.measure(`${shown}…`, size, opts.bold) > opts.maxWidth) {
        shown = shown.slice(0, -1);
      }
      shown = `${shown.trimEnd()}…`;
    }
    const run = font.layout(shown);
    const scale = size / font.unitsPerEm;
    const width = run.advanceWidth * scale;
    let pen = opts.align === 'center' ? x - width / 2 : opts.align === 'right' ? x - width : x;
    const polygons: Point[][] = [];
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i];
      const ox = pen + pos.xOffset * scale;
      const oy = y - pos.yOffset * scale;
      polygons.push(...outline(glyph.path.commands, (gx, gy) => [ox + gx * scale, oy - gy * scale]));
      pen += pos.xAdvance * scale;
    });
    this.fillPolygons(polygons, color);
    return width;
  }
}

/** A glyph's path commands flattened into closed polygons. */
function outline(commands: fontkit.PathCommand[], map: (x: number, y: number) => Point): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  let last: Point = [0, 0];
  const close = () => {
    if (current.length > 2) out.push(current);
    current = [];
  };
  for (const { command, args } of commands) {
    if (command === 'moveTo') {
      close();
      last = map(args[0], args[1]);
      current.push(last);
    } else if (command === 'lineTo') {
      last = map(args[0], args[1]);
      current.push(last);
    } else if (command === 'quadraticCurveTo') {
      const c = map(args[0], args[1]);
      const end = map(args[2], args[3]);
      for (let t = 1; t <= 6; t++) {
        const u = t / 6;
        current.push([
          (1 - u) ** 2 * last[0] + 2 * (1 - u) * u * c[0] + u ** 2 * end[0],
          (1 - u) ** 2 * last[1] + 2 * (1 - u) * u * c[1] + u ** 2 * end[1],
        ]);
      }
      last = end;
    } else if (command === 'bezierCurveTo') {
      const c1 = map(args[0], args[1]);
      const c2 = map(args[2], args[3]);
      const end = map(args[4], args[5]);
      for (let t = 1; t <= 8; t++) {
        const u = t / 8;
        const v = 1 - u;
        current.push([
          v ** 3 * last[0] + 3 * v * v * u * c1[0] + 3 * v * u * u * c2[0] + u ** 3 * end[0],
          v ** 3 * last[1] + 3 * v * v * u * c1[1] + 3 * v * u * u * c2[1] + u ** 3 * end[1],
        ]);
      }
      last = end;
    } else if (command === 'closePath') close();
  }
  close();
  return out;
}
