// Rules that span fields: uniqueness, references, kinds, totals. Each case
// breaks one thing in a valid scenario and asserts the exact error list.
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/scenario/types.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { changed, errorsOf } from './fixtures.ts';

const fault = (f: Fault) => changed((s) => (s.faults = [f]));

describe('ids', () => {
  it('node ids are unique', () => {
    const input = changed((s) => s.nodes.push({ id: 'web1', type: 'server' }));
    expect(errorsOf(input)).toEqual([{ path: 'nodes[6].id', message: 'duplicate id "web1" (also nodes[2])' }]);
  });

  it('link ids are unique after defaulting to from->to, with a hint', () => {
    const input = changed((s) => s.links!.push({ from: 'lb', to: 'web1' }));
    expect(errorsOf(input)).toEqual([
      { path: 'links[5].id', message: 'duplicate link id "lb->web1" (also links[1]); give one of them an explicit "id"' },
    ]);
  });

  it('an explicit link id may not collide with a default one', () => {
    const input = changed((s) => s.links!.push({ id: 'lb->web2', from: 'users', to: 'web2' }));
    expect(errorsOf(input)).toEqual([{ path: 'links[5].id', message: 'duplicate link id "lb->web2" (also links[2])' }]);
  });

  it('two links between the same nodes are fine with distinct ids', () => {
    const input = changed((s) => s.links!.push({ id: 'backup', from: 'lb', to: 'web1' }));
    expect(validateScenario(input).ok).toBe(true);
  });

  it('cluster and alert ids are unique', () => {
    const input = changed((s) => {
      s.nodes.push({ id: 'db3', type: 'database' });
      s.clusters!.push({ id: 'main', members: ['db3'] });
      s.alerts!.push({ id: 'errors', metric: 'up', op: '<', threshold: 1 });
    });
    expect(errorsOf(input)).toEqual([
      { path: 'clusters[1].id', message: 'duplicate cluster id "main" (also clusters[0])' },
      { path: 'alerts[1].id', message: 'duplicate alert id "errors" (also alerts[0])' },
    ]);
  });
});

describe('links', () => {
  it('endpoints must exist', () => {
    const input = changed((s) => s.links!.push({ from: 'ghost', to: 'web9' }));
    expect(errorsOf(input)).toEqual([
      { path: 'links[5].from', message: 'no node with id "ghost"' },
      { path: 'links[5].to', message: 'no node with id "web9"' },
    ]);
  });

  it('no self links', () => {
    const input = changed((s) => s.links!.push({ from: 'web1', to: 'web1' }));
    expect(errorsOf(input)).toEqual([{ path: 'links[5].to', message: 'a link cannot connect "web1" to itself' }]);
  });

  it('clients only send', () => {
    const input = changed((s) => s.links!.push({ from: 'lb', to: 'users' }));
    expect(errorsOf(input)).toEqual([
      { path: 'links[5].to', message: '"users" is a client; clients send requests and cannot receive them' },
    ]);
  });
});

describe('clusters', () => {
  it.each([
    [['db1', 'ghost'], 'clusters[0].members[1]', 'no node with id "ghost"'],
    [['db1', 'web1'], 'clusters[0].members[1]', '"web1" is a server; cluster members must be database nodes'],
    [['db1', 'db2', 'db1'], 'clusters[0].members[2]', '"db1" is listed twice'],
  ])('members %j', (members, path, message) => {
    expect(errorsOf(changed((s) => (s.clusters![0].members = members)))).toEqual([{ path, message }]);
  });

  it('a database belongs to at most one cluster', () => {
    const input = changed((s) => s.clusters!.push({ id: 'other', members: ['db2'] }));
    expect(errorsOf(input)).toEqual([
      { path: 'clusters[1].members[0]', message: '"db2" is already a member of clusters[0] ("main")' },
    ]);
  });
});

