// Reads a spreadsheet file into tables: .xlsx and .ods (zip archives of XML), .csv (RFC 4180, "," or ";").
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import { readOds } from './ods-read.js';
import { cleanCell, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, type Table } from './table.js';
import { readXlsx } from './xlsx-read.js';
import { ZipReader } from './zip-read.js';

export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.ods', '.csv'] as const;

export async function readSpreadsheet(file: string): Promise<Table[]> {
  const extension = path.extname(file).toLowerCase();
  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension))
    throw new InputError(`${file}: not a spreadsheet ropa reads (.xlsx, .ods or .csv)`);
  const bytes = await readCapped(file);
  if (extension === '.csv') return [readCsv(bytes, file)];
  const zip = new ZipReader(bytes, file);
  return extension === '.xlsx' ? readXlsx(zip, file) : readOds(zip, file);
}

/** A regular file of at most MAX_FILE_BYTES, read through one handle (no race between a check and the read). */
export async function readCapped(file: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
    if (stat.size > limit) throw new InputError(`${file}: larger than ${limit / 1024 / 1024} MiB; refused`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function readCsv(bytes: Buffer, file: string): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text; save it as "CSV UTF-8"`);
  }
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: false,
      skip_empty_lines: false,
      to_line: MAX_ROWS + 1,
    }) as string[][];
  } catch (error) {
    const reason = (error as { message?: string }).message?.split('\n')[0] ?? 'not valid CSV';
    throw new InputError(`${file}: not valid CSV: ${reason}`);
  }
  if (rows.length > MAX_ROWS) throw new InputError(`${file}: more than ${MAX_ROWS} rows`);
  if (rows.some((row) => row.length > MAX_COLUMNS))
    throw new InputError(`${file}: more than ${MAX_COLUMNS} columns`);
  return { name: path.basename(file), rows: rows.map((row) => row.map(cleanCell)) };
}

/** ";" when the first line has more semicolons than commas outside quotes (a French spreadsheet's csv). */
function delimiterOf(text: string): string {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text.slice(0, 65_536)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
