// Vitest's global set-up: says once, before the run, that the browser tests will be skipped and how to
// run them (each test file decides for itself with the same function).
import { browserSkipNotice } from './browser.js';

export default function setup(): void {
  const notice = browserSkipNotice();
  if (notice !== undefined) console.log(notice);
}
