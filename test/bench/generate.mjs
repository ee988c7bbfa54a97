// Generates realistic inventories for the benchmark: an organization, catalogues of subjects, purposes,
// recipients and systems, and N category files of typical size (~2.8 KiB) that reference them. The output
// is a pure function of its options: a seeded generator, no clock, no randomness from the platform.
// A few entities carry deliberate gaps (unknown references, schema errors, missing lawful bases or
// retention, unused catalogue entries) so that lint has findings to locate in a realistic share of files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, well-distributed 32-bit generator, enough for shaping test data. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    some: (list, count) => {
      const chosen = new Set();
      while (chosen.size < Math.min(count, list.length)) chosen.add(list[Math.floor(next() * list.length)]);
      return [...chosen];
    },
    chance: (p) => next() < p,
  };
}

const WORDS = (
  'account address billing booking browser contact contract customer delivery device document email ' +
  'employee event feedback identity invoice language licence location login message newsletter order ' +
  'partner payment phone preference profile project quotation rating request review session shipment ' +
  'signature subscription support survey ticket training transaction usage visitor warranty'
).split(' ');
const ITEMS = (
  'first name|last name|email address|postal address|phone number|date of birth|job title|company name|' +
  'customer number|IP address|browser type|login timestamps|order history|invoice amounts|IBAN|' +
  'payment status|delivery address|language preference|support history|survey answers|device identifier|' +
  'session identifier|licence key|project description|signature|contract reference|VAT number'
).split('|');
const BASES = ['consent', 'contract', 'legal-obligation', 'legitimate-interests'];
const ROLES = ['processor', 'sub-processor', 'controller', 'internal', 'authority'];
const COUNTRIES = ['FR', 'DE', 'IE', 'NL', 'LU', 'US', 'GB', 'IN', 'CH', 'CA', 'AU', 'JP'];
const DURATIONS = ['P1Y', 'P3Y', 'P5Y', 'P10Y', 'P6M', 'P13M', 'P30D'];
const SENTENCE =
  'Collected and kept as described in the privacy notice; reviewed yearly by the data-protection ' +
  'officer with the teams that use it, who confirm the purposes, recipients and retention below.';

const quote = (text) => JSON.stringify(text);
const list = (ids) => `[${ids.join(', ')}]`;
const folded = (text, indent) => {
  // wraps at ~100 columns, as people write `>-` blocks
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 100 - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return `>-\n${lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n')}`;
};

/**
 * The files of one inventory of `n` categories, as [relative name, text] pairs. `variant` > 0 changes
 * about 1 category in 97 (the other side of a diff); `structural: false` leaves out the unknown references
 * and schema errors, which make report, query and diff refuse the inventory.
 */
