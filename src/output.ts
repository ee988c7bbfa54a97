import { randomBytes } from 'node:crypto';
import { constants, fstatSync, rmSync, type Stats } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { inputConflict, NO_INPUTS, realPath, type Inputs } from './inputs.js';
import { shortened } from './inventory/quote.js';
import type { Rendered } from './render/rendered.js';

/** Pieces are encoded into chunks of this many bytes, one write each: few system calls, little memory. */
const CHUNK_BYTES = 1 << 17;
/** A piece this long or longer (in UTF-16 code units, three bytes each at most) is a chunk of its own. */
const LONG_PIECE = CHUNK_BYTES / 3;

/**
 * The output as a few large chunks, made as they are asked for. Pieces of text are encoded (UTF-8) one
 * after the other into a chunk's bytes, rather than joined into a text that is then encoded: the boxed
 * record of 10,000 categories is 435,000 pieces, and joining then encoding them took twice as long.
 */
export async function* chunks(content: Rendered): AsyncGenerator<string | Uint8Array> {
  if (typeof content === 'string') {
    if (content.length > 0) yield content;
    return;
  }
  // bytes come in pieces already large (a workbook's compressed parts) or few (its headers)
  if (Symbol.asyncIterator in content) {
    for await (const piece of content) if (piece.length > 0) yield piece;
    return;
  }
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const piece of whole(content)) {
    if (piece.length * 3 > CHUNK_BYTES - used) {
      if (used > 0) {
        // the chunk given out is never written over: the next one is a new buffer
        yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        used = 0;
      }
      if (piece.length >= LONG_PIECE) {
        yield piece;
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * The pieces, none ending with the first half of a character written in two UTF-16 units: that half is
 * moved to the next piece, which holds the second, so that the two are encoded together.
 */
function* whole(pieces: Iterable<string>): Generator<string> {
  let half = '';
  for (let piece of pieces) {
    if (half !== '') piece = half + piece;
    const last = piece.charCodeAt(piece.length - 1);
    half = last >= 0xd800 && last <= 0xdbff ? piece.slice(-1) : '';
    yield half === '' ? piece : piece.slice(0, -1);
  }
  if (half !== '') yield half;
}

/**
 * Each chunk written in order, the next one made while the previous one is being written (one write in
 * flight at most, so that memory holds two chunks): the record of 10,000 categories in a table is 2,000
 * chunks, and waiting for each write before making the next one left the main thread idle a second.
 */
async function writeChunks(
  content: Rendered,
  write: (chunk: string | Uint8Array) => Promise<unknown>,
  stopped = () => false,
): Promise<void> {
  let writing: Promise<unknown> | undefined;
  for await (const chunk of chunks(content)) {
    await writing;
    if (stopped()) return;
    writing = write(chunk);
    // its failure is met where it is awaited, not reported meanwhile as a promise nobody handled
    writing.catch(() => undefined);
  }
  await writing;
}

/** The longest file name Linux and macOS file systems take, in bytes. */
const NAME_MAX = 255;

/**
 * Writes a command's result: to stdout, or with `-o` to a file. A regular file (or a new one) is replaced
 * atomically (a temporary file beside it, then a rename), so an interrupted or failed run never leaves
 * half a report and the previous one stays until the new one is complete; the new file keeps the mode and
 * owner of the one it replaces. Anything else that exists (a terminal, `/dev/null`, a named pipe) is
 * written through, never replaced. Refuses to write inside the folders `inputs` names or over its files.
 */
export async function writeOutput(
  content: Rendered,
  file: string | undefined,
  inputs: Inputs = NO_INPUTS,
): Promise<void> {
  if (file === '') throw new InputError('-o needs a file name');
  // "-o -" is standard output, as in most command-line tools
  if (file === undefined || file === '-') return writeStdout(content);
  const shown = shortened(file);
  const target = realPath(file);
  const conflict = inputConflict(target, inputs);
  if (conflict) throw new InputError(`${shown}: ${conflict}`);
  let existing: Stats | undefined;
  try {
    existing = await stat(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw writeError(shown, target, error);
  }
  if (existing?.isDirectory()) throw new InputError(`${shown}: is a folder; give a file name to -o`);
  if (existing && !existing.isFile()) {
    // `-o /dev/stdout` names this process's own output, which may be a socket that cannot be opened again
    const stream = [process.stdout, process.stderr].find((s) => isSameFile(s.fd, existing));
    if (stream) return writeStream(stream, content);
    return writeThrough(content, target, existing, shown);
  }
  return replace(content, target, existing, shown);
}

/**
 * The result to stdout. A reader that stops early (`ropa lint | head`) ends the write, not the run: the
 * exit code is the run's own, whatever the reader did (see cli.ts).
 */
function writeStdout(content: Rendered): Promise<void> {
  return writeStream(process.stdout, content);
}

async function writeStream(stream: NodeJS.WriteStream, content: Rendered): Promise<void> {
  let failed = false;
  const write = (chunk: string | Uint8Array) =>
    new Promise<void>((resolve) =>
      stream.write(chunk, (error) => {
        failed ||= !!error;
        resolve();
      }),
    );
  await writeChunks(content, write, () => failed);
}

function isSameFile(fd: number, stats: Stats): boolean {
  try {
    const open = fstatSync(fd);
    return open.dev === stats.dev && open.ino === stats.ino;
  } catch {
    return false;
  }
}

/**
 * A character device or a named pipe is opened and written, as a shell's `>` would: replacing it would
 * destroy it (`-o /dev/null` as root) and never reach its reader. A block device or a socket is refused.
 */
async function writeThrough(
  content: Rendered,
  target: string,
  existing: Stats,
  shown: string,
): Promise<void> {
  if (!existing.isCharacterDevice() && !existing.isFIFO()) {
    const kind = existing.isBlockDevice() ? 'a block device' : 'a socket';
    throw new InputError(`${shown}: is ${kind}; -o writes to a file, a character device or a named pipe`);
  }
  let handle;
  try {
    // no O_CREAT: what is opened is what was looked at, or nothing
    handle = await open(target, constants.O_WRONLY | constants.O_NOCTTY);
    const opened = await handle.stat();
    if (opened.isFile() || opened.isDirectory())
      throw new InputError(`${shown}: changed while ropa was writing; run again`);
    const through = handle;
    await writeChunks(content, (chunk) => through.writeFile(chunk));
  } catch (error) {
    // a pipe whose reader left: as for stdout, the run's result does not depend on it
    if (errorCode(error) !== 'EPIPE') throw writeError(shown, target, error);
  } finally {
    await handle?.close();
  }
}

/** A regular file, new or replaced, through a temporary file and a rename. */
async function replace(
  content: Rendered,
  target: string,
  existing: Stats | undefined,
  shown: string,
): Promise<void> {
  const temporary = temporaryName(target);
  const release = removeOnSignal(temporary);
  try {
    // 'wx': never follow or reuse something already at the temporary name. Over an existing file the
    // temporary one starts private and takes the existing file's owner and mode once written
    const handle = await open(temporary, 'wx', existing ? 0o600 : 0o666);
    try {
      // writeFile goes on from where the previous chunk ended, and writes each one whole
      await writeChunks(content, (chunk) => handle.writeFile(chunk));
      if (existing) {
        // the owner first: a change of owner clears set-user-id bits that chmod then restores
        await handle.chown(existing.uid, existing.gid).catch(() => undefined);
        await handle.chmod(existing.mode & 0o7777);
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeError(shown, target, error);
  } finally {
    release();
  }
}

/** `.NAME.<hex>.tmp` beside the target, or `.ropa.<hex>.tmp` when that would pass NAME_MAX. */
export function temporaryName(target: string): string {
  const random = randomBytes(6).toString('hex');
  const base = path.basename(target);
  const name = `.${base}.${random}.tmp`;
  return path.join(path.dirname(target), Buffer.byteLength(name) > NAME_MAX ? `.ropa.${random}.tmp` : name);
}

/**
 * Temporary files and folders being written. SIGINT (Ctrl-C) and SIGTERM (a CI job cancelled) remove them,
 * then end the process by the same signal as it would have ended without ropa's handler; SIGKILL cannot be
 * caught.
 */
const pending = new Set<string>();

/** Removes `temporary` (a file or a folder) if the run is interrupted, until the returned function is called. */
export function removeOnSignal(temporary: string): () => void {
  pending.add(temporary);
  listenForSignals();
  return () => {
    pending.delete(temporary);
    if (pending.size === 0) stopListening();
  };
}

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) rmSync(file, { force: true, recursive: true });
  stopListening();
  process.kill(process.pid, signal);
}

function listenForSignals(): void {
  if (process.listeners('SIGINT').includes(onSignal)) return;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function stopListening(): void {
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function writeError(shown: string, target: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return new InputError(`${shown}: cannot write: ${describeWriteError(target, error)}`);
}

function describeWriteError(target: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENAMETOOLONG':
      return Buffer.byteLength(path.basename(target)) > NAME_MAX
        ? `the file name is longer than ${NAME_MAX} bytes`
        : 'the path is too long';
    case 'ELOOP':
      return 'a symbolic-link loop';
    case 'ENXIO':
      return 'no reader on the other end';
    default:
      return errorCode(error) ?? String(error);
  }
}
