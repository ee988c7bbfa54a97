// The example inventory shows the seed policy's real gaps, and nothing the policy does not support: the
// whole lint output is compared with a reviewed list in which each finding is traced to a sentence of
// the policy (test/fixtures/example-expected-findings.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ropa } from './helpers/cli.js';

interface Expected {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  policy: string;
}

const expected: Expected[] = JSON.parse(
  readFileSync(new URL('./fixtures/example-expected-findings.json', import.meta.url), 'utf8'),
).findings;

describe('ropa lint on the example inventory', () => {
  it('finds exactly the reviewed gaps, each at its file, line and column', () => {
    const result = ropa(['lint', 'inventory', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const found = JSON.parse(result.stdout).diagnostics.map(
      ({ rule, severity, file, line, column, message }: Expected) => ({
        rule,
        severity,
        file,
        line,
        column,
        message,
      }),
    );
    expect(found).toEqual(expected.map(({ policy: _policy, ...rest }) => rest));
  });

  it('traces every expected finding to the policy', () => {
    for (const finding of expected) expect(finding.policy.length).toBeGreaterThan(20);
  });
});
