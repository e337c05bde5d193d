// A small PNG writer and reader (www.w3.org/TR/png-3/): 8-bit truecolour, one IDAT compressed with
// Node's zlib, and iTXt chunks for text. The chart's data table travels in an iTXt chunk, so a test
// can read back from the image bytes (in a document, in a Drive file) what the bars were drawn from.
import { deflateSync, inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An iTXt chunk's data: keyword, no compression, no language, UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  return Buffer.concat([
    Buffer.from(keyword, 'latin1'),
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(text, 'utf8'),
  ]);
}

/** `rgb`: width × height × 3 bytes, row by row. */
export function encodePng(
  width: number,
  height: number,
  rgb: Uint8Array,
  text: Record<string, string> = {},
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  // compression, filter and interlace methods 0
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgb.buffer, rgb.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const parts = [Buffer.from(PNG_SIGNATURE), chunk('IHDR', header)];
  for (const [key, value] of Object.entries(text)) parts.push(chunk('iTXt', itxt(key, value)));
  parts.push(chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0)));
  const out = Buffer.concat(parts);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export interface PngInfo {
  width: number;
  height: number;
  /** The iTXt and tEXt chunks by keyword. */
  text: Record<string, string>;
  /** The pixels as RGB (only for 8-bit truecolour without interlace, what encodePng writes). */
  rgb: Uint8Array | null;
}

/** Reads a PNG: checks the signature and each chunk's CRC; throws on anything malformed. */
export function readPng(input: Uint8Array): PngInfo {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(Buffer.from(PNG_SIGNATURE))) {
    throw new Error('Not a PNG: bad signature');
  }
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colour = 0;
  let interlace = 0;
  const text: Record<string, string> = {};
  const idat: Buffer[] = [];
  let ended = false;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) {
      throw new Error(`Not a PNG: bad CRC in ${type}`);
    }
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8];
      colour = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'tEXt' || type === 'iTXt') {
      const zero = data.indexOf(0);
      const key = data.toString('latin1', 0, zero);
      if (type === 'tEXt') text[key] = data.toString('latin1', zero + 1);
      else {
        // keyword \0 flag method language \0 translated \0 text
        const lang = data.indexOf(0, zero + 3);
        const translated = data.indexOf(0, lang + 1);
        text[key] = data.toString('utf8', translated + 1);
      }
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    at += 12 + length;
  }
  if (!ended || width === 0 || height === 0 || idat.length === 0) throw new Error('Not a PNG: incomplete');
  let rgb: Uint8Array | null = null;
  if (depth === 8 && colour === 2 && interlace === 0) {
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * 3;
    rgb = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      if (filter !== 0) {
        rgb = null;
        break;
      }
      raw.copy(rgb, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    }
  }
  return { width, height, text, rgb };
}
