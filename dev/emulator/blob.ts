// Apps Script's Blob (developers.google.com/apps-script/reference/base/blob): bytes, a content type
// and a name. Minimal version written by the Drive/Docs emulator; the Utilities owner may extend it.
import { emulated, notEmulated, type CallLog } from './core';
import type { Conformant } from './surface';

type Blob = GoogleAppsScript.Base.Blob;

export class BlobImpl implements Conformant<BlobImpl, Blob> {
  _self!: Blob;

  constructor(
    public _bytes: Uint8Array,
    public _contentType: string | null,
    public _name: string | null,
  ) {}

  getBytes(): number[] {
    // Apps Script byte arrays are signed Java bytes.
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }

  setBytes(data: number[]): Blob {
    this._bytes = Uint8Array.from(data, (b) => b & 0xff);
    return this._self;
  }

  getDataAsString(charset?: string): string {
    return new TextDecoder(charset ?? 'utf-8').decode(this._bytes);
  }

  setDataFromString(data: string, charset?: string): Blob {
    // Only UTF-8 (the default) is emulated.
    if (charset !== undefined && !/^utf-?8$/i.test(String(charset))) {
      notEmulated(`Blob.setDataFromString in ${String(charset)}`);
    }
    this._bytes = new TextEncoder().encode(String(data));
    return this._self;
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string | null): Blob {
    this._contentType = contentType;
    return this._self;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): Blob {
    this._name = name;
    return this._self;
  }

  isGoogleType(): boolean {
    return false;
  }

  getBlob(): Blob {
    return this._self;
  }

  copyBlob(): Blob {
    return newBlob(this._log, Uint8Array.from(this._bytes), this._contentType, this._name);
  }

  _log!: CallLog;
}

/** A new emulated Blob. */
export function newBlob(
  log: CallLog,
  bytes: Uint8Array,
  contentType: string | null = null,
  name: string | null = null,
): Blob {
  const inst = new BlobImpl(bytes, contentType, name);
  inst._log = log;
  inst._self = emulated('Blob', inst, log) as unknown as Blob;
  return inst._self;
}

/** The parts of a Blob (or anything Blob-shaped, e.g. a Blob from the bundle's realm). */
export function blobParts(value: unknown): {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
} {
  const b = value as { getBytes(): number[]; getContentType(): string | null; getName(): string | null };
  if (!b || typeof b.getBytes !== 'function') throw new Error('Invalid argument: blob');
  return {
    bytes: Uint8Array.from(b.getBytes(), (x) => x & 0xff),
    contentType: b.getContentType(),
    name: b.getName(),
  };
}
