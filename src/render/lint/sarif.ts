import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../../rules/rule.js';
import { displayPath, relatedPath, type RenderContext } from '../context.js';

/**
 * SARIF 2.1.0: one run whose driver lists every rule (descriptions, help, helpUri) so that GitHub code
 * scanning and other viewers can explain a result; waived findings are results with an accepted
 * in-source suppression. Regions are 1-based, columns in UTF-16 code units as the locator counts them.
 */
export function sarif(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  const rules = context.rules ?? RULES;
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ropa', version: context.version, rules: rules.map(descriptor) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
          level: d.severity,
          message: { text: d.message },
          locations: [location(displayPath(context, d.file), d)],
          ...(d.related?.length
            ? {
                relatedLocations: d.related.map((r, id) => ({
                  id,
                  ...location(relatedPath(context, r), r),
                  message: { text: r.message },
                })),
              }
            : {}),
          ...(d.waived
            ? {
                suppressions: [
                  {
                    // `status` is left out: absent means accepted, and the OASIS schema copy names it `state`
                    kind: 'inSource',
                    justification: [
                      d.waived.reason,
                      d.waived.until && `until ${d.waived.until}`,
                      d.waived.approved_by && `approved by ${d.waived.approved_by}`,
                    ]
                      .filter(Boolean)
                      .join('; '),
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(rule: Rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: `${rule.description} (${rule.source})` },
    fullDescription: { text: rule.docs.split('\n\n')[0]! },
    help: { text: rule.docs, markdown: rule.docs },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['gdpr', rule.group], source: rule.source },
  };
}

function location(shown: string, at: { line: number; column: number; endLine?: number; endColumn?: number }) {
  const uri = path.isAbsolute(shown) ? pathToFileURL(shown).href : encodeURI(shown);
  const end =
    at.endLine !== undefined &&
    at.endColumn !== undefined &&
    (at.endLine > at.line || at.endColumn > at.column);
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: {
        startLine: at.line,
        startColumn: at.column,
        ...(end ? { endLine: at.endLine, endColumn: at.endColumn } : {}),
      },
    },
  };
}
