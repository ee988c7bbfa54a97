import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { inputConflict, isInside } from '../../src/inputs.js';
import { loadInventory } from '../../src/inventory/load.js';
import { createLocator } from '../../src/inventory/locate.js';
import { quote } from '../../src/inventory/quote.js';
import { describeIoError, describeRootError } from '../../src/inventory/read.js';
import { parse } from '../../src/inventory/source.js';
import { decodeUtf8, firstInvalidByte } from '../../src/inventory/utf8.js';
import { validateFile } from '../../src/inventory/validate.js';
import { printable } from '../../src/render/terminal.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { lint } from '../../src/rules/run.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

const errno = (code: string) => Object.assign(new Error(`${code}: failure`), { code });

describe('error mapping for files that cannot be read', () => {
  // Root reads any file whatever its mode, so the end-to-end test of an unreadable file needs an
  // unprivileged user; this table pins the messages for every code independently of who runs the tests.
  it.each([
    ['EACCES', 'cannot be read: permission denied'],
    ['EPERM', 'cannot be read: permission denied'],
    ['ELOOP', 'cannot be read: a symbolic-link loop'],
    ['EISDIR', 'cannot be read: it is a folder'],
    ['ENOENT', 'cannot be read: it disappeared while ropa was reading the folder'],
    ['EIO', 'cannot be read (EIO)'],
  ])('a file: %s', (code, message) => {
    expect(describeIoError(errno(code))).toBe(message);
  });

  it.each([
    ['ENOENT', 'no such folder'],
    ['ENOTDIR', 'no such folder'],
    ['ELOOP', 'cannot be read: a symbolic-link loop'],
    ['EACCES', 'cannot be read: permission denied'],
  ])('the inventory folder: %s', (code, message) => {
    expect(describeRootError(errno(code))).toBe(message);
  });
});

describe('UTF-8', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it.each([
    ['ASCII', bytes(0x61, 0x62), 2],
    ['two-byte é', bytes(0xc3, 0xa9), 2],
    ['Latin-1 é', bytes(0x61, 0xe9, 0x62), 1],
    ['overlong NUL', bytes(0xc0, 0x80), 0],
    ['overlong three-byte', bytes(0xe0, 0x80, 0x80), 0],
    ['surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['emoji', bytes(0xf0, 0x9f, 0x98, 0x80), 4],
    ['truncated sequence', bytes(0x61, 0xe2, 0x82), 1],
    ['stray continuation', bytes(0x80), 0],
  ])('%s', (_name, input, offset) => {
    expect(firstInvalidByte(input)).toBe(offset);
    // the validator agrees with the platform's decoder
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      valid = false;
    }
    expect(offset === input.length).toBe(valid);
  });

  it('locates the bad byte in characters, after a BOM and multi-byte text', () => {
    const input = Buffer.concat([Buffer.from('\ufeffa: "é😀'), Buffer.from([0xff]), Buffer.from('"\n')]);
    expect(decodeUtf8(input)).toEqual({
      ok: false,
      message: 'not UTF-8 text (byte 0xFF): save the file as UTF-8',
      position: { line: 1, column: 8 },
    });
  });

  it('drops one byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('\ufeffa: 1\r\n'))).toEqual({ ok: true, text: 'a: 1\r\n' });
  });
});

