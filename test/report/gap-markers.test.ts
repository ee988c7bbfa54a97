// Every rule that can mark the record marks it exactly where lint reports the gap: with the rule on, the
// marker names it; set to off, the value reads plain "not stated" (or is left out); waived, the marker
// carries the waiver's reason. Checked in the record's JSON, Markdown and HTML, and in the retention
// schedule for the rules that show there.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inventory, Level, Path } from '../../src/inventory/model.js';
import { recordHtml } from '../../src/render/report/html.js';
import { recordJson, retentionJson } from '../../src/render/report/json.js';
import { recordMarkdown } from '../../src/render/report/markdown.js';
import { retentionSheet } from '../../src/render/report/sheets.js';
import { flowGraph } from '../../src/views/graph.js';
import type { ProcessingRecord } from '../../src/views/record.js';
import type { RetentionRow } from '../../src/views/retention.js';
import { tempInventory } from '../helpers/inventory.js';
import { AS_OF, recordOf } from '../helpers/record.js';
import { gapsFrom, type Gaps } from '../../src/views/gaps.js';
import { QUERY_VIEWS, type QueryView } from '../../src/views/query/index.js';
import { BASE } from '../helpers/rule-tester.js';
import { REPO } from '../helpers/cli.js';

const REASON = 'Accepted by the DPO';
const validate = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(path.join(REPO, 'schema/report.schema.json'), 'utf8')),
);

interface MarkerCase {
  readonly rule: string;
  /** [file, text, replacement] on BASE; `#WAIVER` stands where the entity's waiver goes. */
  readonly edits: readonly (readonly [string, string, string])[];
  readonly remove?: readonly string[];
  /** Where the record (its JSON) shows the gap. */
  readonly at: Path;
  /** What it shows with the rule off, when not a plain "not stated". */
  readonly off?: unknown;
  /** Where the retention schedule shows the gap, for the rules that show there. */
  readonly row?: Path;
  readonly waivable?: false;
  /** A query that shows the gap too: the view and the id. */
  readonly query?: readonly [QueryView, string];
}

const ORG = 'organization.yaml';
const PURPOSES = 'purposes.yaml';
const RECIPIENTS = 'recipients.yaml';
const CATEGORY = 'categories/customers.yaml';
const BASIS = '    lawful_basis: contract\n';

/** The value at `path` in a parsed JSON document. */
const get = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

