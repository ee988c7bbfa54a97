// The workbook writer, read back by two independent readers: SheetJS (cell values) and exceljs (layout:
// styles, frozen header, filter, widths, document properties); the zip container by JSZip.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Sheet } from '../../src/render/report/sheets.js';
import { column, xlsx } from '../../src/render/report/xlsx.js';
import { whole } from '../../src/render/rendered.js';
import { zipOf } from '../helpers/zip.js';

const AWKWARD = [
  'Tom & Jerry <b>"bold"</b>',
  '  leading and trailing spaces  ',
  'two\nlines',
  'CR LF\r\nkept',
  'a control\u0001character',
  'a literal _x000D_ escape',
  'two that share an underscore: _x0041_x0042_, and _X000D_ in capitals',
  '=HYPERLINK("http://evil.example")',
  'émoji 👍 and ünïcode',
];

const SHEETS: Sheet[] = [
  {
    name: 'Texts',
    columns: [
      { header: 'Text', width: 40 },
      { header: 'Number', width: 10 },
    ],
    rows: AWKWARD.map((text, i) => [text, i * 1.5]),
  },
  { name: "Owner's sheet", columns: [{ header: 'Only', width: 12 }], rows: [['Tom & Jerry <b>"bold"</b>']] },
];

/** The workbook whole, as the command writes it piece by piece. */
const workbook = async (sheets: readonly Sheet[]) => Buffer.from(await whole(xlsx(sheets)));

