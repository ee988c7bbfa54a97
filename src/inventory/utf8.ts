import type { Position } from './diagnostic.js';

export type Decoded = { ok: true; text: string } | { ok: false; message: string; position: Position };

const fatal = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file as UTF-8, dropping a byte-order mark (editors on Windows write one) so that columns on
 * line 1 count from the first real character. Text that is not UTF-8 is refused with the position of
 * its first bad byte, since a legacy encoding (Latin-1, Windows-1252) usually goes wrong at one accent.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'UTF-16 text: save the file as UTF-8', position: { line: 1, column: 1 } };
  }
  try {
    const text = fatal.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = fatal.decode(bytes.subarray(0, at)).replace(/^\ufeff/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `not UTF-8 text (byte 0x${hex}): save the file as UTF-8`,
      position: { line, column: before.length - lineStart + 1 },
    };
  }
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * A file name as bytes, shown as text: valid UTF-8 as it is, each byte that is not as `\xNN`, so that a
 * file named in a legacy encoding is still read and named in every output.
 */
export function decodeName(bytes: Uint8Array): string {
  let shown = '';
  let at = 0;
  while (at < bytes.length) {
    const bad = at + firstInvalidByte(bytes.subarray(at));
    shown += fatal.decode(bytes.subarray(at, bad));
    if (bad < bytes.length) shown += `\\x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    at = bad + 1;
  }
  return shown;
}
