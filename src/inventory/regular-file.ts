// Reading one file ropa is to use, under the rules every input follows: a regular file, opened without
// following a link, at most MAX_FILE_BYTES. Kept apart from the folder walk (read.ts) with nothing but
// node:fs, so that the thread that reads a large inventory ahead (read-ahead.ts) bundles little more.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * The largest inventory file read. Inventory files are small (a category file is a few KiB); a file of
 * several MiB is generated or pasted by mistake, and parsing and locating findings in it would cost
 * seconds and hundreds of MiB. 4 MiB is about 16,000 purposes in one list.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A file's bytes, or why it was not read (with its size when it is over MAX_FILE_BYTES). */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; message: string; size?: number };

/**
 * Reads a file ropa is to use (an inventory file, a configuration) under the rules every input follows:
 * opened without following a link at its last part, so that a file swapped for a link after it was listed
 * is not read; then the open descriptor, not the name, must be a regular file (a FIFO or a device could
 * block or never end) of at most MAX_FILE_BYTES, checked before reading. The bytes are a view into one
 * buffer kept from file to file (no buffer per file): use them before the next call.
 */
export function readRegularFile(file: string | Buffer): FileRead {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just after
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: `${notRegular(stats)}: nothing read` };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, message: tooLarge(stats.size), size: stats.size };
    // reading until the end, into a buffer one byte larger than the limit: a file that grows while it is
    // read and fills the buffer is over the limit too. The end is where the size said, once read: the
    // read that would find it was one system call of five per file, and a file that grows just after is
    // read as it was, as if it had grown after the read (one that reads longer than its size goes on)
    const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
    let length = 0;
    for (
      let n;
      length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;
    ) {
      length += n;
      if (length === stats.size) break;
    }
    if (length > MAX_FILE_BYTES) {
      const size = Math.max(length, fstatSync(fd).size);
      return { ok: false, message: tooLarge(size), size };
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    if (errorCode(error) === 'ELOOP')
      return { ok: false, message: 'a symbolic link where a file was listed: not followed, nothing read' };
    return { ok: false, message: describeIoError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let readBuffer: Buffer | undefined;

function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isFIFO()) return 'a named pipe, not a regular file';
  if (stats.isSocket()) return 'a socket, not a regular file';
  return 'a device, not a regular file';
}

/** The finding's message for an inventory file above MAX_FILE_BYTES. */
export function tooLarge(size: number): string {
  return `${overLimit(size)}: split it (one file per category under categories/)`;
}

/** Why a file of `size` bytes is not read. */
export function overLimit(size: number): string {
  return `the file is ${mebibytes(size)}; ropa reads files up to ${mebibytes(MAX_FILE_BYTES)}`;
}

/** A size in MiB for messages: `4 MiB`, `4.5 MiB`. */
export function mebibytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
}

/** The error's `code` (`ENOENT`...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Why a file or folder inside the inventory cannot be read. */
export function describeIoError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'cannot be read: a symbolic-link loop';
    case 'EISDIR':
      return 'cannot be read: it is a folder';
    case 'ENOENT':
      return 'cannot be read: it disappeared while ropa was reading the folder';
    case 'ENAMETOOLONG':
      return 'cannot be read: the name is too long';
    default:
      return `cannot be read (${errorCode(error) ?? (error as Error | undefined)?.message ?? String(error)})`;
  }
}
