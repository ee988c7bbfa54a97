// False alarms are bugs too: a complete inventory that meets every rule gets no finding at all.
import { describe, expect, it } from 'vitest';
import { ropa } from './helpers/cli.js';

const fixture = 'test/fixtures/compliant';

describe('a compliant inventory', () => {
  it('has no error, warning or note', () => {
    expect(ropa(['lint', fixture])).toEqual({ stdout: '', stderr: '', code: 0 });
    const json = JSON.parse(ropa(['lint', fixture, '--format', 'json']).stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, notes: 0, waived: 0 });
    expect(ropa(['lint', fixture, '--fail-on', 'note', '--max-warnings', '0']).code).toBe(0);
  });

  it('has every review date within the last 12 months (record-stale raised to an error finds nothing)', () => {
    const result = ropa(['lint', fixture, '--format', 'json', '--rule', 'record-stale=error']);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([]);
  });
});