export function inventoryFiles(n, { variant = 0, structural = true } = {}) {
  const r = random(0x5eed + n);
  const catalogue = (kind, count) => Array.from({ length: count }, (_, i) => `${kind}-${i + 1}`);
  const subjects = catalogue('subject', Math.max(8, Math.round(n / 200)));
  const purposes = catalogue('purpose', Math.max(12, Math.round(n / 20)));
  const recipients = catalogue('recipient', Math.max(12, Math.round(n / 20)));
  const systems = catalogue('system', Math.max(6, Math.round(n / 50)));
  const header = (depth) =>
    `# yaml-language-server: $schema=${'../'.repeat(depth)}schema/inventory.schema.json\n`;
  const files = [];

  files.push([
    'organization.yaml',
    `${header(1)}organization:
  name: Bench Industries
  legal_name: Bench Industries SAS
  address: 1 rue de la Paix, 75002 Paris, France
  email: privacy@bench.example
  country: FR
  role: controller
  employees: 250
  dpo:
    name: Dana Protection
    email: dpo@bench.example
  supervisory_authority:
    name: CNIL
    country: FR
  security_measures:
    - encryption at rest and in transit
    - role-based access control
`,
  ]);

  files.push([
    'subjects.yaml',
    `${header(1)}subjects:\n${subjects
      .map(
        (id, i) =>
          `  - id: ${id}\n    name: ${quote(`Subject group ${i + 1}`)}\n${i % 5 === 4 ? '    minors: true\n' : ''}`,
      )
      .join('\n')}`,
  ]);

  // every 25th purpose states no lawful basis: a gap for the lawfulness rules
  files.push([
    'purposes.yaml',
    `${header(1)}purposes:\n${purposes
      .map((id, i) => {
        const basis = i % 25 === 24 ? '' : `    lawful_basis: ${BASES[i % BASES.length]}\n`;
        const interest =
          basis && BASES[i % BASES.length] === 'legitimate-interests'
            ? `    legitimate_interest: ${quote(`Running ${r.pick(WORDS)} operations efficiently`)}\n`
            : '';
        return `  - id: ${id}\n    name: ${quote(`Managing ${r.pick(WORDS)} ${r.pick(WORDS)}s`)}\n${basis}${interest}    description: ${quote(`Processing for the ${r.pick(WORDS)} activity.`)}\n`;
      })
      .join('\n')}`,
  ]);

  files.push([
    'recipients.yaml',
    `${header(1)}recipients:\n${recipients
      .map((id, i) => {
        const country = COUNTRIES[i % COUNTRIES.length];
        const outside = !['FR', 'DE', 'IE', 'NL', 'LU'].includes(country);
        // every 7th foreign recipient has no transfer mechanism: a gap for the transfer rules
        const transfer =
          outside && i % 7 !== 3
            ? `    transfer:\n      mechanism: scc\n      reference: SCC 2021/914 module 2\n`
            : '';
        return `  - id: ${id}\n    name: ${quote(`Partner ${i + 1} ${r.pick(WORDS)} services`)}\n    role: ${ROLES[i % ROLES.length]}\n    country: ${country}\n${transfer}`;
      })
      .join('\n')}`,
  ]);

  files.push([
    'systems.yaml',
    `${header(1)}systems:\n${systems
      .map(
        (id, i) =>
          `  - id: ${id}\n    name: ${quote(`System ${i + 1}`)}\n    hosted_by: ${recipients[i % recipients.length]}\n    country: ${COUNTRIES[i % 5]}\n`,
      )
      .join('\n')}`,
  ]);

  for (let i = 0; i < n; i++) {
    const id = `category-${String(i + 1).padStart(5, '0')}`;
    const c = random(0xca7 + i * 7919 + (variant && i % 97 === 0 ? variant : 0));
    // ~1 category in 40 references a recipient that does not exist, ~1 in 60 has a schema error,
    // ~1 in 30 has no retention: the share of files with findings a real inventory under review has
    const typo = structural && i % 40 === 17;
    const schemaError = structural && i % 60 === 31;
    const noRetention = i % 30 === 11;
    // most entries were reviewed in the last year (the bench fixes today at 2026-11-27); ~1 in 50 was not,
    // and ~1 in 20 categories comes from a third party (an Art 14 note)
    const stale = i % 50 === 23;
    const thirdParty = i % 20 === 7;
    const word = c.pick(WORDS);
    const items = c.some(ITEMS, 8 + c.int(8));
    const own = c.some(purposes, 2 + c.int(3));
    const to = c.some(recipients, 2 + c.int(3));
    const lines = [
      header(2).trimEnd(),
      'category:',
      `  id: ${id}`,
      `  name: ${quote(`${word[0].toUpperCase()}${word.slice(1)} data ${i + 1}`)}`,
      `  description: ${folded(`Information about the ${word} that we hold to serve customers and run the business. ${SENTENCE} ${SENTENCE}`, 4)}`,
      '  data:',
      ...items.map((item, k) =>
        k % 3 === 0
          ? `    - name: ${item}\n      description: ${quote(`The ${item} as given by the person`)}`
          : `    - ${item}`,
      ),
      `  subjects: ${list(c.some(subjects, 1 + c.int(2)))}`,
      '  sources:',
      `    - type: ${thirdParty ? 'third-party' : c.pick(['direct', 'observed'])}`,
      `      description: ${quote(`Given when the ${word} is created.`)}`,
      `  purposes: ${list(own)}`,
      '  recipients:',
      ...to.map((recipient, k) => {
        const name = typo && k === 0 ? `${recipient}x` : recipient;
        return k === 1
          ? `    - to: ${name}\n      purposes: ${list(own.slice(0, 1))}\n      data: ${list(items.slice(0, 2).map(quote))}`
          : `    - ${name}`;
      }),
      `  systems: ${list(c.some(systems, 1 + c.int(2)))}`,
      ...(noRetention
        ? []
        : [
            '  retention:',
            `    - duration: ${schemaError ? 'ten years' : c.pick(DURATIONS)}`,
            `      from: end of the ${word} relationship`,
            `      then: ${c.pick(['delete', 'anonymise', 'archive'])}`,
            `      criteria: ${folded(`Kept while the ${word} is active, then for the limitation period of civil claims. ${SENTENCE}`, 8)}`,
            `    - purposes: ${list(own.slice(-1))}`,
            `      duration: ${c.pick(DURATIONS)}`,
            `      from: collection`,
            `      then: delete`,
            `      legal_reference: ${quote('Code de commerce, art. L123-22')}`,
          ]),
      '  security_measures:',
      '    - access restricted to the teams named above',
      '    - encrypted backups',
      // quoted: ajv-cli reads YAML 1.1, where an unquoted date becomes a Date and fails `type: string`
      `  reviewed: "${stale ? '2025-06-15' : `2026-${String(1 + (i % 11)).padStart(2, '0')}-15`}"`,
      `  notes: ${folded(`Source: the ${word} register kept by the business. ${SENTENCE} ${SENTENCE}`, 4)}`,
      '',
    ];
    files.push([`categories/${id}.yaml`, lines.join('\n')]);
  }
  return files;
}

