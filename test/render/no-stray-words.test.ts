// No word of a human format is written outside the catalogues (src/views/words): the renderers of the
// record, the retention schedule and the notice, and the views' wording helpers, hold no string literal
// that reads as English. Read with the TypeScript compiler, so that comments and identifiers never count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

/** The modules that write the words of `report`, `retention` and `notice` in every human format. */
const SCANNED = [
  ...['src/render/report', 'src/render/notice'].flatMap((dir) =>
    readdirSync(path.join(REPO, dir))
      // the findings of `notice --against` are lint output: English, as lint's are
      .filter((file) => file.endsWith('.ts') && file !== 'against.ts')
      .map((file) => `${dir}/${file}`),
  ),
  'src/views/stated.ts',
  'src/views/retention-wording.ts',
  'src/views/duration.ts',
  'src/views/legal-terms.ts',
  'src/views/record.ts',
  'src/views/recipient-gaps.ts',
  'src/views/flow-picture.ts',
  'src/render/context.ts',
];

/** The text pieces of every string literal and template in a module, with their line. */
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(REPO, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    // module names are not words
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ line, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Whether a literal reads as words for a person: once markup, CSS, entities and placeholders are taken
 * out, two words in a row, or a capitalised word ("Controller"). Keys ('field.name'), ids, kinds,
 * enum values ('inline', 'not_stated') and formats ('utf-8') are single lowercase tokens.
 */
function human(text: string): boolean {
  if (/[{;]\s*$|^\s*[.#@:]?[a-z-]+\s*\{|:\s*[^;]+;/.test(text) && /[{};]/.test(text)) return false; // CSS
  const words = text
    .replace(/<[^>]*>?/g, ' ')
    .replace(/^[^<]*>/, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[a-z]+="[^"]*"/g, ' ')
    .replace(/[A-Za-z:]+="/g, ' ');
  return /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.test(words) || /\b[A-Z][a-z]{2,}\b/.test(words);
}

describe('the words of the human formats', () => {
  it('come from the catalogues only: no renderer writes one of its own', () => {
    const strays = SCANNED.flatMap((file) =>
      literals(file)
        .filter(({ text }) => human(text))
        .map(({ line, text }) => `${file}:${line}: ${JSON.stringify(text)}`),
    );
    expect(strays).toEqual([]);
  });

  it('would catch a heading written in a renderer', () => {
    expect(human('Controller')).toBe(true);
    expect(human('<h2>Data flows</h2>')).toBe(true);
    expect(human('not stated')).toBe(true);
    expect(human('field.name')).toBe(false);
    expect(human('<section id="controller">')).toBe(false);
    expect(human('retention-missing')).toBe(false);
  });
});
