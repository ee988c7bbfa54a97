// `ropa import spreadsheet` on workbooks built here from the documented columns of CISO Assistant's
// processing workbook and of the CNIL register model, a --map file, and hostile files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
