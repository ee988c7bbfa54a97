// The published schema, as editors use it: the real yaml-language-server over stdio, driven the way an
// editor drives it (it asks the client for its settings with workspace/configuration requests).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { REPO } from './helpers/cli.js';

const require = createRequire(import.meta.url);
const SERVER = path.join(
  path.dirname(require.resolve('yaml-language-server/package.json')),
  'bin',
  'yaml-language-server',
);

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

const yamlSettings = {
  validate: true,
  completion: true,
  hover: true,
  schemas: {},
  schemaStore: { enable: false },
};

let server: ChildProcess;
let connection: MessageConnection;
const diagnostics = new Map<string, (d: Diagnostic[]) => void>();

beforeAll(async () => {
  server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) =>
      item.section === 'yaml' ? yamlSettings : item.section ? null : { yaml: yamlSettings },
    ),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: { uri: string; diagnostics: Diagnostic[] }) => {
      if (params.diagnostics.length > 0) diagnostics.get(params.uri)?.(params.diagnostics);
    },
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(REPO).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: {} },
    },
  });
  connection.sendNotification('initialized', {});
  connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
});

afterAll(() => {
  connection?.dispose();
  server?.kill();
});

let version = 0;
function open(relative: string, text: string): string {
  const uri = pathToFileURL(path.join(REPO, relative)).href;
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: ++version, text },
  });
  return uri;
}

describe('the schema in an editor (yaml-language-server)', () => {
  it('completes the keys of a category', async () => {
    const text = [
      '# yaml-language-server: $schema=../../schema/inventory.schema.json',
      'category:',
      '  id: draft',
      '  name: Draft',
      '  ',
    ].join('\n');
    const uri = open('inventory/categories/draft-completion.yaml', text);
    const result = (await connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 2 },
    })) as { items: { label: string }[] } | { label: string }[];
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label).sort();
    expect(labels).toEqual(
      expect.arrayContaining([
        'data',
        'purposes',
        'recipients',
        'retention',
        'security_measures',
        'sources',
        'subjects',
      ]),
    );
    // keys already written are not offered again, and nothing outside the schema is
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('lawful_basis');
  });

  it('flags a wrong enum value on its line', async () => {
    const text = [
      '# yaml-language-server: $schema=../schema/inventory.schema.json',
      'purposes:',
      '  - id: billing',
      '    name: Billing',
      '    lawful_basis: legal-obligation',
      '  - id: newsletter',
      '    name: Newsletter',
      '    lawful_basis: opt-in',
    ].join('\n');
    const received = new Promise<Diagnostic[]>((resolve) => {
      diagnostics.set(pathToFileURL(path.join(REPO, 'inventory/draft-diagnostics.yaml')).href, resolve);
    });
    open('inventory/draft-diagnostics.yaml', text);
    const found = await received;
    expect(found.map((d) => d.range.start.line)).toEqual([7]);
    expect(found[0]!.range.start.character).toBe(18);
    expect(found[0]!.message).toContain('consent');
  });

  it('is the schema the example files name on their first line', () => {
    const first = readFileSync(path.join(REPO, 'inventory/categories/accounting.yaml'), 'utf8').split(
      '\n',
    )[0];
    expect(first).toBe('# yaml-language-server: $schema=../../schema/inventory.schema.json');
  });
});
