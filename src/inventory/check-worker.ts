// A worker thread that checks batches of files (see parallel.ts). The text of each file is not sent
// back: the main thread keeps only the parsed values, which arrive in a compact form.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check.js';
import type { Candidate } from './read.js';

parentPort?.on('message', ({ root, candidates }: { root: string; candidates: Candidate[] }) => {
  const checks = candidates.map((candidate) => {
    const { readable, value, findings } = checkFile(root, candidate);
    return { candidate, readable, value, findings };
  });
  parentPort?.postMessage(checks);
});