describe('fault targets', () => {
  it.each<[Fault, string, string]>([
    [{ atMs: 1, type: 'crash', target: 'ghost' }, 'faults[0].target', 'no node with id "ghost"'],
    [{ atMs: 1, type: 'slow', target: 'ghost', factor: 2 }, 'faults[0].target', 'no node with id "ghost"'],
    [{ atMs: 1, type: 'errors', target: 'ghost', rate: 0.5 }, 'faults[0].target', 'no node with id "ghost"'],
    [{ atMs: 1, type: 'drain', target: 'ghost' }, 'faults[0].target', 'no node with id "ghost"'],
    [{ atMs: 1, type: 'zoneOutage', target: 'zone-z' }, 'faults[0].target', 'no node is in zone "zone-z"'],
    [{ atMs: 1, type: 'zoneOutage', target: 'web1' }, 'faults[0].target', 'no node is in zone "web1"'],
    [{ atMs: 1, type: 'latency', target: 'web1->db2', addMs: 5 }, 'faults[0].target', 'no link with id "web1->db2" (a link without an id is called "from->to")'],
    [{ atMs: 1, type: 'loss', target: 'web2->db1', rate: 0.5 }, 'faults[0].target', 'no link with id "web2->db1" (a link without an id is called "from->to")'],
    [{ atMs: 1, type: 'partition', target: 'nope' }, 'faults[0].target', 'no link with id "nope" (a link without an id is called "from->to")'],
    [{ atMs: 1, type: 'partition', groups: [['web1'], ['ghost']] }, 'faults[0].groups[1][0]', 'no node with id "ghost"'],
    [{ atMs: 1, type: 'partition', groups: [['web1', 'db1'], ['db1']] }, 'faults[0].groups[1][0]', '"db1" is already in groups[0]'],
    [{ atMs: 1, type: 'surge', target: 'web1', factor: 2 }, 'faults[0].target', '"web1" is a server; a surge fault targets a client'],
    [{ atMs: 1, type: 'promote', target: 'web2' }, 'faults[0].target', '"web2" is a server; a promote fault targets a database'],
    [{ atMs: 1, type: 'promote', target: 'ghost' }, 'faults[0].target', 'no node with id "ghost"'],
  ])('%j', (f, path, message) => {
    expect(errorsOf(fault(f))).toEqual([{ path, message }]);
  });

  it('promote targets a database that is in a cluster', () => {
    const input = changed((s) => {
      s.nodes.push({ id: 'lonely', type: 'database' });
      s.faults = [{ atMs: 1, type: 'promote', target: 'lonely' }];
    });
    expect(errorsOf(input)).toEqual([{ path: 'faults[0].target', message: '"lonely" is in no cluster; promote targets a cluster member' }]);
  });

  it('every valid kind of target passes', () => {
    const input = changed((s) => {
      s.faults = [
        { atMs: 1, type: 'crash', target: 'users' },
        { atMs: 1, type: 'zoneOutage', target: 'zone-a' },
        { atMs: 1, type: 'latency', target: 'w2db', addMs: 5 },
        { atMs: 1, type: 'loss', target: 'lb->web1', rate: 0.5 },
        { atMs: 1, type: 'partition', groups: [['web1'], ['db1', 'db2']] },
        { atMs: 1, type: 'partition', target: 'users->lb' },
        { atMs: 1, type: 'surge', target: 'users', factor: 3 },
        { atMs: 1, type: 'promote', target: 'db2' },
        { atMs: 1, type: 'drain', target: 'web2', durationMs: 500 },
      ];
    });
    expect(validateScenario(input)).toEqual({ ok: true, scenario: input });
  });
});

describe('alerts', () => {
  it('an alert node must exist', () => {
    const input = changed((s) => (s.alerts![0].node = 'ghost'));
    expect(errorsOf(input)).toEqual([{ path: 'alerts[0].node', message: 'no node with id "ghost"' }]);
  });
});

describe('totals that bound the work of one run', () => {
  it('a surge may not push one client past the rate limit', () => {
    const input = changed((s) => {
      s.faults = [{ atMs: 1, type: 'surge', target: 'users', factor: 100 }];
      (s.nodes[0] as { rate?: number }).rate = 2000;
    });
    expect(errorsOf(input)).toEqual([
      { path: 'faults[0].factor', message: 'would make "users" send 200000 requests/s; the limit is 100000' },
    ]);
  });

  it('all clients together stay under the total rate limit (default rate counts)', () => {
    const input = changed((s) => {
      (s.nodes[0] as { rate?: number }).rate = 99_950;
      s.nodes.push({ id: 'more', type: 'client' });
    });
    expect(errorsOf(input)).toEqual([{ path: 'nodes', message: 'clients send 100050 requests/s in total; the limit is 100000' }]);
  });

  it('metric samples per run are bounded', () => {
    const input = changed((s) => {
      s.durationMs = 86_400_000;
      s.monitoring = { scrapeIntervalMs: 500 };
    });
    expect(errorsOf(input)).toEqual([
      {
        path: 'monitoring.scrapeIntervalMs',
        message:
          '86400000 ms sampled every 500 ms is 172800 samples; the limit is 100000: use at least 864 ms for a run of 1 d, or leave it out to get that by default',
      },
    ]);
  });
});
