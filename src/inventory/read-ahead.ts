// Reading a large inventory's files on a second thread while the main thread parses them. Opening,
// checking and reading 30,000 small files took 14% of a lint's CPU profile, system calls the main
// thread only waits on; the worker makes them meanwhile and hands the bytes over in shared memory, file
// after file in their order. The worker runs readRegularFile, so a file read ahead is read under the same
// rules (regular file, no link followed, at most MAX_FILE_BYTES) and fails with the same words.
import { Worker } from 'node:worker_threads';
import { MAX_FILE_BYTES, readRegularFile, type FileRead } from './regular-file.js';

/** The worker's script, bundled by scripts/build.mjs. Run from the sources (unit tests) there is none. */
declare const __ROPA_READ_WORKER__: string | undefined;
const WORKER_SCRIPT: string | undefined =
  typeof __ROPA_READ_WORKER__ === 'string' ? __ROPA_READ_WORKER__ : undefined;

/** Below this many files, starting a thread costs more than it saves. */
export const READ_AHEAD_FILES = 2000;

/**
 * The buffers the files pass through, in turn: each holds the largest file readable, and is handed over
 * once it holds PUBLISH_BYTES, so that the main thread starts on the first files at once.
 */
const BUFFERS = 3;
const BUFFER_BYTES = MAX_FILE_BYTES + 4096;
const PUBLISH_BYTES = 128 * 1024;
/** ...or once it holds this many files, however small: the main thread waits on the first buffer. */
const PUBLISH_FILES = 256;

/** Per buffer in `state`: empty (the worker's to fill) or full (the main thread's to read). */
const EMPTY = 0;
const FULL = 1;
/** After the buffers' states: set by the main thread when it wants no more files. */
const STOP = BUFFERS;

/** How long the main thread waits for a buffer before it reads the remaining files itself. */
const PATIENCE_MS = 2000;

/** Each entry: its kind, its length in bytes, then the bytes (a file's, or the message of a failure). */
const READ = 0;
const FAILED = 1;
const ENTRY_HEADER = 8;
/** Each buffer starts with its number of entries. */
const BUFFER_HEADER = 4;

export interface ReadAheadData {
  readonly files: readonly (string | Uint8Array)[];
  readonly state: SharedArrayBuffer;
  readonly buffers: readonly SharedArrayBuffer[];
}

/**
 * Reads the files in order, each as readRegularFile would: on a worker thread running `script` when there
 * are many and there is a script (the bundled CLI has one), else here. As with readRegularFile, the bytes
 * of a read are only good until the next one is asked for.
 */
export function* readFiles(files: readonly (string | Buffer)[], script = WORKER_SCRIPT): Generator<FileRead> {
  let next = 0;
  if (script !== undefined && files.length >= READ_AHEAD_FILES) {
    const data: ReadAheadData = {
      files,
      state: new SharedArrayBuffer(4 * (BUFFERS + 1)),
      buffers: Array.from({ length: BUFFERS }, () => new SharedArrayBuffer(BUFFER_BYTES)),
    };
    const state = new Int32Array(data.state);
    const worker = startWorker(script, data);
    try {
      for (let turn = 0; worker && next < files.length; turn = (turn + 1) % BUFFERS) {
        // a worker that does not answer (it could not start, or died) leaves the rest to this thread
        if (
          Atomics.wait(state, turn, EMPTY, PATIENCE_MS) === 'timed-out' &&
          Atomics.load(state, turn) === EMPTY
        )
          break;
        const buffer = data.buffers[turn]!;
        const view = new DataView(buffer);
        let at = BUFFER_HEADER;
        let count = view.getInt32(0, true);
        for (; count > 0; count--) {
          const kind = view.getInt32(at, true);
          const length = view.getInt32(at + 4, true);
          // never a view past the buffer: an entry that does not fit is a fault, and this thread reads on
          if (length < 0 || at + ENTRY_HEADER + length > BUFFER_BYTES) break;
          const body = Buffer.from(buffer, at + ENTRY_HEADER, length);
          at += ENTRY_HEADER + padded(length);
          next++;
          yield kind === READ ? { ok: true, bytes: body } : { ok: false, message: body.toString('utf8') };
        }
        if (count > 0) break;
        Atomics.store(state, turn, EMPTY);
        Atomics.notify(state, turn);
      }
    } finally {
      Atomics.store(state, STOP, 1);
      for (let turn = 0; turn < BUFFERS; turn++) Atomics.notify(state, turn);
    }
  }
  for (; next < files.length; next++) yield readRegularFile(files[next]!);
}

/** The worker, or undefined when no thread can be had (the files are then read on the main thread). */
function startWorker(script: string, data: ReadAheadData): Worker | undefined {
  try {
    const worker = new Worker(script, { eval: true, workerData: data, stdout: true, stderr: true });
    // a worker left waiting (the main thread took over, or stopped early) must not keep ropa running
    worker.unref();
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined;
  }
}

/**
 * The worker's side: reads each file and appends it to the buffer being filled, handing it over when it
 * holds enough or the next file does not fit, and waiting for the next buffer to be emptied.
 */
export function readAhead({ files, state: shared, buffers }: ReadAheadData): void {
  const state = new Int32Array(shared);
  const encoder = new TextEncoder();
  let turn = 0;
  let at = BUFFER_HEADER;
  let count = 0;
  const handOver = () => {
    new DataView(buffers[turn]!).setInt32(0, count, true);
    Atomics.store(state, turn, FULL);
    Atomics.notify(state, turn);
  };
  /** Moves to the next buffer once the main thread has emptied it; false when it wants no more. */
  const nextBuffer = (): boolean => {
    turn = (turn + 1) % BUFFERS;
    at = BUFFER_HEADER;
    count = 0;
    while (Atomics.load(state, STOP) === 0 && Atomics.load(state, turn) === FULL)
      Atomics.wait(state, turn, FULL, 100);
    return Atomics.load(state, STOP) === 0;
  };
  for (const file of files) {
    // the main thread took over, or wants no more: no file is opened twice for nothing
    if (Atomics.load(state, STOP) !== 0) return;
    const read = readRegularFile(typeof file === 'string' ? file : Buffer.from(file));
    const body = read.ok ? read.bytes : encoder.encode(read.message);
    if (at + ENTRY_HEADER + body.length > BUFFER_BYTES) {
      handOver();
      if (!nextBuffer()) return;
    }
    const view = new DataView(buffers[turn]!);
    view.setInt32(at, read.ok ? READ : FAILED, true);
    view.setInt32(at + 4, body.length, true);
    new Uint8Array(buffers[turn]!).set(body, at + ENTRY_HEADER);
    at += ENTRY_HEADER + padded(body.length);
    count++;
    if (at >= PUBLISH_BYTES || count >= PUBLISH_FILES) {
      handOver();
      if (!nextBuffer()) return;
    }
  }
  if (count > 0) handOver();
}

/** Entries start at multiples of 4 bytes. */
function padded(length: number): number {
  return (length + 3) & ~3;
}
