import { writeInventory } from './inventory/write.js';

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
    provision:
      requirement: contractual
      obliged: true
      consequences: Without a name and an address we cannot deliver or invoice the order.
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
 * Writes the starter into `dir` (created if needed); refuses a folder that already holds anything.
 * Returns the files written and whether they name the schema.
 */
export function writeStarter(dir: string): Promise<{ written: string[]; schema: boolean }> {
  return writeInventory(
    dir,
    Object.entries(FILES).map(([name, body]) => ({ name, body })),
    'ropa init',
  );
}
