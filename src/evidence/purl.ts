/**
 * A package URL (https://github.com/package-url/purl-spec), `pkg:type/namespace/name@version?q#sub`, as
 * the ecosystem's own package name: `pkg:npm/%40sentry/node` is `@sentry/node`, a Maven package is
 * `group:artifact`, a Go module its full path. Undefined for text that is not a package URL.
 */
export function parsePurl(purl: string): { ecosystem: string; name: string; version?: string } | undefined {
  if (!purl.startsWith('pkg:')) return undefined;
  const body = purl.slice(4).replace(/^\/+/, '').split('#')[0]!.split('?')[0]!;
  const slash = body.indexOf('/');
  if (slash <= 0) return undefined;
  const ecosystem = body.slice(0, slash).toLowerCase();
  if (!/^[a-z][a-z0-9.+-]*$/.test(ecosystem)) return undefined;
  let path = body.slice(slash + 1);
  // the version follows the last "@" after the last "/" (an unencoded npm scope starts with "@")
  const at = path.lastIndexOf('@');
  let version: string | undefined;
  if (at > path.lastIndexOf('/')) {
    version = path.slice(at + 1);
    path = path.slice(0, at);
  }
  let segments: string[];
  try {
    segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (version !== undefined) version = decodeURIComponent(version);
  } catch {
    return undefined;
  }
  if (segments.length === 0) return undefined;
  const name =
    ecosystem === 'maven' && segments.length >= 2
      ? `${segments.slice(0, -1).join('.')}:${segments.at(-1)}`
      : segments.join('/');
  return version ? { ecosystem, name, version } : { ecosystem, name };
}
