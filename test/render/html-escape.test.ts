import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, visibleText } from '../../src/render/report/html-escape.js';

// Every rule of the escaping, written out: text that the one-pass test keeps as it is must be text that
// these leave unchanged, and the rest must come out as they make it.
const shownByEachRule = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- control characters show as escapes
    /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      if (c >= '\ud800') return '\ufffd';
      if (c === '\t' || c === '\n' || c === '\r') throw new Error('never escaped in HTML');
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
    },
  );
const escapedByEachRule = (text: string): string =>
  shownByEachRule(text)
    .replaceAll('&', '&#38;')
    .replaceAll('<', '&#60;')
    .replaceAll('>', '&#62;')
    .replaceAll('"', '&#34;')
    .replaceAll("'", '&#39;');

describe('HTML escaping', () => {
  it('keeps text with nothing to escape as it is, and escapes the rest by every rule', () => {
    const unit = fc.constantFrom(
      ...['a', ' ', 'é', '€', '\t', '\n', '\r', '\f', '\u0000', '\u001b', '\u007f', '\u0085', '\u202e'],
      ...['\u2066', '\ufdd0', '\ufffe', '\uffff', '\ud83d', '\ude00', '😀', '&', '<', '>', '"', "'"],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (text) => {
        expect(visibleText(text)).toBe(shownByEachRule(text));
        expect(escapeHtml(text)).toBe(escapedByEachRule(text));
      }),
      { numRuns: 3000 },
    );
    expect(escapeHtml('Customers & prospects')).toBe('Customers &#38; prospects');
    expect(escapeHtml('Kept 3 years')).toBe('Kept 3 years');
  });
});
