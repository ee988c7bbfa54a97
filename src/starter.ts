import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './inventory/read.js';

/** The starter inventory: one of each kind, complete enough to lint clean, to be edited. */
const FILES: Record<string, string> = {
  'organization.yaml': `organization:
  name: Example Company
  legal_name: Example Company SAS
  address: 1 rue de l'Exemple, 75001 Paris
  email: privacy@example.com
  country: FR
  dpo:
    appointed: false
    reason: Core activities involve no large-scale monitoring or special-category data (Art 37(1)).
  supervisory_authority:
    name: CNIL
    country: FR
    website: https://www.cnil.fr
  rights_contact: privacy@example.com
  security_measures:
    - Access to personal data limited to authorised staff
    - Encrypted backups
  reviewed: ${new Date().toISOString().slice(0, 10)}
`,
  'subjects.yaml': `subjects:
  - id: customer
    name: Customers
    reviewed: ${new Date().toISOString().slice(0, 10)}
`,
  'purposes.yaml': `purposes:
  - id: order-management
    name: Order management
    description: Taking, delivering and invoicing orders.
    lawful_basis: contract
    owner: Sales
    reviewed: ${new Date().toISOString().slice(0, 10)}
`,
  'recipients.yaml': `recipients:
  - id: staff
    name: Authorised staff
    role: internal
    reviewed: ${new Date().toISOString().slice(0, 10)}
`,
  'categories/contact.yaml': `category:
  id: contact
  name: Contact details
  data: [name, e-mail address, postal address]
  subjects: [customer]
  sources:
    - type: direct
      description: Order form
  purposes: [order-management]
  recipients: [staff]
  retention:
    - duration: P3Y
      from: end-of-contract
      then: delete
  reviewed: ${new Date().toISOString().slice(0, 10)}
`,
};

/**
 * The schema the files name on their first line, for editors: ropa's, as installed in the node_modules of
 * the project that holds the inventory (ropa as a development dependency). None when there is no such
 * install: a path into whichever copy of ropa is running (a global install, npx's cache, someone's
 * checkout) would not resolve on the next machine.
 */
function installedSchema(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const schema = path.join(at, 'node_modules', 'ropa', 'schema', 'inventory.schema.json');
    if (existsSync(schema)) return schema;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * Writes the starter into `dir` (created if needed); refuses a folder that already holds anything.
 * Returns the files written and whether they name the schema.
 */
export async function writeStarter(dir: string): Promise<{ written: string[]; schema: boolean }> {
  let existing: string[] = [];
  try {
    existing = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`${dir}: cannot be read`);
  }
  if (existing.length > 0)
    throw new InputError(`${dir}: not empty; ropa init only writes into an empty or new folder`);
  const schemaFile = installedSchema(dir);
  const written: string[] = [];
  for (const [name, body] of Object.entries(FILES)) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    const schemaLine =
      schemaFile === undefined
        ? ''
        : `# yaml-language-server: $schema=${path
            .relative(path.dirname(path.resolve(target)), schemaFile)
            .split(path.sep)
            .join('/')}\n`;
    await writeFile(target, `${schemaLine}${body}`, { flag: 'wx' });
    written.push(name);
  }
  return { written, schema: schemaFile !== undefined };
}