const CASES: readonly MarkerCase[] = [
  { rule: 'organization-missing', edits: [], remove: [ORG], at: ['controller'], waivable: false },
  {
    rule: 'controller-contact-missing',
    edits: [
      [
        ORG,
        '  address: 1 rue de la Paix, 75002 Paris, France\n  email: contact@example.com\n',
        '  #WAIVER\n',
      ],
    ],
    at: ['controller', 'address'],
  },
  {
    rule: 'dpo-missing',
    edits: [
      [
        ORG,
        '  dpo:\n    appointed: false\n    reason: No public authority, no large-scale monitoring or special-category data (Art 37(1))\n',
        '  #WAIVER\n',
      ],
    ],
    at: ['controller', 'dpo'],
  },
  {
    rule: 'representative-missing',
    edits: [[ORG, '  country: FR\n', '  country: US\n  #WAIVER\n']],
    at: ['controller', 'representative'],
    off: undefined,
  },
  {
    rule: 'rights-channel-missing',
    edits: [[ORG, '  rights_contact: privacy@example.com\n', '  #WAIVER\n']],
    at: ['controller', 'rights_contact'],
  },
  {
    rule: 'record-stale',
    edits: [[ORG, '  reviewed: 2026-06-01\n', '  #WAIVER\n']],
    at: ['controller', 'reviewed'],
  },
  {
    rule: 'lawful-basis-missing',
    query: ['purpose', 'billing'],
    edits: [[PURPOSES, BASIS, '    #WAIVER\n']],
    at: ['activities', 0, 'lawful_basis'],
  },
  {
    rule: 'legitimate-interest-unstated',
    edits: [[PURPOSES, BASIS, '    lawful_basis: legitimate-interests\n    lia: LIA-2025-01\n    #WAIVER\n']],
    at: ['activities', 0, 'legitimate_interest'],
  },
  {
    rule: 'legitimate-interest-no-assessment',
    edits: [
      [
        PURPOSES,
        BASIS,
        '    lawful_basis: legitimate-interests\n    legitimate_interest: Keeping our accounts\n    #WAIVER\n',
      ],
    ],
    at: ['activities', 0, 'lia'],
  },
  {
    rule: 'legal-obligation-no-reference',
    edits: [[PURPOSES, BASIS, '    lawful_basis: legal-obligation\n    #WAIVER\n']],
    at: ['activities', 0, 'legal_reference'],
  },
  {
    rule: 'consent-no-record',
    edits: [
      [
        PURPOSES,
        BASIS,
        '    lawful_basis: consent\n    consent: { withdrawal: Unsubscribe link }\n    #WAIVER\n',
      ],
    ],
    at: ['activities', 0, 'consent', 'record'],
  },
  {
    rule: 'consent-no-withdrawal',
    edits: [
      [PURPOSES, BASIS, '    lawful_basis: consent\n    consent: { record: Consent log }\n    #WAIVER\n'],
    ],
    at: ['activities', 0, 'consent', 'withdrawal'],
  },
  {
    rule: 'special-category-no-condition',
    edits: [
      [PURPOSES, BASIS, `${BASIS}    #WAIVER\n`],
      [CATEGORY, '  subjects: [customer]\n', '  special: [health]\n  subjects: [customer]\n'],
    ],
    at: ['activities', 0, 'special_condition'],
  },
  {
    rule: 'criminal-data-no-basis',
    edits: [
      [PURPOSES, BASIS, `${BASIS}    #WAIVER\n`],
      [CATEGORY, '  subjects: [customer]\n', '  criminal: true\n  subjects: [customer]\n'],
    ],
    at: ['activities', 0, 'criminal_basis'],
  },
  {
    rule: 'unused-definition',
    edits: [[PURPOSES, BASIS, `${BASIS}  - id: unused\n    name: Unused\n${BASIS}    #WAIVER\n`]],
    at: ['activities', 1, 'categories'],
  },
  {
    rule: 'joint-controller-no-arrangement',
    query: ['recipient', 'partner'],
    edits: [
      [PURPOSES, BASIS, `${BASIS}    joint_controllers: [partner]\n`],
      [
        RECIPIENTS,
        '  - id: mailer\n',
        '  - id: partner\n    name: Partner SA\n    role: joint-controller\n    country: FR\n    #WAIVER\n  - id: mailer\n',
      ],
      [CATEGORY, '[staff, mailer]', '[staff, mailer, partner]'],
    ],
    at: ['activities', 0, 'joint_controllers', 0, 'arrangement'],
  },
  {
    rule: 'dpia-missing',
    edits: [
      [
        PURPOSES,
        BASIS,
        `${BASIS}    dpia_criteria: [evaluation-scoring, systematic-monitoring]\n    #WAIVER\n`,
      ],
    ],
    at: ['activities', 0, 'dpia'],
  },
  {
    rule: 'data-items-missing',
    edits: [[CATEGORY, '  data: [name, e-mail address]\n', '  #WAIVER\n']],
    at: ['activities', 0, 'categories', 0, 'data'],
  },
  {
    rule: 'subjects-missing',
    edits: [[CATEGORY, '  subjects: [customer]\n', '  #WAIVER\n']],
    at: ['activities', 0, 'categories', 0, 'subjects'],
  },
  {
    rule: 'recipients-missing',
    query: ['category', 'customers'],
    edits: [[CATEGORY, '  recipients: [staff, mailer]\n', '  #WAIVER\n']],
    at: ['activities', 0, 'categories', 0, 'recipients'],
  },
  {
    rule: 'retention-missing',
    edits: [
      [
        CATEGORY,
        '  retention:\n    - duration: P3Y\n      from: end-of-contract\n      then: delete\n',
        '  #WAIVER\n',
      ],
    ],
    at: ['activities', 0, 'categories', 0, 'retention'],
    row: [0, 'missing'],
  },
  {
    rule: 'retention-no-trigger',
    query: ['category', 'customers'],
    edits: [
      [CATEGORY, '      from: end-of-contract\n', ''],
      [CATEGORY, '  retention:\n', '  #WAIVER\n  retention:\n'],
    ],
    at: ['activities', 0, 'categories', 0, 'retention', 0, 'from'],
    row: [0, 'from'],
  },
  {
    rule: 'retention-unbounded',
    query: ['category', 'customers'],
    edits: [
      [CATEGORY, '    - duration: P3Y\n      from: end-of-contract\n', '    - duration: indefinite\n'],
      [CATEGORY, '  retention:\n', '  #WAIVER\n  retention:\n'],
    ],
    at: ['activities', 0, 'categories', 0, 'retention', 0, 'unbounded'],
    row: [0, 'unbounded'],
  },
  {
    rule: 'security-measures-missing',
    edits: [
      // reported once, on the organization: the waiver goes there
      [ORG, '  security_measures: [role-based access control, encrypted backups]\n', '  #WAIVER\n'],
    ],
    at: ['activities', 0, 'categories', 0, 'security_measures'],
  },
  {
    rule: 'purpose-missing',
    edits: [[CATEGORY, '  purposes: [billing]\n', '  #WAIVER\n']],
    at: ['categories_without_purpose', 0, 'gap'],
  },
  {
    rule: 'recipient-role-missing',
    query: ['recipient', 'mailer'],
    edits: [[RECIPIENTS, '    role: processor\n', '    #WAIVER\n']],
    at: ['activities', 0, 'recipients', 1, 'role'],
  },
  {
    rule: 'recipient-country-missing',
    query: ['recipient', 'mailer'],
    edits: [[RECIPIENTS, '    country: FR\n', '    #WAIVER\n']],
    at: ['activities', 0, 'recipients', 1, 'countries'],
  },
  {
    rule: 'processor-no-contract',
    query: ['recipient', 'mailer'],
    edits: [[RECIPIENTS, '    contract: DPA of 2025-03-01\n', '    #WAIVER\n']],
    at: ['activities', 0, 'recipients', 1, 'contract'],
  },
  {
    rule: 'transfer-no-mechanism',
    query: ['recipient', 'mailer'],
    edits: [[RECIPIENTS, '    country: FR\n', '    country: IN\n    #WAIVER\n']],
    at: ['activities', 0, 'transfers', 0, 'tool'],
  },
  {
    rule: 'transfer-no-tia',
    query: ['recipient', 'mailer'],
    edits: [
      [RECIPIENTS, '    country: FR\n', '    country: IN\n    transfer: { mechanism: scc }\n    #WAIVER\n'],
    ],
    at: ['activities', 0, 'transfers', 0, 'tool', 'tia'],
  },
  {
    rule: 'processor-record-incomplete',
    edits: [[ORG, '  country: FR\n', '  country: FR\n  role: processor\n  #WAIVER\n']],
    at: ['processor', 'clients'],
  },
];