describe('messages stay on one line', () => {
  it('quote escapes newlines, quotes and control characters and shortens long values', () => {
    expect(quote('a "b"\nc\u001b[2J\u009b')).toBe('"a \\"b\\"\\nc\\u001b[2J\\u009b"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(80)}…"`);
  });

  it('printable shows control characters and bidirectional overrides as escapes', () => {
    expect(printable('ok\u001b[31m\tred\r\n\u202eevil\u0000')).toBe(
      'ok\\x1b[31m\\tred\\r\\n\\u202eevil\\x00',
    );
    expect(printable('Café 😀 "quoted"')).toBe('Café 😀 "quoted"');
  });
});

describe('syntax errors at the end of a file without a final newline', () => {
  // a mark on the line after the last one could not be shown by any editor
  it.each([
    ['a: [1, 2', 1, 9],
    ['k: v\nmulti\nline', 2, 1],
  ])('%j', (text, line, column) => {
    expect(parse(text).findings[0]?.position).toEqual({ line, column });
  });
});

describe('deep structures do not overflow the stack', () => {
  it('the reader, on text nested far deeper than it accepts: refused where it goes too deep', () => {
    const deep = `a: ${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}\nb: x\n`;
    expect(parse(deep).findings).toEqual([
      { message: 'invalid YAML: nested deeper than 100 levels: refused', position: { line: 1, column: 103 } },
    ]);
    const locate = createLocator(() => parse(deep));
    expect(locate('deep.yaml', ['a', 0, 0, 0])).toEqual({ line: 1, column: 1 });
  });

  it('the validator, on a deeply nested value', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) value = [value];
    const findings = validateFile('deep.yaml', { subjects: value });
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [['subjects', 0], 'value must be a mapping, not a list'],
    ]);
  });

  it('the parser refuses depth 101 and accepts depth 100', () => {
    const nest = (depth: number) => `x: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`;
    expect(parse(nest(100)).findings).toEqual([]);
    expect(parse(nest(101)).findings).toEqual([
      { message: 'invalid YAML: nested deeper than 100 levels: refused', position: { line: 1, column: 103 } },
    ]);
  });
});

describe('no prototype pollution', () => {
  it('loading, linting and reading the configuration leave Object.prototype alone', async () => {
    const keysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const dir = tempInventory({
      ...BASE,
      'ropa.config.yaml': yaml('today: 2026-11-27', '__proto__:', '  polluted: yes'),
      'proto.yaml': yaml(
        '__proto__:',
        '  polluted: yes',
        'constructor:',
        '  prototype:',
        '    polluted: yes',
        'subjects:',
        '  - id: visitor',
        '    name: Visitors',
        '    __proto__: { polluted: yes }',
        '    constructor: { prototype: { polluted: yes } }',
      ),
      'categories/proto.yaml': yaml(
        'category:',
        '  id: proto',
        '  name: Prototype',
        '  data: [__proto__, constructor, prototype, toString, hasOwnProperty]',
        '  subjects: [customer]',
        '  purposes: [order-management]',
        '  recipients:',
        '    - to: staff',
        '      data: [__proto__, valueOf]',
      ),
    });
    const loaded = await loadInventory(dir);
    const diagnostics = lint(loaded, { config: { rules: {} }, today: '2026-11-27' });
    await expect(readConfig(dir, undefined, new Set(RULES_BY_ID.keys()))).rejects.toThrow(
      'unknown key "__proto__"',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keysBefore);
    const proto = diagnostics
      .filter((d) => d.file.endsWith('proto.yaml'))
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(proto).toEqual([
      'categories/proto.yaml:2:3 category "proto" has no retention rule (Art 30(1)(f), 5(1)(e))',
      'categories/proto.yaml:9:25 the category holds no data item "valueOf"',
      'proto.yaml:1:1 unknown key "__proto__"',
      'proto.yaml:3:1 unknown key "constructor"',
      'proto.yaml:7:9 subject "visitor" is not referenced by any category',
      'proto.yaml:9:5 unknown key "__proto__" in subject',
      'proto.yaml:10:5 unknown key "constructor" in subject',
    ]);
  });
});

describe('inputs protected from output', () => {
  it('isInside compares whole path segments', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a/..b/x', '/a')).toBe(true);
    expect(isInside('/x', '/a')).toBe(false);
  });

  it('refuses the files it is given and anything below the folders', () => {
    const inputs = { folders: ['/srv/inv'], files: ['/srv/ropa.yaml'] };
    expect(inputConflict('/srv/inv/report.html', inputs)).toBe(
      'refusing to write inside the inventory folder /srv/inv',
    );
    expect(inputConflict('/srv/ropa.yaml', inputs)).toBe('refusing to overwrite a file this run reads');
    expect(inputConflict('/srv/report.html', inputs)).toBeUndefined();
  });
});
