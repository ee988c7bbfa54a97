#!/usr/bin/env node
import { CLI, loadCli } from './load-cli.js';

let cli;
try {
  ({ cli } = loadCli());
} catch (error) {
  if (error.code !== 'ENOENT' || error.path !== CLI) throw error;
  process.stderr.write(`ropa: ${error.path} is missing: run \`npm run build\` first\n`);
  process.exit(2);
}
await cli.main(process.argv);
