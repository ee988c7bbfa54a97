// The script of the thread that reads a large inventory's files ahead (read-ahead.ts), bundled on its
// own by scripts/build.mjs and carried in the CLI as text.
import { workerData } from 'node:worker_threads';
import { readAhead, type ReadAheadData } from './read-ahead.js';

readAhead(workerData as ReadAheadData);
