// Office Open XML workbooks (.xlsx): the workbook's sheet list, the shared strings and each sheet's cells.
import { InputError } from '../../errors.js';
import { cleanCell, columnIndex, formulaText, MAX_COLUMNS, MAX_ROWS, type Table } from './table.js';
import {
  attrOf,
  childrenNamed,
  childrenOf,
  findFirst,
  parseXml,
  tagOf,
  textOf,
  type XmlNode,
} from './xml.js';
import type { ZipReader } from './zip-read.js';

const PHONETIC = new Set(['rPh']);

export function readXlsx(zip: ZipReader, file: string): Table[] {
  const part = (name: string): XmlNode[] => {
    const text = zip.text(name);
    if (text === undefined) throw new InputError(`${file}: not an xlsx workbook (no ${name})`);
    return parseXml(text, `${file}: ${name}`);
  };
  const targets = new Map<string, string>();
  for (const rel of childrenNamed(
    findFirst(part('xl/_rels/workbook.xml.rels'), 'Relationships') ?? {},
    'Relationship',
  )) {
    const target = attrOf(rel, 'Target') ?? '';
    targets.set(attrOf(rel, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = zip.has('xl/sharedStrings.xml')
    ? childrenNamed(findFirst(part('xl/sharedStrings.xml'), 'sst') ?? {}, 'si').map((si) =>
        textOf(si, PHONETIC),
      )
    : [];
  const sheets = childrenNamed(findFirst(part('xl/workbook.xml'), 'sheets') ?? {}, 'sheet');
  return sheets.map((sheet) => {
    const name = attrOf(sheet, 'name') ?? 'Sheet';
    const target = targets.get(attrOf(sheet, 'r:id') ?? '');
    if (target === undefined || !zip.has(target))
      throw new InputError(`${file}: sheet ${name} has no worksheet part`);
    return { name: cleanCell(name), rows: sheetRows(part(target), shared, `${file}, sheet ${name}`) };
  });
}

function sheetRows(nodes: XmlNode[], shared: readonly string[], where: string): string[][] {
  const data = findFirst(nodes, 'sheetData');
  const rows: string[][] = [];
  if (data === undefined) return rows;
  let next = 1;
  for (const row of childrenNamed(data, 'row')) {
    const number = Number(attrOf(row, 'r') ?? next);
    if (!Number.isInteger(number) || number < next || number > MAX_ROWS)
      throw new InputError(`${where}: more than ${MAX_ROWS} rows, or rows out of order`);
    next = number + 1;
    const cells: string[] = [];
    let column = 0;
    for (const cell of childrenNamed(row, 'c')) {
      const reference = /^([A-Z]+)\d*$/i.exec(attrOf(cell, 'r') ?? '');
      if (reference) column = columnIndex(reference[1]!);
      if (column >= MAX_COLUMNS) throw new InputError(`${where}: more than ${MAX_COLUMNS} columns`);
      const text = cellText(cell, shared);
      if (text !== '') {
        while (cells.length < column) cells.push('');
        cells[column] = text;
      }
      column++;
    }
    while (rows.length < number - 1) rows.push([]);
    rows.push(cells);
  }
  return rows;
}

function cellText(cell: XmlNode, shared: readonly string[]): string {
  const child = (tag: string) => childrenOf(cell).find((c) => tagOf(c) === tag);
  const formula = child('f');
  if (formula !== undefined && textOf(formula) !== '') return cleanCell(formulaText(textOf(formula)));
  const type = attrOf(cell, 't');
  if (type === 'inlineStr') return cleanCell(child('is') ? textOf(child('is')!, PHONETIC) : '');
  const value = child('v') ? textOf(child('v')!) : '';
  if (type === 's') return cleanCell(shared[Number(value)] ?? '');
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return cleanCell(value);
}
