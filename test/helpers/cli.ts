import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/ropa.js', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built CLI as a user would, without colours. */
export function ropa(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** The option flags a command's --help lists (`--format`, `-o`, `--output`...). */
export function optionFlags(command: string): string[] {
  const help = ropa([command, '--help']).stdout;
  const options = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
  return options
    .split('\n')
    .filter((l) => /^\s{2}-/.test(l))
    .flatMap(
      (l) =>
        l
          .trim()
          .split(/\s{2,}/)[0]!
          .match(/--?[a-z][a-z-]*/g) ?? [],
    );
}
