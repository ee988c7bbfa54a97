// A whole zip archive from ropa's writer, which gives an archive in pieces as they are made.
import { ZipWriter } from '../../src/render/zip.js';

export async function zipOf(
  entries: readonly (readonly [name: string, data: Uint8Array])[],
): Promise<Buffer> {
  const writer = new ZipWriter();
  const parts: Buffer[] = [];
  for (const [name, data] of entries) parts.push(...(await writer.add(name, data)));
  return Buffer.concat([...parts, writer.end()]);
}
