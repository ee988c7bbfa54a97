// The record as an Office Open XML workbook (ECMA-376, SpreadsheetML), written directly: a handful of XML
// parts in a zip. A general spreadsheet library built a cell model and styles for every cell, five times
// the time of the lint itself on a large inventory; these sheets need only text, numbers and two styles.
import { neutralise } from '../csv.js';
import { ZipEntryWriter, ZipWriter } from '../zip.js';
import { XmlWriter } from './xml-writer.js';
import type { Sheet } from './sheets.js';

/** Fixed document dates: the workbook must be byte-for-byte the same from one run to the next. */
const CREATED = '2000-01-01T00:00:00Z';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats in styles.xml: 1 wrapped and top-aligned, 2 the same in bold (the header row). */
const BODY = 1;
const HEADER = 2;

/**
 * An xlsx workbook, one worksheet per sheet: bold frozen header row, auto-filter, column widths and
 * wrapped text. Text cells are always text: a value starting with "=" is not a formula, and it is
 * neutralised as in the csv export for whoever copies it elsewhere.
 *
 * The workbook comes in pieces as it is made: each sheet's rows are written as the sheet gives them and
 * compressed as they are written, and each part of the archive is given as soon as it is compressed, so
 * that neither the sheets nor the workbook are ever held whole. The shared string table, complete only
 * once every sheet is written, comes after the sheets, as in the workbooks Excel writes, and so does the
 * workbook part, which names each sheet's range: readers find the parts through the archive's directory.
 */
