// Serves the built app (dist/) for the end-to-end tests the way a static
// host would: with the security headers of public/_headers on every
// response, at the site root and under sub-paths (/nines/,
// /courses/ha/lab/), with a folder without its slash redirected as GitHub
// Pages does. It also serves /__e2e__/course.html, a course page that shows
// the embed player in an iframe, and collects CSP violation reports at
// /__e2e__/csp-report (GET lists them, DELETE forgets them). Run: `tsx e2e/serve-dist.ts --port 4203`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../security-headers.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Where the same build is served; the tests load it at each. */
export const MOUNTS = ['/courses/ha/lab/', '/nines/', '/'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const HEADERS = securityHeaders();
// Violations anywhere (the page, the worker, an iframe) are reported here, so
// a test can see those no page script can listen for.
HEADERS.set('Content-Security-Policy', `${HEADERS.get('Content-Security-Policy')}; report-uri /__e2e__/csp-report`);
const cspReports: unknown[] = [];

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...Object.fromEntries(HEADERS), 'Content-Type': type });
  res.end(body);
}

/** A course page with the player in an iframe: `?src=` is the iframe's address. */
function coursePage(src: string): string {
  const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HA course, week 3</title></head>
<body><h1>Week 3: redundancy</h1><p>Crash a server and watch availability.</p>
<iframe id="player" src="${escaped}" title="Nines player" width="880" height="520" style="border:0"></iframe>
<p>After the player.</p></body></html>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/__e2e__/csp-report') {
    if (req.method === 'DELETE') {
      cspReports.length = 0;
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        cspReports.push(JSON.parse(body || 'null'));
        res.writeHead(204);
        res.end();
      });
      return;
    }
    return send(res, 200, TYPES['.json'], JSON.stringify(cspReports));
  }
  if (url.pathname === '/__e2e__/course.html') {
    // A course site of its own: none of Nines' headers.
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    res.end(coursePage(url.searchParams.get('src') ?? '/'));
    return;
  }
  const mount = MOUNTS.find((m) => url.pathname.startsWith(m) || `${url.pathname}/` === m);
  if (!mount) return send(res, 404, TYPES['.txt'], 'not found');
  if (!url.pathname.startsWith(mount)) {
    res.writeHead(301, { Location: mount + url.search });
    res.end();
    return;
  }
  const relative = decodeURIComponent(url.pathname.slice(mount.length)) || 'index.html';
  const path = normalize(join(DIST, relative));
  if (!path.startsWith(DIST) || path.includes(`${sep}..${sep}`)) return send(res, 403, TYPES['.txt'], 'forbidden');
  if (!existsSync(path) || !statSync(path).isFile()) return send(res, 404, TYPES['.txt'], 'not found');
  res.writeHead(200, {
    ...Object.fromEntries(HEADERS),
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(path).pipe(res);
}

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag === -1 ? 4173 : process.argv[portFlag + 1]);
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npx vite build` first');
createServer(handle).listen(port, '127.0.0.1', () => process.stdout.write(`serving dist/ at http://127.0.0.1:${port}${MOUNTS.join(', ')}\n`));
