// The findings of `ropa notice --against FILE`: a Markdown table (readable in a terminal too) or JSON.
import type { AgainstFinding } from '../../views/notice-against.js';
import type { RenderContext } from '../context.js';
import { jsonDocument } from '../json-document.js';
import { markdownTable, markdownText } from '../markdown.js';
import { NOTICE_JSON_VERSION } from './index.js';

export function againstMarkdown(file: string, findings: readonly AgainstFinding[]): string {
  const count = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  const head = `# ${markdownText(file)} against the inventory: ${count}\n\n`;
  if (findings.length === 0) return `${head}The published notice names everything the inventory says.\n`;
  return (
    head +
    markdownTable(
      ['Article', 'Finding', 'Check'],
      findings.map((f) => [`Art ${f.article}`, f.message, f.check]),
    )
  );
}

export function againstJson(
  file: string,
  findings: readonly AgainstFinding[],
  context: RenderContext,
): string {
  return jsonDocument(NOTICE_JSON_VERSION, context.version, { kind: 'notice-check', file, findings });
}
