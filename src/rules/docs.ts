// Each rule's documentation is a Markdown file beside it (`<id>.md`), imported as text: esbuild's text
// loader in the bundle, a plugin in vitest.config.ts under the tests, and markdown.d.ts for the compiler.

/**
 * A rule's documentation from its Markdown file: without the file's final newline, and with each
 * `{{name}}` replaced by the text the rule computes from the reference data (a list of countries).
 */
export function ruleDocs(markdown: string, fill: Readonly<Record<string, string>> = {}): string {
  const text = markdown.endsWith('\n') ? markdown.slice(0, -1) : markdown;
  return text.replace(/\{\{(\w+)\}\}/g, (hole, name: string) => fill[name] ?? hole);
}
