import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** MS-DOS date of every entry, 2000-01-01 00:00: an archive must be the same bytes from one run to the next. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309) as zip stores it, continued from `crc`: zlib's from Node 20.15 on, else computed here. */
const crc32: (data: Uint8Array, crc: number) => number =
  (zlib as { crc32?: (data: Uint8Array, crc: number) => number }).crc32 ?? tableCrc32;

function tableCrc32(data: Uint8Array, crc: number): number {
  crc = ~crc;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The size of the pieces deflated side by side. */
export const CHUNK = 1 << 20;
const deflateRaw = promisify(zlib.deflateRaw);

/**
 * zlib's level 5 rather than its default 6: on the workbook of the 10,000-category benchmark, two thirds
 * of the time for 2% more bytes (level 4 saves a little more time for 12% more bytes).
 */
const LEVEL = 5;

/**
 * Room for a piece's compressed bytes: deflate writes a megabyte of XML in some 100 KiB, and its
 * default 16 KiB of room made the thread pool hand each piece back and forth several times.
 */
const ROOM = CHUNK / 4;

function compress(piece: Uint8Array, finishFlush: number): Promise<Buffer> {
  return deflateRaw(piece, { level: LEVEL, finishFlush, chunkSize: ROOM });
}

/** Pieces of one entry compressed at once, at most: as many as libuv's thread pool has threads by default. */
const IN_FLIGHT = 4;

/**
 * Buffers from `pieceBuffer` whose piece has been compressed, to be written into again: a workbook of
 * 150 MB goes through a few of them, rather than leaving a megabyte for the collector at every piece.
 */
const spare: Buffer[] = [];
const pieceBuffers = new WeakSet<ArrayBufferLike>();

/** A buffer of CHUNK bytes to write a piece into and hand over (the part written) to `ZipEntryWriter.write`. */
export function pieceBuffer(): Buffer {
  const buffer = spare.pop();
  if (buffer) return buffer;
  const made = Buffer.allocUnsafe(CHUNK);
  pieceBuffers.add(made.buffer);
  return made;
}

/** A piece no longer needed: its buffer is used again if it came from `pieceBuffer`. */
export function reuse(piece: Uint8Array): void {
  if (pieceBuffers.has(piece.buffer) && spare.length <= IN_FLIGHT)
    spare.push(Buffer.from(piece.buffer, 0, CHUNK));
}

/**
 * One entry's content as it is written, in pieces of at most CHUNK bytes: each piece is deflated in
 * libuv's thread pool as soon as the next one arrives, while the caller prepares more. Every piece but
 * the last ends on a byte boundary without a final block (a sync flush), so that their concatenation is
 * one deflate stream, as pigz does; each starts with an empty dictionary, which costs a fraction of a
 * percent in size. A caller that writes much awaits `room()` now and then, so that no more than a few
 * pieces wait uncompressed.
 */
export class ZipEntryWriter {
  readonly #parts: Promise<Buffer>[] = [];
  #held: Uint8Array | undefined;
  #crc = 0;
  #size = 0;
  #compressing = 0;
  #wake: (() => void) | undefined;

  /** Takes the piece over: the caller must not change it afterwards. */
  write(piece: Uint8Array): void {
    if (piece.length > CHUNK) {
      for (let start = 0; start < piece.length; start += CHUNK)
        this.write(piece.subarray(start, start + CHUNK));
      return;
    }
    if (this.#held) this.#compress(this.#held, zlib.constants.Z_SYNC_FLUSH);
    this.#held = piece;
    this.#crc = crc32(piece, this.#crc);
    this.#size += piece.length;
  }

  /** Settles once fewer than IN_FLIGHT pieces are being compressed; undefined if that is already so. */
  room(): Promise<void> | undefined {
    if (this.#compressing < IN_FLIGHT) return undefined;
    return new Promise((resolve) => (this.#wake = resolve));
  }

  /** @internal the entry's size, checksum and compressed pieces, once every piece is compressed */
  async close(): Promise<{ crc: number; size: number; compressed: Buffer[] }> {
    this.#compress(this.#held ?? new Uint8Array(), zlib.constants.Z_FINISH);
    return { crc: this.#crc, size: this.#size, compressed: await Promise.all(this.#parts) };
  }

  #compress(piece: Uint8Array, finishFlush: number): void {
    this.#compressing++;
    this.#parts.push(
      compress(piece, finishFlush).finally(() => {
        reuse(piece);
        this.#compressing--;
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
      }),
    );
  }
}

/**
 * A zip archive (PKWARE APPNOTE 6.3, no zip64: entries and archive under 4 GiB), every entry deflated,
 * with fixed dates: the same entries in the same order give the same bytes. The archive is made in the
 * order it is written: each entry's bytes as soon as it is compressed, then the central directory.
 */
export class ZipWriter {
  readonly #central: Buffer[] = [];
  #offset = 0;

  /** An entry of the given content: its bytes in the archive, to be written next. */
  add(name: string, data: Uint8Array): Promise<Buffer[]> {
    const entry = new ZipEntryWriter();
    entry.write(data);
    return this.entry(name, entry);
  }

  /**
   * An entry whose content has been written to `entry`: its bytes in the archive, to be written next.
   * Entries are added one after the other, each once the previous one's bytes are in hand.
   */
  async entry(name: string, entry: ZipEntryWriter): Promise<Buffer[]> {
    const { crc, size, compressed } = await entry.close();
    const nameBytes = Buffer.from(name, 'utf8');
    const compressedSize = compressed.reduce((sum, part) => sum + part.length, 0);
    // version needed 2.0, bit 11: the name is UTF-8, method 8: deflate
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0x0800, at + 2);
      header.writeUInt16LE(8, at + 4);
      header.writeUInt16LE(DOS_TIME, at + 6);
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(compressedSize, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by: MS-DOS attributes, version 2.0
    common(record, 6);
    record.writeUInt32LE(this.#offset, 42);
    this.#central.push(record, nameBytes);
    this.#offset += local.length + nameBytes.length + compressedSize;
    return [local, nameBytes, ...compressed];
  }

  /** The central directory and its end: the archive's last bytes. */
  end(): Buffer {
    const count = this.#central.length / 2;
    const central = Buffer.concat(this.#central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(count, 8);
    end.writeUInt16LE(count, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(this.#offset, 16);
    return Buffer.concat([central, end]);
  }
}
