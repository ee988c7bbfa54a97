import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/inventory/validate.js';

// One case per message shape the schema check produces: the text users read, and where it points.
const cases: [string, unknown][] = [
  ['unknown key in an organization', { organization: { name: 'A', adress: 'x' } }],
  ['unknown key in a waiver', { organization: { name: 'A', waivers: [{ rule: 'x', reasn: 'y' }] } }],
  ['unknown key in a category recipient', { category: { id: 'c', name: 'C', recipients: [{ to: 'a', purpose: [] }] } }],
  ['unknown top-level key', { categroy: {} }],
  ['missing required key', { subjects: [{ name: 'a' }] }],
  ['missing "to" in a disclosure', { category: { id: 'c', name: 'C', recipients: [{ purposes: ['x'] }] } }],
  ['wrong type', { purposes: [{ id: 'p', name: 'P', joint_controllers: 'a' }] }],
  ['wrong type, union', { category: { id: 'c', name: 'C', data: [3] } }],
  ['country code', { recipients: [{ id: 'r', name: 'R', country: 'ZZ' }] }],
  ['enum with a close value', { purposes: [{ id: 'p', name: 'P', lawful_basis: 'contrat' }] }],
  ['enum, not a string', { purposes: [{ id: 'p', name: 'P', lawful_basis: 3 }] }],
  ['bad id', { purposes: [{ id: 'Bad Id', name: 'P' }] }],
  ['bad reference in a list', { category: { id: 'c', name: 'C', recipients: ['Bad Ref'] } }],
  ['bad date', { category: { id: 'c', name: 'C', reviewed: '2020-1-1' } }],
  ['bad duration', { category: { id: 'c', name: 'C', trackers: [{ name: 't', lifetime: '13 months' }] } }],
  ['bad retention duration', { category: { id: 'c', name: 'C', retention: [{ duration: 'ten years' }] } }],
  ['empty string', { category: { id: 'c', name: '' } }],
  ['empty mapping', {}],
  ['duplicate list value', { category: { id: 'c', name: 'C', special: ['health', 'health'] } }],
  ['below a minimum', { organization: { name: 'A', employees: -1 } }],
];

describe('schema findings', () => {
  it.each(cases)('%s', (_, value) => {
    expect(validateFile('f.yaml', value)).toMatchSnapshot();
  });

  it('a valid file has none', () => {
    expect(validateFile('f.yaml', { category: { id: 'c', name: 'C', reviewed: '2024-01-31' } })).toEqual([]);
  });
});
