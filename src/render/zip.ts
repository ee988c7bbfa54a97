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

/** CRC-32 (ISO 3309), as zip stores it for each entry: zlib's from Node 20.15 on, else computed here. */
const crc32: (data: Uint8Array) => number =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? tableCrc32;

function tableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CHUNK = 1 << 20;
const deflateRaw = promisify(zlib.deflateRaw);

/**
 * Raw deflate, in 1 MiB chunks compressed side by side: every chunk but the last ends on a byte boundary
 * without a final block (a sync flush), so that their concatenation is one deflate stream, as pigz does.
 * A chunk starts with an empty dictionary, which costs a fraction of a percent in size.
 */
async function deflate(data: Uint8Array): Promise<Buffer> {
  const chunks: Promise<Buffer>[] = [];
  for (let start = 0; start < data.length || start === 0; start += CHUNK) {
    const last = start + CHUNK >= data.length;
    const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    chunks.push(deflateRaw(data.subarray(start, start + CHUNK), { finishFlush }));
  }
  return Buffer.concat(await Promise.all(chunks));
}

/**
 * A zip archive (PKWARE APPNOTE 6.3, no zip64: entries and archive under 4 GiB), every entry deflated,
 * in the order added, with fixed dates: the same entries give the same bytes. Each entry is compressed
 * in libuv's thread pool as soon as it is added, while the caller prepares the next one.
 */
export class ZipWriter {
  readonly #entries: Promise<{ name: Buffer; crc: number; size: number; compressed: Buffer }>[] = [];

  add(name: string, data: Uint8Array): void {
    this.#entries.push(
      deflate(data).then((bytes) => ({
        name: Buffer.from(name, 'utf8'),
        crc: crc32(data),
        size: data.length,
        compressed: bytes,
      })),
    );
  }

  async bytes(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const { name, crc, size, compressed } of await Promise.all(this.#entries)) {
      // version needed 2.0, bit 11: the name is UTF-8, method 8: deflate
      const common = (header: Buffer, at: number) => {
        header.writeUInt16LE(20, at);
        header.writeUInt16LE(0x0800, at + 2);
        header.writeUInt16LE(8, at + 4);
        header.writeUInt16LE(DOS_TIME, at + 6);
        header.writeUInt16LE(DOS_DATE, at + 8);
        header.writeUInt32LE(crc, at + 10);
        header.writeUInt32LE(compressed.length, at + 14);
        header.writeUInt32LE(size, at + 18);
        header.writeUInt16LE(name.length, at + 22);
      };
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      common(local, 4);
      parts.push(local, name, compressed);
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4); // made by: MS-DOS attributes, version 2.0
      common(record, 6);
      record.writeUInt32LE(offset, 42);
      central.push(record, name);
      offset += local.length + name.length + compressed.length;
    }
    const centralSize = central.reduce((size, part) => size + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length / 2, 8);
    end.writeUInt16LE(central.length / 2, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, ...central, end]);
  }
}