type Mode = 'on' | 'off' | 'waived';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function render(testCase: MarkerCase, mode: Mode) {
  const files: Record<string, string> = { ...BASE };
  for (const name of testCase.remove ?? []) delete files[name];
  for (const [name, text, replacement] of testCase.edits) {
    expect(files[name], `${name} holds ${JSON.stringify(text)}`).toContain(text);
    files[name] = files[name]!.replace(text, replacement);
  }
  const waiver = mode === 'waived' ? `waivers: [{ rule: ${testCase.rule}, reason: ${REASON} }]` : '';
  for (const name of Object.keys(files)) files[name] = files[name]!.replace('#WAIVER', waiver);
  const dir = tempInventory(files);
  folders.push(dir);
  const rules: Record<string, Level> = mode === 'off' ? { [testCase.rule]: 'off' } : {};
  const { inventory, diagnostics, record, retention } = await recordOf(dir, rules);
  const context = { root: dir, cwd: dir, version: '0.0.0' };
  const json = JSON.parse(recordJson(record, context)) as ProcessingRecord;
  // every marker, waived or not, is one the report schema describes
  validate(json);
  expect(validate.errors ?? []).toEqual([]);
  return {
    diagnostics,
    json,
    markdown: recordMarkdown(record),
    html: recordHtml(record, flowGraph(inventory), context),
    retention: JSON.parse([...retentionJson(retention, context)].join('')).retention as RetentionRow[],
    gapColumn: [...retentionSheet(retention).rows].map((row) => row.at(-1)),
    query: testCase.query ? queryText(inventory, testCase.query, gapsFrom(diagnostics, rules)) : '',
  };
}

