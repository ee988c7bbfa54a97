// Reads named entries of a zip archive (an .xlsx or .ods file): the central directory, then each entry
// inflated with a cap on its size, so that a small file cannot unpack into gigabytes (a zip bomb).
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../../errors.js';

/** The most one entry may unpack to, and all entries read from one archive together. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private unpacked = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly file: string,
  ) {
    const end = this.findEnd();
    const count = bytes.readUInt16LE(end + 10);
    const size = bytes.readUInt32LE(end + 12);
    let offset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff || offset + size > bytes.length)
      this.fail('its zip directory is damaged or in the zip64 form, which is not read');
    if (count > MAX_ENTRIES) this.fail(`it holds more than ${MAX_ENTRIES} files`);
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50)
        this.fail('its zip directory is damaged');
      const nameLength = bytes.readUInt16LE(offset + 28);
      const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
      this.entries.set(name, {
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        size: bytes.readUInt32LE(offset + 24),
        localOffset: bytes.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's text (UTF-8), or undefined when the archive has no such entry. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const { bytes } = this;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) this.fail(`${name} is damaged`);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const limit = Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - this.unpacked);
    let content: Buffer;
    if (entry.method === 0) {
      content = data;
    } else if (entry.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: limit + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          this.fail(`${name} unpacks to more than ${limit / 1024 / 1024} MiB`);
        this.fail(`${name} cannot be unpacked`);
      }
    } else {
      this.fail(`${name} uses compression method ${entry.method}, which is not read`);
    }
    if (content.length > limit) this.fail(`${name} unpacks to more than ${limit / 1024 / 1024} MiB`);
    this.unpacked += content.length;
    return content.toString('utf8');
  }

  private findEnd(): number {
    const { bytes } = this;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
      if (bytes.readUInt32LE(i) === 0x06054b50) return i;
    }
    this.fail('it is not a zip archive');
  }

  private fail(reason: string): never {
    throw new InputError(`${this.file}: cannot be read as a spreadsheet: ${reason}`);
  }
}
