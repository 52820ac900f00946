// The security headers every deploy of Nines sends, kept in one place:
// public/_headers (the format Netlify and Cloudflare Pages read, copied into
// dist/). The build reads it to put the same Content-Security-Policy in a
// <meta> tag, so hosts that cannot set headers (GitHub Pages) still get it;
// the e2e server reads it to serve the build exactly as a host would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HEADERS_FILE = fileURLToPath(new URL('./public/_headers', import.meta.url));

/** The headers of the `/*` block of public/_headers, by name. */
export function securityHeaders(text: string = readFileSync(HEADERS_FILE, 'utf8')): Map<string, string> {
  const headers = new Map<string, string>();
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inBlock && colon > 0) headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * The policy for a <meta> tag: the header's, less what only a header can say
 * (browsers ignore frame-ancestors in a meta tag, and warn about it).
 */
export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('frame-ancestors'))
    .join('; ');
}
