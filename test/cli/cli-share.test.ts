// The `nines` command and share links: a link runs wherever a file does (so
// a link from class runs in a script) with the same trace; a damaged link
// exits 1 naming the damage; --embed prints the player's link and an
// <iframe>; ids named like JavaScript's own properties survive into the JSON
// report; a bug exits 70 and says how to report it.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { appBase, iframeSnippet } from '../../src/cli/link.ts';
import { isShareLink } from '../../src/cli/load.ts';
import { encodeScenarioFragment, encodeScenarioLink } from '../../src/scenario/codec.ts';
import { ENGINE_VERSION } from '../../src/scenario/engine-version.ts';
import { crc32Hex, toBase64Url } from '../../src/scenario/link-bytes.ts';
import type { Report, Scenario } from '../../src/scenario/types.ts';
import { deflateSync } from 'fflate';
import { baseScenario } from '../scenario/fixtures.ts';
import { nines, ninesWith, scratch } from './run-nines.ts';

const { dir, file } = scratch();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const short = (): Scenario => ({ ...baseScenario(), durationMs: 3000 });
const hashOf = (stdout: string) => (JSON.parse(stdout) as Report).traceHash;

describe.concurrent('a link wherever a file', () => {
  it('run LINK gives the same report as run FILE: full URL, fragment, fragment without #, with &embed', async () => {
    const scenario = short();
    const fromFile = await nines('run', file(scenario), '--json');
    expect(fromFile.code).toBe(0);
    const fragment = encodeScenarioFragment(scenario);
    const forms = [
      encodeScenarioLink(scenario, 'https://example.org/nines/'),
      fragment,
      fragment.slice(1),
      encodeScenarioLink(scenario, 'https://example.org/nines/', { embed: true }),
    ];
    for (const link of forms) {
      const fromLink = await nines('run', link, '--json');
      expect(fromLink.stderr).toBe('');
      expect(fromLink.code).toBe(0);
      expect(hashOf(fromLink.stdout)).toBe(hashOf(fromFile.stdout));
    }
  });

  it('validate names a link as the link', async () => {
    const result = await nines('validate', encodeScenarioLink(short()));
    expect(result).toEqual({ code: 0, stdout: 'the link: valid scenario "Fixture" (6 nodes, 5 links, 1 cluster, 1 fault, 1 alert)\n', stderr: '' });
  });

  it('a damaged link exits 1 and says why', async () => {
    const link = encodeScenarioLink(short());
    const at = link.indexOf('#s=') + 20;
    const damaged = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    const result = await nines('run', damaged);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'nines: the link: This link is damaged: its integrity check does not match, so it was changed or cut short when copied.\n',
    );
  });

  it('a link to an invalid scenario lists its fields, bounded', async () => {
    const s = { ...short(), nodes: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, type: 'server', workers: 0 })), links: [], clusters: [], faults: [], alerts: [] };
    const signed = `2.${ENGINE_VERSION}.${toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(s))))}`;
    const result = await nines('validate', `#s=${signed}.${crc32Hex(signed)}`);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe("nines: the link: This link's scenario is not valid:");
    expect(lines[1]).toBe('  nodes[0].workers: must be an integer ≥ 1');
    expect(lines.at(-1)).toBe('  … and 10 more');
    expect(lines).toHaveLength(22);
  });

  it('a link from another engine runs, with a note that its numbers may differ', async () => {
    const other = ENGINE_VERSION + 1;
    const signed = `2.${other}.${toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(short()))))}`;
    const result = await nines('validate', `#s=${signed}.${crc32Hex(signed)}`);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^nines: note: This link was made by a newer version of the Nines engine .* its numbers may differ/);
  });

  it('a file named like a link is still a file', () => {
    expect(isShareLink('https://x.org/nines/#s=2.1.AAAA.00000000')).toBe(true);
    expect(isShareLink('#embed&s=2.1.AAAA.00000000')).toBe(true);
    expect(isShareLink('s=1.AAAA')).toBe(true);
    expect(isShareLink('my-scenario.json')).toBe(false);
    expect(isShareLink('redundancy')).toBe(false);
  });
});

