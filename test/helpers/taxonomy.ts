// The compliant fixture with fideslang taxonomy keys on its purposes, subjects and some data items: what
// the Fides and DPV exports need to say the most. Made in a temporary folder for each test file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './cli.js';

const EDITS: Record<string, [string, string][]> = {
  'purposes.yaml': [
    ['order-processing', 'essential.service'],
    ['accounting', 'finance'],
    ['newsletter', 'marketing.communications.email'],
    ['fraud-prevention', 'essential.fraud_detection'],
    ['audience-measurement', 'analytics.reporting'],
    ['security-logging', 'essential.service.security'],
  ].map(([id, key]) => [`  - id: ${id}\n`, `  - id: ${id}\n    taxonomy: ${key}\n`]),
  'subjects.yaml': [
    ['customer', 'customer'],
    ['prospect', 'prospect'],
    ['website-visitor', 'visitor'],
  ].map(([id, key]) => [`  - id: ${id}\n`, `  - id: ${id}\n    taxonomy: ${key}\n`]),
  'categories/identification.yaml': [
    [
      '  data: [surname, first name, e-mail address, telephone number]\n',
      '  data:\n    - { name: surname, taxonomy: user.name }\n    - { name: first name, taxonomy: user.name }\n' +
        '    - { name: e-mail address, taxonomy: user.contact.email }\n' +
        '    - { name: telephone number, taxonomy: user.contact.phone_number }\n',
    ],
  ],
  'categories/access-logs.yaml': [
    [
      '  data: [IP address, timestamp, requested URL]\n',
      '  data:\n    - { name: IP address, taxonomy: user.device.ip_address }\n    - timestamp\n    - requested URL\n',
    ],
  ],
  'categories/analytics-cookies.yaml': [
    [
      '  data: [cookie identifier, pages viewed]\n',
      '  data:\n    - { name: cookie identifier, taxonomy: user.device.cookie_id }\n' +
        '    - { name: pages viewed, taxonomy: user.behavior.browsing_history }\n',
    ],
  ],
};

export function taxonomyInventory(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-taxonomy-')), 'inventory');
  cpSync(path.join(REPO, 'test/fixtures/compliant'), dir, { recursive: true });
  for (const [file, edits] of Object.entries(EDITS)) {
    let text = readFileSync(path.join(dir, file), 'utf8');
    for (const [from, to] of edits) {
      if (!text.includes(from))
        throw new Error(`the compliant fixture changed: ${file} has no ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
