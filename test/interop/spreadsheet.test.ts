// `ropa import spreadsheet` on workbooks built here from the documented columns of CISO Assistant's
// processing workbook and of the CNIL register model, a --map file, and hostile files.
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../helpers/zip.js';
import { ropa } from '../helpers/cli.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'ropa-import-'));

function readYaml(dir: string, file: string): Record<string, unknown> {
  return parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
}

async function workbook(file: string, sheets: Record<string, string[][]>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  await book.xlsx.writeFile(file);
}

/** An OpenDocument spreadsheet, its content.xml written as LibreOffice writes it (repeats, text:s). */
async function ods(file: string, name: string, rows: string[][], extraXml = ''): Promise<void> {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cell = (t: string) =>
    t === ''
      ? '<table:table-cell/>'
      : `<table:table-cell office:value-type="string"><text:p>${escape(t).replace(/ {2}/g, ' <text:s/>')}</text:p></table:table-cell>`;
  const body = rows
    .map(
      (r) =>
        `<table:table-row>${r.map(cell).join('')}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?>${extraXml}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="${name}">${body}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
  );
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('a CISO Assistant processing workbook', () => {
  it('imports processings, personal data, subjects, recipients, contractors and transfers; bad rows are named', async () => {
    const dir = scratch();
    const file = path.join(dir, 'processings.xlsx');
    await workbook(file, {
      Processing: [
        ['ref_id', 'name', 'description', 'status', 'legal_basis', 'dpia_required', 'dpia_reference'],
        ['PRC-1', 'Payroll', 'Paying employees', 'privacy_approved', 'privacy_legal_obligation', 'FALSE', ''],
        ['PRC-2', 'Recruitment', '', 'privacy_draft', 'privacy_consent_and_contract', 'TRUE', 'DPIA-7'],
        ['PRC-3', '', 'a processing without a name', '', '', '', ''],
      ],
      Purposes: [
        ['processing', 'name', 'description'],
        ['Payroll', 'Salary payment', 'Monthly'],
      ],
      'Personal data': [
        ['processing', 'name', 'category', 'retention', 'deletion_policy', 'is_sensitive'],
        ['Payroll', 'Bank details', 'privacy_bank_account', '5 years', 'privacy_automatic_deletion', 'FALSE'],
        ['PRC-2', 'CVs', 'privacy_professional_qualifications', 'as long as needed', '', 'FALSE'],
        ['Marketing', 'Leads', 'privacy_email', '3 years', '', 'FALSE'],
      ],
      'Data subjects': [
        ['processing', 'name', 'category'],
        ['Payroll', 'Employees', 'privacy_employee'],
        ['PRC-2', 'Candidates', 'privacy_job_applicant'],
      ],
      'Data recipients': [
        ['processing', 'name', 'category'],
        ['Payroll', 'HR team', 'privacy_internal_team'],
        ['Payroll', 'Tax office', 'privacy_tax_authority'],
      ],
      Contractors: [
        ['processing', 'name', 'relationship_type', 'country', 'documentation_link'],
        ['Payroll', 'PayCo', 'privacy_data_processor', 'IE', 'https://example.com/dpa'],
      ],
      Transfers: [
        ['processing', 'name', 'country', 'legal_basis', 'guarantees', 'documentation_link'],
        [
          'Recruitment',
          'HireTool Inc',
          'USA',
          'privacy_data_transfer_safeguards',
          'Standard contractual clauses',
          'https://example.com/scc',
        ],
      ],
    });
    const out = path.join(dir, 'inventory');
    const result = ropa(['import', 'spreadsheet', file, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `Error:\n  ${file}, sheet Processing, row 4, column name: (empty) (a processing needs a name: the row is left out)\n  ${file}, sheet Personal data, row 4, column processing: Marketing (names no processing of the Processing sheet: the row is left out)\n`,
    );
    expect(readYaml(out, 'purposes.yaml').purposes).toEqual([
      {
        id: 'prc-1',
        name: 'Payroll',
        description: 'Paying employees\nSalary payment: Monthly',
        lawful_basis: 'legal-obligation',
        dpia: { required: false },
        notes: 'status: privacy_approved',
      },
      {
        id: 'prc-2',
        name: 'Recruitment',
        dpia: { required: true, reference: 'DPIA-7' },
        notes: 'legal_basis: privacy_consent_and_contract\nstatus: privacy_draft',
      },
    ]);
    expect(readYaml(out, 'categories/bank-details.yaml').category).toEqual({
      id: 'bank-details',
      name: 'Bank details',
      purposes: ['prc-1'],
      data: ['bank account'],
      retention: [{ duration: 'P5Y', then: 'delete' }],
      subjects: ['employees'],
      recipients: ['hr-team', 'tax-office', 'payco'],
    });
    expect(readYaml(out, 'categories/cvs.yaml').category).toMatchObject({
      notes: 'retention: as long as needed',
    });
    expect(readYaml(out, 'recipients.yaml').recipients).toEqual([
      { id: 'hr-team', name: 'HR team', role: 'internal' },
      { id: 'tax-office', name: 'Tax office', role: 'authority' },
      { id: 'payco', name: 'PayCo', role: 'processor', country: 'IE', contract: 'https://example.com/dpa' },
      {
        id: 'hiretool-inc',
        name: 'HireTool Inc',
        country: 'US',
        transfer: { mechanism: 'scc', reference: 'https://example.com/scc' },
      },
    ]);
  });
});

const CNIL = [
  [
    'Nom du traitement',
    'Finalité principale',
    'Catégories de personnes concernées',
    'Catégories de données personnelles',
    'Destinataires',
    'Pays',
    "Délai d'effacement",
    'Base légale',
    'Mesures de sécurité',
  ],
  [
    'Gestion de la paie',
    'Payer les salariés',
    'Salariés',
    'nom, IBAN, salaire',
    'Service RH (interne), Cabinet comptable (sous-traitant)',
    'FR',
    '5 ans',
    'Obligation légale',
    'Contrôle des accès; Chiffrement',
  ],
  [
    'Recrutement',
    'Choisir des candidats',
    'Candidats',
    'CV, lettre de motivation',
    'Outil RH (sous-traitant)',
    'États-Unis',
    '2 ans à compter du dernier contact',
    'Consentement',
    '',
  ],
  ['', '', 'Stagiaires', 'nom, école', '', '', '1 an', '', ''],
  [
    'Vidéosurveillance',
    'Sécurité des locaux',
    'Visiteurs',
    'images',
    '',
    '',
    'le temps nécessaire',
    'Intérêt légitime',
    '',
  ],
];

describe('a CNIL register sheet', () => {
  it.each(['ods', 'csv'])(
    'imports its activities from .%s, with the French words read and the rest noted',
    async (format) => {
      const dir = scratch();
      const file = path.join(dir, `registre.${format}`);
      if (format === 'ods') await ods(file, 'Registre', CNIL);
      else
        writeFileSync(
          file,
          CNIL.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n'),
        );
      const out = path.join(dir, 'inventory');
      const result = ropa(['import', 'spreadsheet', file, '-o', out]);
      expect(result.code).toBe(1);
      const sheet = format === 'ods' ? 'Registre' : 'registre.csv';
      expect(result.stdout).toContain(
        `Error:\n  ${file}, sheet ${sheet}, row 4, column Nom du traitement: (empty) (no purpose of processing: the row is left out)\n`,
      );
      expect(readYaml(out, 'purposes.yaml').purposes).toEqual([
        {
          id: 'gestion-de-la-paie',
          name: 'Gestion de la paie',
          description: 'Payer les salariés',
          lawful_basis: 'legal-obligation',
        },
        {
          id: 'recrutement',
          name: 'Recrutement',
          description: 'Choisir des candidats',
          lawful_basis: 'consent',
        },
        {
          id: 'videosurveillance',
          name: 'Vidéosurveillance',
          description: 'Sécurité des locaux',
          lawful_basis: 'legitimate-interests',
        },
      ]);
      expect(readYaml(out, 'categories/gestion-de-la-paie-data.yaml').category).toEqual({
        id: 'gestion-de-la-paie-data',
        name: 'Gestion de la paie data',
        purposes: ['gestion-de-la-paie'],
        subjects: ['salaries'],
        data: ['nom', 'IBAN', 'salaire'],
        recipients: ['service-rh', 'cabinet-comptable'],
        retention: [{ duration: 'P5Y' }],
        security_measures: ['Contrôle des accès', 'Chiffrement'],
      });
      expect(readYaml(out, 'categories/recrutement-data.yaml').category).toMatchObject({
        notes: 'Pays: États-Unis',
        retention: [{ duration: 'P2Y', from: 'last-contact' }],
      });
      expect(readYaml(out, 'categories/videosurveillance-data.yaml').category).toMatchObject({
        notes: "Délai d'effacement: le temps nécessaire",
      });
      expect(result.stdout).toContain(
        `  ${file}, sheet ${sheet}, row 3, column Pays: États-Unis -> category recrutement-data notes (not a country ropa reads)\n`,
      );
    },
  );
});

describe('ropa import spreadsheet, other headings and hostile files', () => {
  it('reads other headings through --map, and keeps a formula as its text', async () => {
    const dir = scratch();
    const file = path.join(dir, 'record.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Traitements');
    sheet.addRow(['Traitement', 'Qui', 'Quoi', 'Combien de temps', 'Remarque']);
    sheet.addRow(['Newsletter', 'Abonnés', 'e-mail', '3 years', 'relu en 2025']);
    sheet.addRow(['Support', 'Clients', 'e-mail, message', '2 years', '']);
    sheet.getCell('E3').value = { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' };
    await book.xlsx.writeFile(file);
    const map = path.join(dir, 'map.yaml');
    writeFileSync(
      map,
      'columns:\n  Traitement: purpose\n  Qui: subjects\n  Quoi: data\n  Combien de temps: retention\n',
    );
    const out = path.join(dir, 'inventory');
    const result = ropa(['import', 'spreadsheet', file, '--map', map, '-o', out]);
    expect(result.code).toBe(0);
    expect(readYaml(out, 'categories/newsletter-data.yaml').category).toEqual({
      id: 'newsletter-data',
      name: 'Newsletter data',
      purposes: ['newsletter'],
      subjects: ['abonnes'],
      data: ['e-mail'],
      retention: [{ duration: 'P3Y' }],
    });
    expect(readYaml(out, 'purposes.yaml').purposes).toEqual([
      { id: 'newsletter', name: 'Newsletter', notes: 'Remarque: relu en 2025' },
      { id: 'support', name: 'Support', notes: 'Remarque: =HYPERLINK("http://evil.example","x")' },
    ]);
    expect(result.stdout).toContain(
      `  ${file}, sheet Traitements, row 3, column Remarque: =HYPERLINK("http://evil.example","x") (a formula: imported as its text, never evaluated)\n`,
    );
  });

  it('refuses a --map that names no field', () => {
    const dir = scratch();
    const map = path.join(dir, 'map.yaml');
    writeFileSync(map, 'columns:\n  Traitement: activity\n');
    const result = ropa(['import', 'spreadsheet', 'x.csv', '--map', map, '-o', path.join(dir, 'out')]);
    expect(result.stderr).toMatch(
      /^ropa: .*map\.yaml: column "Traitement": "activity" is not a field \(activity_id, owner, purpose, /,
    );
    expect(result.code).toBe(2);
  });

  it('writes nothing with --dry-run, and refuses a folder that is not empty', () => {
    const dir = scratch();
    const file = path.join(dir, 'r.csv');
    writeFileSync(
      file,
      'Purpose of processing,Categories of individuals,Categories of personal data\nPayroll,Employees,"name, IBAN"\n',
    );
    const out = path.join(dir, 'inventory');
    const dry = ropa(['import', 'spreadsheet', file, '-o', out, '--dry-run']);
    expect(dry.stderr).toBe(
      `Would write 3 files to ${out}:\n  subjects.yaml\n  purposes.yaml\n  categories/payroll-data.yaml\n`,
    );
    expect(dry.code).toBe(0);
    expect(() => readFileSync(path.join(out, 'purposes.yaml'))).toThrow();
    const refused = ropa(['import', 'spreadsheet', file, '-o', dir]);
    expect(refused.stderr).toBe(
      `ropa: ${dir}: not empty; ropa import only writes into an empty or new folder\n`,
    );
    expect(refused.code).toBe(2);
  });

  it('cleans control characters out of cells and escapes what it prints', () => {
    const dir = scratch();
    const file = path.join(dir, 'r.csv');
    writeFileSync(
      file,
      'Purpose of processing,Categories of individuals,Business function,Whatever\nPay\u001b[2Jroll,Employees,HR,"a\u001b]0;title\u0007b"\n',
    );
    const out = path.join(dir, 'inventory');
    const result = ropa(['import', 'spreadsheet', file, '-o', out]);
    expect(result.code).toBe(0);
    expect(readYaml(out, 'purposes.yaml').purposes).toEqual([
      { id: 'pay-2jroll', name: 'Pay[2Jroll', owner: 'HR', notes: 'Whatever: a]0;titleb' },
    ]);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it.each([
    [
      'a file that is not a zip',
      'bad.xlsx',
      () => Buffer.from('not a zip at all'),
      'cannot be read as a spreadsheet: it is not a zip archive',
    ],
    [
      'a csv that is not UTF-8',
      'latin1.csv',
      () => Buffer.from([0x4e, 0x6f, 0x6d, 0x3b, 0xe9, 0x0a]),
      'not UTF-8 text; save it as "CSV UTF-8"',
    ],
    [
      'a file of another kind',
      'record.pdf',
      () => Buffer.from('%PDF'),
      'not a spreadsheet ropa reads (.xlsx, .ods or .csv)',
    ],
  ])('refuses %s in one line', (_label, name, bytes, message) => {
    const dir = scratch();
    const file = path.join(dir, name);
    writeFileSync(file, bytes());
    const result = ropa(['import', 'spreadsheet', file, '-o', path.join(dir, 'out')]);
    expect(result.stderr).toBe(`ropa: ${file}: ${message}\n`);
    expect(result.code).toBe(2);
  });

  it('refuses a folder, a file over the size cap, a zip bomb and an XML entity declaration', async () => {
    const dir = scratch();
    const run = (file: string) => ropa(['import', 'spreadsheet', file, '-o', path.join(dir, 'out')]).stderr;
    const folder = path.join(dir, 'folder.csv');
    mkdirSync(folder);
    expect(run(folder)).toBe(`ropa: ${folder}: not a regular file\n`);
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 33 * 1024 * 1024);
    expect(run(big)).toBe(`ropa: ${big}: larger than 32 MiB; refused\n`);
    const bomb = path.join(dir, 'bomb.ods');
    // 70 MiB of spaces deflate to some 70 KiB
    writeFileSync(bomb, await zipOf([['content.xml', new Uint8Array(70 * 1024 * 1024).fill(32)]]));
    expect(run(bomb)).toBe(
      `ropa: ${bomb}: cannot be read as a spreadsheet: content.xml unpacks to more than 64 MiB\n`,
    );
    const entities = path.join(dir, 'entities.ods');
    await ods(
      entities,
      'Sheet1',
      [['Purpose', 'Data subjects', 'Personal data']],
      '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    );
    expect(run(entities)).toBe(
      `ropa: ${entities}: content.xml: has a document type declaration, which a spreadsheet does not need; refused\n`,
    );
  });
});
