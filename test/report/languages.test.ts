// The record, the retention schedule and the notice in French and German (`--lang`): every heading and
// label each human format shows is a message of that language's catalogue and none is left in English,
// read back by the formats' own consumers (html-validate's parser, markdown-it, csv-parse, SheetJS).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate, Parser } from 'html-validate';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { criterionText, decisionText } from '../../src/views/legal-terms.js';
import { en } from '../../src/views/words/en.js';
import { wordsFor, type Catalogue } from '../../src/views/words/index.js';
import { ropa } from '../helpers/cli.js';
import { outputValidator } from '../helpers/output-schema.js';

const out = mkdtempSync(path.join(tmpdir(), 'ropa-lang-'));
const LANGUAGES = ['fr', 'de'] as const;
const INVENTORIES = ['inventory', 'test/fixtures/compliant'];

/** Runs ropa and returns the file it wrote. */
function write(args: readonly string[], name: string): string {
  const file = path.join(out, name);
  const result = ropa([...args, '-o', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return file;
}

const SENTINEL = '\u0001';

/** Whether `text` is a message of `catalogue`: a string message, or what a function message makes of some values. */
function inCatalogue(catalogue: Catalogue, text: string): boolean {
  return Object.values(catalogue).some((message) => {
    if (typeof message === 'string') return message === text;
    const made = (message as (...args: string[]) => string)(SENTINEL, SENTINEL, SENTINEL, SENTINEL);
    if (!made.includes(SENTINEL)) return made === text;
    const pattern = made
      .split(SENTINEL)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    return new RegExp(`^${pattern}$`, 's').test(text);
  });
}

/**
 * Words spelt the same in English and in the language, which a heading may use: "Description" and
 * "Sources" are French, "Name" and "Tracker" German.
 */
const SAME_WORD: Readonly<Record<'fr' | 'de', readonly string[]>> = {
  fr: ['Description', 'Sources', 'Source', 'Message', 'Contenu'],
  de: ['Name', 'Website', 'Tracker'],
};

const ENGLISH_TEXTS = new Set(
  Object.values(en).flatMap((message) => (typeof message === 'string' ? [message] : [])),
);

/** The headings and labels that are not the catalogue's, or are English. */
function strays(language: 'fr' | 'de', labels: readonly string[]): string[] {
  const catalogue = wordsFor(language).t;
  return [...new Set(labels)].filter(
    (label) =>
      !inCatalogue(catalogue, label) || (ENGLISH_TEXTS.has(label) && !SAME_WORD[language].includes(label)),
  );
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** An HTML page's headings and labels, read with html-validate's parser: what its validator sees. */
async function htmlLabels(file: string): Promise<{ labels: string[]; lang: string | null; valid: boolean }> {
  const data = readFileSync(file, 'utf8');
  const hv = new HtmlValidate();
  const valid = (await hv.validateString(data)).valid;
  const document = new Parser(await hv.getConfigFor(file)).parseHtml(data);
  const labels = [
    ...document.querySelectorAll('title, h1, h2, h3, th, svg text.heading, svg title'),
    ...document.querySelectorAll('nav > ol > li > a'),
  ]
    // an activity's or a data category's own name and id follow the label ("1. Orders orders")
    .filter((node) => !node.querySelector('span.id') && !/^\d/.test(node.textContent.trim()))
    .map((node) => decode(node.textContent));
  const navAria = document.querySelectorAll('nav').map((n) => n.getAttribute('aria-label')?.value);
  const html = document.querySelector('html');
  return {
    labels: [...labels, ...navAria.filter((x): x is string => typeof x === 'string')],
    lang: (html?.getAttribute('lang')?.value as string | undefined) ?? null,
    valid,
  };
}

/**
 * A Markdown document's headings and table headers, and the label column of its field tables (those
 * headed "Rubrique | Contenu", "Angabe | Inhalt"), as markdown-it parses them. Headings that are the
 * inventory's own names (a numbered activity, a kind of person, a purpose) are left out.
 */
function markdownLabels(text: string, names: ReadonlySet<string>, language: 'fr' | 'de'): string[] {
  const { t } = wordsFor(language);
  const tokens = new MarkdownIt({ html: true }).parse(text, {});
  const labels: string[] = [];
  let where: 'heading' | 'header' | 'body' | undefined;
  let header: string[] = [];
  let cell = -1;
  for (const token of tokens) {
    if (token.type === 'heading_open') where = 'heading';
    else if (token.type === 'thead_open') [where, header] = ['header', []];
    else if (token.type === 'tbody_open') where = 'body';
    else if (/^(heading|thead|tbody)_close$/.test(token.type)) where = undefined;
    else if (token.type === 'tr_open') cell = -1;
    else if (token.type === 'th_open' || token.type === 'td_open') cell += 1;
    if (token.type !== 'inline') continue;
    const content = token
      .children!.map((c) => (c.type === 'code_inline' ? `\`${c.content}\`` : c.content))
      .join('');
    if (where === 'heading' && !/^\d+\. /.test(content) && !names.has(content)) labels.push(content);
    if (where === 'header') header.push(content);
    if (where === 'header') labels.push(content);
    const fields = header[0] === t['field.field'] || header[0] === t['notice.item'];
    if (where === 'body' && fields && cell === 0 && !names.has(content)) labels.push(content);
  }
  return labels;
}

/** The names the inventories give (subjects, purposes): headings of the notice that are not labels. */
function inventoryNames(json: string): Set<string> {
  const names = new Set<string>();
  JSON.parse(json, (key, value) => {
    if (key === 'name' && typeof value === 'string') names.add(value);
    return value;
  });
  return names;
}

describe.each(LANGUAGES)('the record and the retention schedule in %s', (language) => {
  const { t } = wordsFor(language);

  it.each(INVENTORIES)(
    'html (%s): valid, lang set, every heading and label from the catalogue',
    async (dir) => {
      const record = await htmlLabels(
        write(['report', dir, '--lang', language, '-f', 'html'], `${language}-${path.basename(dir)}.html`),
      );
      expect(record.valid).toBe(true);
      expect(record.lang).toBe(language);
      expect(record.labels).toContain(t['record.activities']);
      expect(record.labels).toContain(t['field.basis']);
      expect(strays(language, record.labels)).toEqual([]);
      const schedule = await htmlLabels(
        write(
          ['retention', dir, '--lang', language, '-f', 'html'],
          `${language}-${path.basename(dir)}-ret.html`,
        ),
      );
      expect(schedule.valid).toBe(true);
      expect(schedule.labels).toContain(t['ret.title']);
      expect(strays(language, schedule.labels)).toEqual([]);
    },
  );

  it.each(INVENTORIES)('markdown (%s), read with markdown-it', (dir) => {
    const names = inventoryNames(ropa(['report', dir, '--lang', language, '-f', 'json']).stdout);
    const record = ropa(['report', dir, '--lang', language, '-f', 'markdown']).stdout;
    const labels = markdownLabels(record, names, language);
    expect(labels).toContain(t['record.titleArt30']);
    expect(labels).toContain(t['field.dpo']);
    expect(strays(language, labels)).toEqual([]);
    const schedule = ropa(['retention', dir, '--lang', language, '-f', 'markdown']).stdout;
    const headers = markdownLabels(schedule, names, language);
    expect(headers).toEqual([
      t['ret.title'],
      t['ret.category'],
      t['ret.subjects'],
      t['ret.purposes'],
      t['ret.limit'],
      t['ret.from'],
      t['ret.minimum'],
      t['ret.criteria'],
      t['ret.end'],
      t['ret.legalReference'],
      t['ret.gap'],
    ]);
    expect(strays(language, headers)).toEqual([]);
  });

  it.each(INVENTORIES)('csv (%s), read with csv-parse', (dir) => {
    for (const command of ['report', 'retention']) {
      const text = readFileSync(
        write([command, dir, '--lang', language, '-f', 'csv'], `${language}-${command}.csv`),
        'utf8',
      );
      const [header] = parseCsv(text, { bom: true, to_line: 1 }) as string[][];
      expect(header!.length).toBeGreaterThan(5);
      expect(strays(language, header!)).toEqual([]);
    }
  });

  it.each(INVENTORIES)('xlsx (%s), read with SheetJS: sheet names, column headings, field labels', (dir) => {
    const book = XLSX.read(
      readFileSync(write(['report', dir, '--lang', language, '-f', 'xlsx'], `${language}-record.xlsx`)),
    );
    expect(book.SheetNames).toEqual([
      t['sheet.controller'],
      t['sheet.activities'],
      t['sheet.retention'],
      t['sheet.recipients'],
      t['sheet.findings'],
    ]);
    const labels = [...book.SheetNames];
    for (const name of book.SheetNames) {
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1 });
      labels.push(...rows[0]!.map(String));
      if (name === t['sheet.controller']) labels.push(...rows.slice(1).map((row) => String(row[0])));
    }
    expect(strays(language, labels)).toEqual([]);
    const schedule = XLSX.read(
      readFileSync(write(['retention', dir, '--lang', language, '-f', 'xlsx'], `${language}-ret.xlsx`)),
    );
    expect(schedule.SheetNames).toEqual([t['sheet.retention']]);
  });
});

describe('legal terms and values in the language of the record', () => {
  it('quote the French and German versions of the GDPR, with the articles cited as there', () => {
    const fr = ropa(['report', 'test/fixtures/compliant', '--lang', 'fr', '-f', 'markdown']).stdout;
    expect(fr).toContain("| Base légale | Exécution d'un contrat (art. 6.1.b RGPD) |");
    expect(fr).toContain('| Base légale | Consentement (art. 6.1.a RGPD) |');
    expect(fr).toContain("Droit d'accès de la personne concernée (art. 15 RGPD)");
    expect(fr).toContain('Droit de retirer son consentement à tout moment (art. 7.3 RGPD)');
    // French typography: a narrow no-break space before the colon
    expect(fr).toContain('Australie (AU)\u202f: Clauses types de protection des données (art. 46.2.c RGPD)');
    expect(fr).toContain(
      "Cadre de protection des données UE-États-Unis (art. 45 RGPD), Décision d'exécution (UE) 2023/1795",
    );
    expect(fr).toContain(
      "Customers\u202f: 10 ans à compter de la fin de l'exercice, au moins 10 ans, puis suppression",
    );
    expect(fr).toContain('| Dernière mise à jour | 15 septembre 2026 |');
    const de = ropa(['report', 'test/fixtures/compliant', '--lang', 'de', '-f', 'markdown']).stdout;
    expect(de).toContain('| Rechtsgrundlage | Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO) |');
    expect(de).toContain('Auskunftsrecht der betroffenen Person (Art. 15 DSGVO)');
    expect(de).toContain('Australien (AU): Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO)');
    expect(de).toContain('Datenschutzrahmen EU-USA (Art. 45 DSGVO), Durchführungsbeschluss (EU) 2023/1795');
    expect(de).toContain(
      'Customers: 10 Jahre ab Ende des Geschäftsjahres, mindestens 10 Jahre, danach Löschung',
    );
    // markdown-it would read "15. September" at the start of a cell as a list: the renderer escapes it
    expect(de).toContain('| Letzte Überprüfung | 15\\. September 2026 |');
    expect(de).toContain('# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)');
    expect(de).toContain('| Datenschutzbeauftragter | Claire Dubois');
  });

  it('name the adequacy decisions as each language version of EUR-Lex does', () => {
    expect(decisionText('Decision 2000/518/EC', wordsFor('de'))).toBe('Entscheidung 2000/518/EG');
    expect(decisionText('Decision 2010/625/EU', wordsFor('fr'))).toBe('Décision 2010/625/UE');
    expect(decisionText('Decision (EU) 2026/179', wordsFor('de'))).toBe('Beschluss (EU) 2026/179');
    expect(decisionText('Implementing Decision (EU) 2021/1772, renewed December 2025', wordsFor('fr'))).toBe(
      "Décision d'exécution (UE) 2021/1772, renouvelée en décembre 2025",
    );
    expect(decisionText('Implementing Decision (EU) 2021/1772, renewed December 2025', wordsFor('de'))).toBe(
      'Durchführungsbeschluss (EU) 2021/1772, verlängert im Dezember 2025',
    );
  });

  it('name the WP248 criteria as the French and German versions of the guidelines do', () => {
    expect(criterionText('systematic-monitoring', wordsFor('fr'))).toBe('Surveillance systématique');
    expect(criterionText('large-scale', wordsFor('de'))).toBe('Datenverarbeitung in großem Umfang');
    // English keeps the inventory's key, as before
    expect(criterionText('large-scale', wordsFor('en'))).toBe('large-scale');
    expect(wordsFor('de').keyed('dpia.', 'in-progress')).toBe('in Bearbeitung');
  });

  it('marks gaps in the language, with the rule that flags them (the rule ids stay)', () => {
    const fr = ropa(['report', 'inventory', '--lang', 'fr', '-f', 'markdown']).stdout;
    expect(fr).toContain('| Délégué à la protection des données | non renseigné \\[dpo-missing\\] |');
    const de = ropa(['retention', 'inventory', '--lang', 'de', '-f', 'csv']).stdout;
    expect(de).toContain('nicht angegeben');
    expect(de).toContain('retention-missing');
    expect(de).not.toContain('not stated');
  });

  it('writes the terminal table in the language too', () => {
    const de = ropa(['report', 'test/fixtures/compliant', '--lang', 'de']).stdout.split('\n');
    expect(de[0]).toBe('Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)');
    expect(de[1]).toMatch(/^Verzeichnis mit Stand vom 27\. November 2026/);
    expect(de).toContain('Verantwortlicher');
    expect(de.at(-2)).toBe('Befunde: 0 Fehler, 0 Warnungen, 0 Hinweise (Einzelheiten: ropa lint)');
    const fr = ropa(['retention', 'inventory', '--lang', 'fr']).stdout;
    expect(fr.split('\n')[0]).toBe('Durées de conservation');
    expect(fr).toContain('Point de');
    expect(fr).not.toMatch(/not stated|Retention schedule/);
  });

  it('leaves the findings English, as lint writes them', () => {
    const fr = ropa(['report', 'inventory', '--lang', 'fr', '-f', 'markdown']).stdout;
    expect(fr).toContain(
      '| lawful-basis-missing | erreur | 14 | Art 6(1) | purpose without `lawful_basis` |',
    );
  });
});

describe('JSON keeps its keys', () => {
  /** Every key path of a JSON value, arrays collapsed. */
  const keys = (value: unknown, at = ''): string[] =>
    Array.isArray(value)
      ? [...new Set(value.flatMap((v) => keys(v, `${at}[]`)))]
      : value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [`${at}.${k}`, ...keys(v, `${at}.${k}`)])
        : [];

  it.each(['report', 'retention'])('%s: the same keys in every language, and a language field', (command) => {
    const [en, fr, de] = (['en', 'fr', 'de'] as const).map((language) =>
      JSON.parse(ropa([command, 'test/fixtures/compliant', '--lang', language, '-f', 'json']).stdout),
    );
    expect(keys(fr)).toEqual(keys(en));
    expect(keys(de)).toEqual(keys(en));
    expect([en.language, fr.language, de.language]).toEqual(['en', 'fr', 'de']);
  });

  it('notice: the same keys, a language field, valid against schema/notice.schema.json', () => {
    const validate = outputValidator('notice');
    const [en, fr] = (['en', 'fr'] as const).map((language) =>
      JSON.parse(ropa(['notice', 'test/fixtures/compliant', '--lang', language, '-f', 'json']).stdout),
    );
    expect(keys(fr)).toEqual(keys(en));
    expect(fr.language).toBe('fr');
    expect(validate(fr), JSON.stringify(validate.errors)).toBe(true);
    // the legal wording is the language's: the right to complain, Art 77
    expect(fr.rights.complaint.right.label).toMatch(/^Droit d'introduire une réclamation/);
  });
});

describe('the notice in French and German', () => {
  it.each(LANGUAGES)(
    '%s: markdown headings from the catalogue, html valid with its lang',
    async (language) => {
      const { t } = wordsFor(language);
      const names = inventoryNames(ropa(['report', 'test/fixtures/compliant', '-f', 'json']).stdout);
      const text = ropa(['notice', 'test/fixtures/compliant', '--lang', language]).stdout;
      const labels = markdownLabels(text, names, language).filter(
        (label) => !label.startsWith(t['notice.title'](undefined)),
      );
      expect(labels).toContain(t['notice.rights.heading']);
      expect(strays(language, labels)).toEqual([]);
      const page = await htmlLabels(
        write(
          ['notice', 'test/fixtures/compliant', '--lang', language, '-f', 'html'],
          `${language}-notice.html`,
        ),
      );
      expect(page.valid).toBe(true);
      expect(page.lang).toBe(language);
    },
  );
});

describe('choosing the language', () => {
  const config = (text: string) => {
    const file = path.join(out, `config-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  };

  it('reads language: from the configuration; --lang wins over it', () => {
    const file = config('today: 2026-11-27\nlanguage: de\n');
    const de = ropa(['retention', 'test/fixtures/compliant', '-c', file, '-f', 'markdown']);
    expect(de.stdout.split('\n')[0]).toBe('# Löschfristen');
    const fr = ropa(['retention', 'test/fixtures/compliant', '-c', file, '--lang', 'fr', '-f', 'markdown']);
    expect(fr.stdout.split('\n')[0]).toBe('# Durées de conservation');
    // a command without words of its own in other languages keeps its page English, and says so
    const list = ropa(['subprocessors', 'test/fixtures/compliant', '-c', file, '-f', 'html']).stdout;
    expect(list).toContain('<html lang="en">');
    const en = ropa(['retention', 'test/fixtures/compliant', '-f', 'markdown']);
    expect(en.stdout.split('\n')[0]).toBe('# Retention schedule');
  });

  it('refuses a language it does not have, in one line, exit 2', () => {
    const bad = ropa(['report', 'test/fixtures/compliant', '-c', config('language: es\n')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('language must be one of en, fr, de, not "es"');
    const typo = ropa(['report', 'test/fixtures/compliant', '-c', config('langauge: fr\n')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown key "langauge" (did you mean "language"?)');
    const flag = ropa(['report', 'test/fixtures/compliant', '--lang', 'es']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("argument 'es' is invalid");
  });
});