export async function* xlsx(sheets: readonly Sheet[]): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const archive = new ZipWriter();
  const part = (name: string, text: string) => archive.add(name, encoder.encode(XML + text));
  yield* await part('[Content_Types].xml', contentTypes(sheets.length));
  yield* await part(
    '_rels/.rels',
    relationships([
      [`${NS_R}/officeDocument`, 'xl/workbook.xml'],
      [`${NS_PKG}/relationships/metadata/core-properties`, 'docProps/core.xml'],
    ]),
  );
  yield* await part('docProps/core.xml', coreProperties());
  yield* await part(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...sheets.map((_, i) => [`${NS_R}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
      [`${NS_R}/styles`, 'styles.xml'],
      [`${NS_R}/sharedStrings`, 'sharedStrings.xml'],
    ]),
  );
  yield* await part('xl/styles.xml', STYLES);
  const strings = new SharedStrings();
  const ranges: string[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const entry = new ZipEntryWriter();
    ranges.push(await worksheet(entry, sheet, strings));
    yield* await archive.entry(`xl/worksheets/sheet${i + 1}.xml`, entry);
  }
  yield* await part('xl/workbook.xml', workbook(sheets, ranges));
  const entry = new ZipEntryWriter();
  await strings.write(entry);
  yield* await archive.entry('xl/sharedStrings.xml', entry);
  yield archive.end();
}

function contentTypes(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    override(
      `xl/worksheets/sheet${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ),
  );
  return (
    `<Types xmlns="${NS_PKG}/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    ) +
    sheets.join('') +
    override('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
    override(
      'xl/sharedStrings.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    ) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

/** A relationships part: each target with its full relationship type. */
function relationships(targets: readonly (readonly [type: string, target: string])[]): string {
  const items = targets.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
  );
  return `<Relationships xmlns="${NS_PKG}/relationships">${items.join('')}</Relationships>`;
}

function coreProperties(): string {
  return (
    `<cp:coreProperties xmlns:cp="${NS_PKG}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>ropa</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The workbook part: the sheets' names, and the range of each sheet's filter (`worksheet` gives it). */
function workbook(sheets: readonly Sheet[], ranges: readonly string[]): string {
  const entries = sheets.map(
    (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  // the name Excel itself gives each sheet's auto-filter range
  const filters = sheets.map(
    (s, i) =>
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(s.name.replaceAll("'", "''"))}'!${absolute(ranges[i]!)}</definedName>`,
  );
  return (
    `<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>${entries.join('')}</sheets>` +
    `<definedNames>${filters.join('')}</definedNames></workbook>`
  );
}

const STYLES =
  `<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** What follows a cell's reference, for a number, a shared string and a text written in the cell. */
interface CellStarts {
  readonly number: string;
  readonly shared: string;
  readonly text: string;
  readonly spacedText: string;
}

function cellStarts(style: number): CellStarts {
  const start = `" s="${style}"`;
  return {
    number: `${start}><v>`,
    shared: `${start} t="s"><v>`,
    text: `${start} t="inlineStr"><is><t>`,
    spacedText: `${start} t="inlineStr"><is><t xml:space="preserve">`,
  };
}

const HEADER_CELL = cellStarts(HEADER);
const BODY_CELL = cellStarts(BODY);

const SPACE = /\s/;

/** A text whose leading or trailing space XML would drop unless told to keep it (first and last only: `/\s$/` reads the whole text). */
const spaced = (text: string): boolean =>
  text.length > 0 && (SPACE.test(text[0]!) || SPACE.test(text[text.length - 1]!));

/**
 * A worksheet, its rows written as the sheet gives them, each text as its shared string; gives the range
 * of its filter, the header row and every row below it over all the columns.
 */
async function worksheet(entry: ZipEntryWriter, sheet: Sheet, strings: SharedStrings): Promise<string> {
  const xml = new XmlWriter(entry);
  const cols = sheet.columns.map(
    (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`,
  );
  xml.markup(
    XML +
      `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<cols>${cols.join('')}</cols><sheetData>`,
  );
  // what comes before the row number in each cell's reference, column by column
  const starts: string[] = [];
  let number = 0;
  const row = (values: readonly (string | number)[], cell: CellStarts, inline: readonly boolean[]) => {
    const r = String(++number);
    xml.markup(`<row r="${r}">`);
    for (let c = 0; c < values.length; c++) {
      const value = values[c]!;
      // no text: a blank cell, rather than a text cell holding nothing (which COUNTA would count)
      if (value === '') continue;
      xml.markup((starts[c] ??= `<c r="${column(c)}`));
      xml.markup(r);
      if (typeof value === 'number') {
        xml.markup(cell.number);
        xml.number(value);
        xml.markup('</v></c>');
        continue;
      }
      const text = neutralise(value);
      // most texts need no escape at all, and no second look for the escapes that keep them in the table
      const plain = inline[c] === true && !NEEDS_ESCAPE.test(text);
      if (plain || (inline[c] && !CODED.test(text))) {
        xml.markup(spaced(text) ? cell.spacedText : cell.text);
        xml.text(plain ? text : escapeXml(text));
        xml.markup('</t></is></c>');
      } else {
        xml.markup(cell.shared);
        xml.number(strings.index(text, c));
        xml.markup('</v></c>');
      }
    }
    xml.markup('</row>');
  };
  row(
    sheet.columns.map((c) => c.header),
    HEADER_CELL,
    [],
  );
  const inline = sheet.columns.map((c) => c.inline === true);
  for (const values of sheet.rows) {
    row(values, BODY_CELL, inline);
    const full = entry.room();
    if (full) await full;
  }
  const range = `A1:${column(sheet.columns.length - 1)}${number}`;
  xml.markup(`</sheetData><autoFilter ref="${range}"/></worksheet>`);
  xml.end();
  return range;
}

/**
 * The workbook's shared string table: each distinct text once, cells refer to it by index. The record
 * repeats the same names and phrases on many rows: the sheets are a fraction of the size with inline text.
 * Each text is kept until the table is written, after the sheets; the columns whose texts are made for
 * each row and seldom repeat (`Column.inline`) write them in their cells instead: about a third of a
 * large record's text.
 */
class SharedStrings {
  readonly #indexes = new Map<string, number>();
  // each column's last text and its index: a column often repeats the row above (an activity's own cells
  // on the rows of each of its categories), and a look-up in a table of 250,000 texts costs more
  readonly #lastText: (string | undefined)[] = [];
  readonly #lastIndex: number[] = [];
  #uses = 0;

  /** The index of a text of column `column` (0-based). */
  index(text: string, column: number): number {
    this.#uses++;
    if (text === this.#lastText[column]) return this.#lastIndex[column]!;
    let index = this.#indexes.get(text);
    if (index === undefined) {
      index = this.#indexes.size;
      this.#indexes.set(text, index);
    }
    this.#lastText[column] = text;
    this.#lastIndex[column] = index;
    return index;
  }

  async write(entry: ZipEntryWriter): Promise<void> {
    const xml = new XmlWriter(entry);
    xml.markup(XML + `<sst xmlns="${NS}" count="${this.#uses}" uniqueCount="${this.#indexes.size}">`);
    for (const text of this.#indexes.keys()) {
      xml.markup(spaced(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      xml.text(escapeXml(text));
      xml.markup('</t></si>');
      const full = entry.room();
      if (full) await full;
    }
    xml.markup('</sst>');
    xml.end();
  }
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** A, B, ..., Z, AA, AB, ...: the letters of the column at this 0-based index. */
export function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROLS = /[\0-\x08\x0B-\x1F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- the same, with the characters escaped otherwise
const NEEDS_ESCAPE = /[&<>"_\0-\x08\x0B-\x1F\uFFFE\uFFFF]/;

/**
 * Text for XML: markup characters as entities; control characters (which XML 1.0 cannot hold, or would
 * turn from CR LF into LF) and a literal `_xHHHH_`, which a spreadsheet would read as one, in the OOXML
 * `_xHHHH_` escape. Lone surrogates become U+FFFD when the text is encoded.
 */
function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      // a lookahead: two escapes may share an underscore (`_x0041_x0042_`), and readers take `_X` too
      .replace(/_(?=[xX][0-9A-Fa-f]{4}_)/g, '_x005F_')
      .replace(CONTROLS, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
      .replace(/[&<>"]/g, (c) => ENTITIES[c]!)
  );
}

/**
 * A text that needs `_xHHHH_` escapes: it goes in the shared string table even from an inline column,
 * as exceljs (for one) reads those escapes there and leaves them as they are in a cell's own text.
 */
// eslint-disable-next-line no-control-regex -- the same characters as CONTROLS
const CODED = /[\0-\x08\x0B-\x1F\uFFFE\uFFFF]|_[xX][0-9A-Fa-f]{4}_/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
