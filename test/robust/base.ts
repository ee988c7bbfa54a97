import { yaml } from '../helpers/inventory.js';

/**
 * A small inventory that loads and lints clean (the starter `ropa init` writes, with fixed dates), for
 * tests that add one hostile file beside it and expect findings on that file only.
 */
export const BASE: Record<string, string> = {
  'ropa.config.yaml': yaml('today: 2026-11-27'),
  'organization.yaml': yaml(
    'organization:',
    '  name: Example Company',
    '  legal_name: Example Company SAS',
    "  address: 1 rue de l'Exemple, 75001 Paris",
    '  email: privacy@example.com',
    '  country: FR',
    '  dpo:',
    '    appointed: false',
    '    reason: Core activities involve no large-scale monitoring or special-category data (Art 37(1)).',
    '  supervisory_authority:',
    '    name: CNIL',
    '    country: FR',
    '    website: https://www.cnil.fr',
    '  rights_contact: privacy@example.com',
    '  security_measures:',
    '    - Access to personal data limited to authorised staff',
    '    - Encrypted backups',
    '  reviewed: 2026-06-01',
  ),
  'subjects.yaml': yaml('subjects:', '  - id: customer', '    name: Customers', '    reviewed: 2026-06-01'),
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: order-management',
    '    name: Order management',
    '    description: Taking, delivering and invoicing orders.',
    '    lawful_basis: contract',
    '    owner: Sales',
    '    provision: { requirement: contractual, obliged: true, consequences: Without an address there is no delivery }',
    '    reviewed: 2026-06-01',
  ),
  'recipients.yaml': yaml(
    'recipients:',
    '  - id: staff',
    '    name: Authorised staff',
    '    role: internal',
    '    reviewed: 2026-06-01',
  ),
  'categories/contact.yaml': yaml(
    'category:',
    '  id: contact',
    '  name: Contact details',
    '  data: [name, e-mail address, postal address]',
    '  subjects: [customer]',
    '  sources:',
    '    - type: direct',
    '      description: Order form',
    '  purposes: [order-management]',
    '  recipients: [staff]',
    '  retention:',
    '    - duration: P3Y',
    '      from: end-of-contract',
    '      then: delete',
    '  reviewed: 2026-06-01',
  ),
};
