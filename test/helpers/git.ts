import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs git in `cwd` with a fixed identity and no user configuration, so tests behave the same anywhere. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    },
  );
}

/** A new repository with one commit per entry of `commits`: the files of the folder `dir` at that point. */
export function tempRepository(dir: string, commits: readonly Record<string, string>[]): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'ropa-git-'));
  git(repo, 'init', '-q', '-b', 'main');
  commits.forEach((files, i) => {
    rmSync(path.join(repo, dir), { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(repo, dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', `commit ${i + 1}`);
  });
  return repo;
}