describe('xlsx workbook', () => {
  it('gives SheetJS every text and number back, text never a formula', async () => {
    const book = XLSX.read(await workbook(SHEETS));
    expect(book.SheetNames).toEqual(['Texts', "Owner's sheet"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Texts!, { header: 1 });
    expect(rows).toEqual([
      ['Text', 'Number'],
      ['Tom & Jerry <b>"bold"</b>', 0],
      ['  leading and trailing spaces  ', 1.5],
      ['two\nlines', 3],
      ['CR LF\r\nkept', 4.5],
      ['a control\u0001character', 6],
      ['a literal _x000D_ escape', 7.5],
      ['two that share an underscore: _x0041_x0042_, and _X000D_ in capitals', 9],
      [`'=HYPERLINK("http://evil.example")`, 10.5],
      ['émoji 👍 and ünïcode', 12],
    ]);
    expect(book.Sheets.Texts!.A9!.f).toBeUndefined();
    expect(book.Sheets.Texts!['!autofilter']).toEqual({ ref: 'A1:B10' });
    expect(XLSX.utils.sheet_to_json(book.Sheets["Owner's sheet"]!)).toEqual([
      { Only: 'Tom & Jerry <b>"bold"</b>' },
    ]);
  });

  it('shows exceljs a bold, frozen, filtered header, the column widths and wrapped text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await workbook(SHEETS)).buffer);
    expect(book.creator).toBe('ropa');
    expect(book.created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    const sheet = book.getWorksheet('Texts')!;
    expect(sheet.views).toMatchObject([{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }]);
    expect(sheet.autoFilter).toBe('A1:B10');
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([40, 10]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.getCell('A2').alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(sheet.getCell('B3').value).toBe(1.5);
  });

  it('keeps every character of sheets written in many pieces, and of a text longer than a piece', async () => {
    // the shared strings, of 2- to 4-byte characters, run over several of the 1 MiB pieces the parts are
    // written in; one text alone (€ is three bytes) is larger than a piece, and is cut at byte offsets
    const rows = Array.from({ length: 30_000 }, (_, i) => [
      `ligne ${i} – données 👍 ${'é'.repeat(i % 7)}`,
      i,
    ]);
    const long = '€'.repeat(400_000);
    const sheets: Sheet[] = [
      {
        name: 'Many',
        columns: [
          { header: 'Text', width: 30 },
          { header: 'Row', width: 8 },
        ],
        rows: [...rows.slice(0, 15_000), [long, -1], ...rows.slice(15_000)],
      },
    ];
    const book = XLSX.read(await workbook(sheets));
    const back = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Many!, { header: 1 });
    expect(back).toHaveLength(30_002);
    expect(back[15_001]).toEqual([long, -1]);
    expect(back.slice(1, 15_001)).toEqual(rows.slice(0, 15_000));
    expect(back.slice(15_002)).toEqual(rows.slice(15_000));
  });

  it('gives back the texts of a column written in its cells (inline) as those of the shared string table', async () => {
    const sheets: Sheet[] = [
      {
        name: 'Inline',
        columns: [
          { header: 'Shared', width: 40 },
          { header: 'Inline', width: 40, inline: true },
        ],
        rows: AWKWARD.map((text) => [text, text]),
      },
    ];
    const bytes = await workbook(sheets);
    const expected = [
      ['Shared', 'Inline'],
      ...AWKWARD.map((text) => (text.startsWith('=') ? `'${text}` : text)).map((text) => [text, text]),
    ];
    const sheet = XLSX.read(bytes).Sheets.Inline!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual(expected);
    expect(sheet.B9!.f).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const inline = book.getWorksheet('Inline')!;
    expect(
      inline
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual(expected);
    expect(inline.getCell('B2').alignment).toEqual({ vertical: 'top', wrapText: true });
    // in its cell, but for the texts that need _xHHHH_ escapes, which exceljs reads only in the table
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    const types = [...xml.matchAll(/<c r="B(\d+)"[^>]*? t="(\w+)"/g)].map(
      ([, row, type]) => `${row}:${type}`,
    );
    expect(types).toEqual([
      '1:s',
      '2:inlineStr',
      '3:inlineStr',
      '4:inlineStr',
      '5:s',
      '6:s',
      '7:s',
      '8:s',
      '9:inlineStr',
      '10:inlineStr',
    ]);
  });

  it('writes numbers as they are, whole or not', async () => {
    const numbers = [0, 7, 10, 99, 100, 1000, 123_456_789, 999_999_999, 1e9, 12_345_678_901, -5, 2.5, 1e-7];
    const sheets: Sheet[] = [
      { name: 'Numbers', columns: [{ header: 'N', width: 10 }], rows: numbers.map((n) => [n]) },
    ];
    const sheet = XLSX.read(await workbook(sheets)).Sheets.Numbers!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([['N'], ...numbers.map((n) => [n])]);
  });

  it('leaves a cell without text blank rather than writing an empty text', async () => {
    const sheets: Sheet[] = [
      {
        name: 'Gaps',
        columns: [
          { header: 'A', width: 10 },
          { header: 'B', width: 10 },
          { header: 'C', width: 10 },
        ],
        rows: [
          ['first', '', 'third'],
          ['', 0, ''],
        ],
      },
    ];
    const bytes = await workbook(sheets);
    const sheet = XLSX.read(bytes).Sheets.Gaps!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([
      ['A', 'B', 'C'],
      ['first', null, 'third'],
      [null, 0, null],
    ]);
    expect([sheet.B2, sheet.A3, sheet.C3]).toEqual([undefined, undefined, undefined]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const gaps = book.getWorksheet('Gaps')!;
    expect(['B2', 'A3', 'C3'].map((ref) => gaps.getCell(ref).type)).toEqual([
      ExcelJS.ValueType.Null,
      ExcelJS.ValueType.Null,
      ExcelJS.ValueType.Null,
    ]);
    expect(gaps.getCell('C2').value).toBe('third');
  });

  it('keeps the cells of a row longer than the header row', async () => {
    const sheets: Sheet[] = [
      { name: 'Wide', columns: [{ header: 'Only', width: 10 }], rows: [['x', 'y', 3]] },
    ];
    const sheet = XLSX.read(await workbook(sheets)).Sheets.Wide!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([['Only'], ['x', 'y', 3]]);
  });

  it("gives each sheet to the file before it reads the next one's rows", async () => {
    const read: string[] = [];
    const sheet = (name: string): Sheet => ({
      name,
      columns: [{ header: 'Row', width: 10 }],
      rows: {
        *[Symbol.iterator]() {
          for (let i = 1; i <= 3; i++) {
            read.push(`${name} ${i}`);
            yield [`${name} ${i}`];
          }
        },
      },
    });
    const pieces: Uint8Array[] = [];
    // what had been read when each part's name came out, the name being a piece of its own
    const readAt = new Map<string, string[]>();
    for await (const piece of xlsx([sheet('One'), sheet('Two')])) {
      pieces.push(piece);
      readAt.set(Buffer.from(piece).toString('latin1'), [...read]);
    }
    expect(readAt.get('xl/worksheets/sheet1.xml')).toEqual(['One 1', 'One 2', 'One 3']);
    expect(readAt.get('xl/worksheets/sheet2.xml')).toHaveLength(6);
    const book = XLSX.read(Buffer.concat(pieces));
    expect(XLSX.utils.sheet_to_json(book.Sheets.Two!, { header: 1 })).toEqual([
      ['Row'],
      ['Two 1'],
      ['Two 2'],
      ['Two 3'],
    ]);
  });

  it('is the same bytes for the same sheets', async () => {
    expect((await workbook(SHEETS)).equals(await workbook(SHEETS))).toBe(true);
  });
});

describe('zip', () => {
  it('writes entries larger than a compression chunk that JSZip reads back whole', async () => {
    // 2.5 MiB of varied text: three chunks deflated apart and joined into one stream
    const big = Buffer.from(
      Array.from({ length: 60_000 }, (_, i) => `line ${i} ${(i * 7919) % 104729}\n`).join(''),
    );
    const bytes = await zipOf([
      ['big.txt', big],
      ['empty.txt', new Uint8Array()],
      ['dossier/é.txt', Buffer.from('été')],
    ]);
    const archive = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(archive.files)).toEqual(['big.txt', 'empty.txt', 'dossier/é.txt']);
    expect((await archive.file('big.txt')!.async('nodebuffer')).equals(big)).toBe(true);
    expect(await archive.file('empty.txt')!.async('string')).toBe('');
    expect(await archive.file('dossier/é.txt')!.async('string')).toBe('été');
    expect(archive.file('big.txt')!.date.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });
});

describe('column letters', () => {
  it('counts A to Z, then AA, AZ, BA, ... ZZ, AAA', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(column)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