/** Writes the inventory into `dir`, replacing what was there. */
export function writeInventory(dir, n, options = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'categories'), { recursive: true });
  let bytes = 0;
  for (const [name, text] of inventoryFiles(n, options)) {
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n + 5, bytes };
}

/** SDKs of vendors in the catalogue, a few per ecosystem: the SBOM's components that drift recognises. */
const SDKS = [
  'npm:stripe',
  'npm:@sentry/node',
  'npm:posthog-node',
  'npm:@sendgrid/mail',
  'npm:twilio',
  'npm:mixpanel',
  'npm:@aws-sdk/client-s3',
  'npm:@google-cloud/storage',
  'npm:openai',
  'npm:@hubspot/api-client',
  'npm:algoliasearch',
  'npm:@auth0/auth0-spa-js',
  'pypi:boto3',
  'pypi:sentry-sdk',
  'pypi:anthropic',
  'maven:com.stripe/stripe-java',
  'golang:github.com/stripe/stripe-go/v76',
  'gem:aws-sdk-s3',
  'nuget:Sentry.AspNetCore',
];

/**
 * A CycloneDX 1.5 SBOM of `n` components, as `npm sbom` writes them (bom-ref, type, name, version, purl,
 * hashes, licenses): mostly packages of no vendor, and the SDKs above. A pure function of `n`.
 */
export function sbomText(n) {
  const r = random(0xb0b + n);
  const components = Array.from({ length: n }, (_, i) => {
    const sdk = i < SDKS.length ? SDKS[i] : undefined;
    const [type, name] = sdk ? sdk.split(/:(.*)/) : ['npm', `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`];
    const version = `${r.int(20)}.${r.int(30)}.${r.int(10)}`;
    const encoded = name.startsWith('@') ? `%40${name.slice(1)}` : name;
    return {
      'bom-ref': `${name}@${version}`,
      type: 'library',
      name: name.split('/').at(-1),
      version,
      scope: 'required',
      purl: `pkg:${type}/${encoded}@${version}`,
      hashes: [{ alg: 'SHA-512', content: 'ab'.repeat(64) }],
      licenses: [{ license: { id: 'MIT' } }],
    };
  });
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      metadata: { component: { type: 'application', name: 'app' } },
      components,
    },
    null,
    2,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, dir, variant, structural] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('usage: node test/bench/generate.mjs N DIR [VARIANT [STRUCTURAL_ERRORS: yes|no]]');
    process.exit(2);
  }
  const { files, bytes } = writeInventory(dir, Number(n), {
    variant: Number(variant ?? 0),
    structural: structural !== 'no',
  });
  console.log(`${dir}: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
}