describe.concurrent('nines link', () => {
  it('--embed prints the player link and a ready <iframe>', async () => {
    const result = await nines('link', 'redundancy', '--embed', '--base', 'https://example.edu/courses/ha/lab/');
    expect(result.code).toBe(0);
    const [link, iframe, ...rest] = result.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    expect(link).toMatch(/^https:\/\/example\.edu\/courses\/ha\/lab\/#s=2\.\d+\.[A-Za-z0-9_-]+\.[0-9a-f]{8}&embed$/);
    expect(iframe).toBe(
      `<iframe src="${link.replace('&embed', '&amp;embed')}" title="Nines: Redundancy: three servers behind a load balancer" ` +
        'width="100%" height="520" style="border:0;max-width:960px" loading="lazy"></iframe>',
    );
  });

  it('a base without its final slash gets one (the app loads its scripts relative to the page)', () => {
    expect(appBase('https://you.github.io/nines')).toBe('https://you.github.io/nines/');
    expect(appBase('https://you.github.io/nines/')).toBe('https://you.github.io/nines/');
    expect(appBase('https://you.github.io/nines/index.html')).toBe('https://you.github.io/nines/index.html');
    expect(appBase('https://x.org')).toBe('https://x.org/');
    expect(appBase('https://x.org/lab/#old')).toBe('https://x.org/lab/');
  });

  it('titles are escaped in the iframe', () => {
    expect(iframeSnippet('https://x.org/#s=1&embed', 'A "quoted" <name> & more')).toContain(
      'src="https://x.org/#s=1&amp;embed" title="Nines: A &quot;quoted&quot; &lt;name&gt; &amp; more"',
    );
  });

  it('--help says which base to use', async () => {
    const { stdout } = await nines('link', '--help');
    expect(stdout).toMatch(/^nines link FILE \[--base URL\] \[--embed\]/);
    expect(stdout).toContain('the address of the folder that holds\n                  the built index.html');
  });
});

describe.concurrent('ids named like JavaScript’s own properties', () => {
  const special: Scenario = {
    format: 'nines/scenario@1',
    name: 'special ids',
    durationMs: 2000,
    nodes: [
      { id: '__proto__', type: 'client', rate: 20 },
      { id: 'constructor', type: 'loadBalancer' },
      { id: 'toString', type: 'server' },
      { id: 'hasOwnProperty', type: 'server' },
    ],
    links: [
      { from: '__proto__', to: 'constructor' },
      { from: 'constructor', to: 'toString' },
      { from: 'constructor', to: 'hasOwnProperty' },
    ],
    faults: [{ atMs: 500, type: 'crash', target: 'toString', durationMs: 500 }],
  };

  it('appear in the JSON report, every one of them', async () => {
    const result = await nines('run', file(special), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report.nodes)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(Object.getPrototypeOf(report.nodes)).toBe(Object.prototype);
    const node = (id: string) => report.nodes[id];
    expect(node('constructor').served).toBeGreaterThan(0);
    expect(node('toString').downtimeMs).toBe(500);
  });

  it('survive a link and the readable summary', async () => {
    const link = encodeScenarioLink(special);
    const fromLink = await nines('run', link);
    expect(fromLink.code).toBe(0);
    expect(fromLink.stdout).toMatch(/__proto__/);
    expect(fromLink.stdout).toMatch(/constructor/);
  });
});

describe('exit 70: a bug in Nines', () => {
  it('main turns an unexpected error into exit 70 and says how to report it', async () => {
    const err: string[] = [];
    const code = await main(['validate', 'redundancy'], {
      out: () => {
        throw new Error('stdout is broken');
      },
      err: (line) => err.push(line),
    });
    expect(code).toBe(70);
    expect(err[0]).toBe('nines: internal error: stdout is broken');
    expect(err[1]).toMatch(/^This is a bug in Nines, not in your input\. Please report it as an issue in the Nines repository/);
  });

  it('the real process exits 70 too', async () => {
    const breakStdout = 'data:text/javascript,process.stdout.write=()=>{throw new Error("stdout is broken")}';
    const result = await ninesWith(['--import', breakStdout], 'validate', 'redundancy');
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^nines: internal error: stdout is broken\nThis is a bug in Nines/);
  });
});
