// Relative links in Markdown, checked as a reader follows them: the file exists, and the heading a
// `#fragment` names exists in it (GitHub's heading ids).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true });

/** The documentation of a package at `root`: README.md and docs/*.md, relative to `root`. */
export function documents(root: string): string[] {
  const docs = existsSync(path.join(root, 'docs')) ? readdirSync(path.join(root, 'docs')) : [];
  return ['README.md', ...docs.filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
}

/** Every link and image target written in a Markdown file, in order. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: ReturnType<typeof markdown.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open') targets.push(String(token.attrGet('href')));
      if (token.type === 'image') targets.push(String(token.attrGet('src')));
      if (token.children) visit(token.children);
    }
  };
  visit(markdown.parse(text, {}));
  return targets;
}

/** GitHub's id for each heading of a Markdown file. */
export function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const title = tokens[i + 1]!.children!.filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => t.content)
      .join('');
    const base = title
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let id = base;
    for (let n = 1; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
  });
  return ids;
}

/** The relative links of `files` (relative to `root`) that lead nowhere, as `file: target`. */
export function brokenLinks(root: string, files: readonly string[]): string[] {
  const broken: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [where, fragment] = target.split('#') as [string, string | undefined];
      const resolved =
        where === ''
          ? path.join(root, file)
          : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(where));
      const inside = path.relative(root, resolved);
      if (inside.startsWith('..') || !existsSync(resolved)) {
        broken.push(`${file}: ${target}`);
        continue;
      }
      if (fragment === undefined) continue;
      if (
        !resolved.endsWith('.md') ||
        statSync(resolved).isDirectory() ||
        !headingIds(readFileSync(resolved, 'utf8')).has(fragment)
      )
        broken.push(`${file}: ${target}`);
    }
  }
  return broken;
}