function queryText(inventory: Inventory, [view, id]: readonly [QueryView, string], gaps: Gaps): string {
  const info = QUERY_VIEWS[view];
  const result = info.takesId ? info.run(inventory, id, AS_OF, gaps) : info.run(inventory, AS_OF, gaps);
  // its facts and rows as the table formats print them (the boxes would wrap a long marker)
  const { facts, rows } = result.table;
  return [
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...Array.from(rows, (row) => row.join(' | ')),
  ].join('\n');
}

describe('gap markers follow lint', () => {
  for (const testCase of CASES) {
    const { rule } = testCase;
    describe(rule, () => {
      it('on: the gap is marked with the rule, where lint reports it', async () => {
        const out = await render(testCase, 'on');
        expect(out.diagnostics.filter((d) => d.rule === rule).length).toBeGreaterThan(0);
        expect(get(out.json, testCase.at)).toEqual({ not_stated: true, rule });
        expect(out.markdown).toContain(`\\[${rule}\\]`);
        expect(out.html).toMatch(new RegExp(`<span class="gap">[^<]*<code>\\[${rule}\\]</code></span>`));
        if (testCase.row) {
          expect(get(out.retention, testCase.row)).toEqual({ not_stated: true, rule });
          expect(out.gapColumn).toContain(rule);
        }
        if (testCase.query) expect(out.query).toContain(`[${rule}]`);
      });

      it('off: nothing is marked', async () => {
        const out = await render(testCase, 'off');
        expect(out.diagnostics.filter((d) => d.rule === rule)).toEqual([]);
        expect(get(out.json, testCase.at)).toEqual('off' in testCase ? testCase.off : { not_stated: true });
        expect(out.markdown).not.toContain(`\\[${rule}`);
        expect(out.html).not.toContain(`[${rule}`);
        if (testCase.row) {
          expect(get(out.retention, testCase.row)).toEqual({ not_stated: true });
          expect(out.gapColumn).not.toContain(rule);
        }
        if (testCase.query) expect(out.query).not.toContain(`[${rule}`);
      });

      if (testCase.waivable !== false) {
        it('waived: the gap is marked as waived, with the reason', async () => {
          const out = await render(testCase, 'waived');
          expect(out.diagnostics.filter((d) => d.rule === rule).every((d) => d.waived)).toBe(true);
          const marker = { not_stated: true, rule, waived: { reason: REASON } };
          expect(get(out.json, testCase.at)).toEqual(marker);
          expect(out.markdown).toContain(`\\[${rule}, waived: ${REASON}\\]`);
          expect(out.markdown).not.toContain(`\\[${rule}\\]`);
          expect(out.html).toMatch(
            new RegExp(`<span class="gap waived">[^<]*<code>\\[${rule}\\]</code>, waived: ${REASON}</span>`),
          );
          if (testCase.row) {
            expect(get(out.retention, testCase.row)).toEqual(marker);
            expect(out.gapColumn).toContain(`${rule}, waived: ${REASON}`);
          }
          if (testCase.query) {
            expect(out.query).toContain(`[${rule}, waived: ${REASON}]`);
            expect(out.query).not.toContain(`[${rule}]`);
          }
        });
      }
    });
  }
});

describe('what the law does not ask for', () => {
  it('reads "not required", with why, where the rule ran and found nothing wanting', async () => {
    const dir = tempInventory({ ...BASE });
    folders.push(dir);
    const { record, diagnostics } = await recordOf(dir);
    expect(diagnostics.filter((d) => d.rule === 'dpia-missing')).toEqual([]);
    const activity = [...record.activities][0]!;
    expect(activity.dpia).toEqual({
      not_required: true,
      reason: 'fewer than 2 WP248 criteria and no Art 35(3) case',
    });
    expect(activity.recipients.find((r) => r.id === 'staff')!.countries).toEqual({
      not_required: true,
      reason: "the controller's own staff",
    });
    expect(recordMarkdown(record)).toContain(
      '| DPIA | not required (fewer than 2 WP248 criteria and no Art 35(3) case) |',
    );
    // with the rule off nobody asked: the DPIA is simply not stated
    const off = await recordOf(dir, { 'dpia-missing': 'off' });
    expect([...off.record.activities][0]!.dpia).toEqual({ not_stated: true });
  });
});
