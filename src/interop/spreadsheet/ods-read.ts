// OpenDocument spreadsheets (.ods): content.xml's tables, rows and cells, with their repeat counts.
import { InputError } from '../../errors.js';
import { cleanCell, formulaText, MAX_COLUMNS, MAX_ROWS, type Table } from './table.js';
import { attrOf, childrenOf, findFirst, parseXml, tagOf, textOf, type XmlNode } from './xml.js';
import type { ZipReader } from './zip-read.js';

export function readOds(zip: ZipReader, file: string): Table[] {
  const content = zip.text('content.xml');
  if (content === undefined)
    throw new InputError(`${file}: not an OpenDocument spreadsheet (no content.xml)`);
  const spreadsheet = findFirst(parseXml(content, `${file}: content.xml`), 'office:spreadsheet');
  if (spreadsheet === undefined) return [];
  return childrenOf(spreadsheet)
    .filter((node) => tagOf(node) === 'table:table')
    .map((table) => {
      const name = cleanCell(attrOf(table, 'table:name') ?? 'Sheet');
      return { name, rows: tableRows(table, `${file}, sheet ${name}`) };
    });
}

/** Rows, with header rows and row groups flattened; repeated empty rows at the end are not made. */
function tableRows(table: XmlNode, where: string): string[][] {
  const rows: string[][] = [];
  let pendingEmpty = 0;
  const visit = (node: XmlNode) => {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      if (
        tag === 'table:table-header-rows' ||
        tag === 'table:table-row-group' ||
        tag === 'table:table-rows'
      ) {
        visit(child);
      } else if (tag === 'table:table-row') {
        const repeat = Math.max(1, Number(attrOf(child, 'table:number-rows-repeated') ?? 1) || 1);
        const cells = rowCells(child, where);
        if (cells.length === 0) {
          pendingEmpty += repeat;
          continue;
        }
        if (rows.length + pendingEmpty + repeat > MAX_ROWS)
          throw new InputError(`${where}: more than ${MAX_ROWS} rows`);
        for (; pendingEmpty > 0; pendingEmpty--) rows.push([]);
        for (let i = 0; i < repeat; i++) rows.push(cells);
      }
    }
  };
  visit(table);
  return rows;
}

function rowCells(row: XmlNode, where: string): string[] {
  const cells: string[] = [];
  let pendingEmpty = 0;
  for (const cell of childrenOf(row)) {
    const tag = tagOf(cell);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const repeat = Math.max(1, Number(attrOf(cell, 'table:number-columns-repeated') ?? 1) || 1);
    const text = cellText(cell);
    if (text === '') {
      pendingEmpty += repeat;
      continue;
    }
    if (cells.length + pendingEmpty + repeat > MAX_COLUMNS)
      throw new InputError(`${where}: more than ${MAX_COLUMNS} columns`);
    for (; pendingEmpty > 0; pendingEmpty--) cells.push('');
    for (let i = 0; i < repeat; i++) cells.push(text);
  }
  return cells;
}

function cellText(cell: XmlNode): string {
  const formula = attrOf(cell, 'table:formula');
  if (formula !== undefined) return cleanCell(formulaText(formula));
  const paragraphs = childrenOf(cell).filter((c) => tagOf(c) === 'text:p');
  if (paragraphs.length > 0) return cleanCell(paragraphs.map(paragraphText).join('\n'));
  const type = attrOf(cell, 'office:value-type');
  if (type === 'boolean') return attrOf(cell, 'office:boolean-value') === 'true' ? 'TRUE' : 'FALSE';
  if (type === 'date') return cleanCell(attrOf(cell, 'office:date-value') ?? '');
  return cleanCell(attrOf(cell, 'office:value') ?? '');
}

/** A paragraph's text, with `text:s` (spaces), `text:tab` and `text:line-break` as the characters they stand for. */
function paragraphText(node: XmlNode): string {
  if ('#text' in node) return textOf(node);
  const tag = tagOf(node);
  if (tag === 'text:s') return ' '.repeat(Math.min(1000, Number(attrOf(node, 'text:c') ?? 1) || 1));
  if (tag === 'text:tab') return '\t';
  if (tag === 'text:line-break') return '\n';
  if (tag === 'office:annotation') return '';
  return childrenOf(node).map(paragraphText).join('');
}
