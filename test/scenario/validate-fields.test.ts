// Field-by-field rules of the schema. Each case breaks one field of a valid
// scenario and asserts the exact error list, so a rule that is missing, too
// loose, reported at the wrong path or worded vaguely fails here.
import { describe, expect, it } from 'vitest';
import { MAX_NODES } from '../../src/scenario/limits.ts';
import { formatErrors, validateScenario } from '../../src/scenario/validate.ts';
import { DELETE, baseScenario, errorsOf, withExtraKey, withValue } from './fixtures.ts';

const INT_GE_1 = 'must be an integer ≥ 1';
const FRACTION = 'must be a number between 0 and 1';
const SEED = 'must be an unsigned 32-bit integer (0 to 4294967295)';
const ID_RULE = 'must be 1–64 characters of A-Z a-z 0-9 _ -';
const NODE_TYPES = '"client", "loadBalancer", "server", "database", "cache", "queue", "dns"';
const POSITIVE_TIME = 'must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)';
const PROBE_INTERVAL = 'must be a number ≥ 100 (probing more often than every 100 ms is a busy loop, not a design)';
const DIST_TYPES = '"constant", "exponential", "uniform", "normal", "lognormal"';

describe('a valid scenario', () => {
  it('validates and comes back unchanged (no defaults, no stripping)', () => {
    const result = validateScenario(baseScenario());
    expect(result).toEqual({ ok: true, scenario: baseScenario() });
  });

  it('accepts the smallest scenario and anything inside meta', () => {
    const result = validateScenario({
      format: 'nines/scenario@1',
      name: '',
      nodes: [],
      meta: { anything: [1, { nested: true }], 'odd key!': null },
    });
    expect(result.ok).toBe(true);
  });

  it('accepts the extremes of every range', () => {
    let s = withValue('seed', 4294967295);
    s = withValue('durationMs', 86_400_000, s);
    s = withValue('faults[0].atMs', 315_360_000_000, s);
    s = withValue('faults[0].durationMs', 315_360_000_000, s);
    s = withValue('nodes[1].healthCheck.intervalMs', 100, s);
    s = withValue('nodes[0].failure', { mtbfMs: 1e12, mttrMs: 0.001 }, s);
    s = withValue('nodes[2].workers', 10_000, s);
    s = withValue('links[1].lossRate', 1, s);
    s = withValue('nodes[0].rate', 0, s);
    expect(validateScenario(s).ok).toBe(true);
  });
});

describe('field rules', () => {
  const cases: Array<[string, unknown, string, string]> = [
    // [field to break, bad value, expected error path, expected message]
    ['nodes[2].workers', 0, 'nodes[2].workers', INT_GE_1],
    ['nodes[2].workers', 1.5, 'nodes[2].workers', INT_GE_1],
    ['nodes[2].workers', '4', 'nodes[2].workers', `${INT_GE_1} (got text "4")`],
    ['nodes[2].workers', 10_001, 'nodes[2].workers', 'must be an integer ≤ 10000'],
    ['nodes[2].workers', Number.NaN, 'nodes[2].workers', 'must be a finite number (got NaN)'],
    ['nodes[2].queueLimit', -1, 'nodes[2].queueLimit', 'must be an integer ≥ 0'],
    ['nodes[0].rate', -5, 'nodes[0].rate', 'must be a number ≥ 0'],
    ['nodes[0].rate', 100_001, 'nodes[0].rate', 'must be a number ≤ 100000'],
    ['nodes[0].rate', Number.POSITIVE_INFINITY, 'nodes[0].rate', 'must be a finite number (got Infinity)'],
    ['nodes[0].timeoutMs', 0, 'nodes[0].timeoutMs', POSITIVE_TIME],
    ['nodes[0].arrival', 'burst', 'nodes[0].arrival', 'must be one of "poisson", "constant" (got text "burst")'],
    ['nodes[0].retries.max', 11, 'nodes[0].retries.max', 'must be an integer ≤ 10'],
    ['nodes[0].retries.budget', 1.5, 'nodes[0].retries.budget', FRACTION],
    ['nodes[0].retries.jitter', 'yes', 'nodes[0].retries.jitter', 'must be true or false (got text "yes")'],
    ['nodes[0].writeRatio', -0.1, 'nodes[0].writeRatio', FRACTION],
    ['nodes[0].keys', 0, 'nodes[0].keys', INT_GE_1],
    ['nodes[2].errorRate', 2, 'nodes[2].errorRate', FRACTION],
    ['nodes[4].errorRate', Number.NaN, 'nodes[4].errorRate', 'must be a finite number (got NaN)'],
    ['links[1].lossRate', 1.01, 'links[1].lossRate', FRACTION],
    ['links[1].weight', -1, 'links[1].weight', 'must be a number ≥ 0'],
    ['nodes[1].algorithm', 'roundrobin', 'nodes[1].algorithm', expect.stringMatching(/^must be one of "roundRobin", .*\(got text "roundrobin"\)$/) as unknown as string],
    ['nodes[1].healthCheck.unhealthyThreshold', 0, 'nodes[1].healthCheck.unhealthyThreshold', INT_GE_1],
    ['nodes[1].healthCheck.intervalMs', -1, 'nodes[1].healthCheck.intervalMs', PROBE_INTERVAL],
    ['nodes[1].healthCheck.intervalMs', 0.0004, 'nodes[1].healthCheck.intervalMs', PROBE_INTERVAL],
    ['nodes[1].healthCheck.intervalMs', 99, 'nodes[1].healthCheck.intervalMs', PROBE_INTERVAL],
    ['nodes[1].healthCheck.timeoutMs', 0.0004, 'nodes[1].healthCheck.timeoutMs', POSITIVE_TIME],
    ['nodes[1].healthCheck.timeoutMs', 86_400_001, 'nodes[1].healthCheck.timeoutMs', 'must be a number ≤ 86400000'],
    ['clusters[0].failover.detectionMs', 50, 'clusters[0].failover.detectionMs', PROBE_INTERVAL],
    ['nodes[0].timeoutMs', 0.0004, 'nodes[0].timeoutMs', POSITIVE_TIME],
    ['nodes[0].x', 'left', 'nodes[0].x', 'must be a number ≥ -1000000 (got text "left")'],
    ['nodes[0].failure', { mtbfMs: 0, mttrMs: 10 }, 'nodes[0].failure.mtbfMs', POSITIVE_TIME],
    ['seed', -1, 'seed', SEED],
    ['seed', 2 ** 32, 'seed', SEED],
    ['seed', 1.5, 'seed', SEED],
    ['durationMs', 0, 'durationMs', POSITIVE_TIME],
    ['durationMs', 315_360_000_001, 'durationMs', 'must be a number ≤ 315360000000'],
    ['durationMs', 0.0004, 'durationMs', POSITIVE_TIME],
    ['faults[0].atMs', 315_360_000_001, 'faults[0].atMs', 'must be a number ≤ 315360000000'],
    ['durationMs', Number.POSITIVE_INFINITY, 'durationMs', 'must be a finite number (got Infinity)'],
    ['name', 42, 'name', 'must be text of at most 120 characters (got 42)'],
    ['name', DELETE, 'name', 'is required'],
    ['nodes', DELETE, 'nodes', 'is required'],
    ['nodes', {}, 'nodes', 'must be a list (got an object)'],
    ['format', 'nines/scenario@2', 'format', 'must be "nines/scenario@1" (got "nines/scenario@2"); this version of Nines reads format 1'],
    ['format', DELETE, 'format', 'is required ("nines/scenario@1")'],
    ['nodes[2].id', 'web 1', 'nodes[2].id', `${ID_RULE} (got text "web 1")`],
    ['nodes[2].id', '', 'nodes[2].id', `${ID_RULE} (got text "")`],
    ['nodes[2].id', 'x'.repeat(65), 'nodes[2].id', `${ID_RULE} (got text "${'x'.repeat(24)}…")`],
    ['nodes[2].id', DELETE, 'nodes[2].id', 'is required'],
    ['nodes[2].label', 'L'.repeat(81), 'nodes[2].label', 'is 81 characters long; the limit is 80'],
    ['nodes[2].type', 'sever', 'nodes[2].type', `must be one of ${NODE_TYPES} (got text "sever")`],
    ['nodes[2].type', DELETE, 'nodes[2].type', `is required (one of ${NODE_TYPES})`],
    ['nodes[2]', 'web1', 'nodes[2]', 'must be an object (got text "web1")'],
    ['nodes[3].serviceTimeMs', { type: 'uniform', min: 5, max: 1 }, 'nodes[3].serviceTimeMs.max', 'must be ≥ min (5)'],
    ['nodes[3].serviceTimeMs', { type: 'lognormal', median: 10, p99: 10 }, 'nodes[3].serviceTimeMs.p99', 'must be greater than median (10)'],
    ['nodes[3].serviceTimeMs', { type: 'lognormal', median: 0, p99: 10 }, 'nodes[3].serviceTimeMs.median', POSITIVE_TIME],
    ['nodes[3].serviceTimeMs', { type: 'exponential', mean: 0 }, 'nodes[3].serviceTimeMs.mean', POSITIVE_TIME],
    ['nodes[3].serviceTimeMs', { type: 'gauss', mean: 3 }, 'nodes[3].serviceTimeMs.type', `must be one of ${DIST_TYPES} (got text "gauss")`],
    ['nodes[3].serviceTimeMs', 'fast', 'nodes[3].serviceTimeMs', 'must be a number of ms or a distribution such as {"type": "exponential", "mean": 20}'],
    ['nodes[3].serviceTimeMs', -3, 'nodes[3].serviceTimeMs', 'must be a number ≥ 0'],
    ['links[0].latencyMs', { type: 'constant', value: 1, unit: 's' }, 'links[0].latencyMs.unit', 'unknown field'],
    ['links[0].from', DELETE, 'links[0].from', 'is required'],
    ['clusters[0].members', [], 'clusters[0].members', 'must not be empty'],
    ['clusters[0].replication', 'eventual', 'clusters[0].replication', 'must be one of "async", "semiSync", "sync", "quorum" (got text "eventual")'],
    ['clusters[0].failover.requireQuorum', 1, 'clusters[0].failover.requireQuorum', 'must be true or false (got 1)'],
    ['faults[0].atMs', -1, 'faults[0].atMs', 'must be a number ≥ 0'],
    ['faults[0].atMs', DELETE, 'faults[0].atMs', 'is required'],
    ['faults[0].durationMs', 0, 'faults[0].durationMs', POSITIVE_TIME],
    ['faults[0]', { atMs: 1, type: 'errors', target: 'web1', rate: 1.5 }, 'faults[0].rate', FRACTION],
    ['faults[0]', { atMs: 1, type: 'slow', target: 'web1', factor: 0 }, 'faults[0].factor', 'must be a number > 0'],
    ['faults[0]', { atMs: 1, type: 'slow', target: 'web1' }, 'faults[0].factor', 'is required'],
    ['faults[0]', { atMs: 1, type: 'loss', target: 'users->lb', rate: -1 }, 'faults[0].rate', FRACTION],
    ['faults[0]', { atMs: 1, type: 'meteor', target: 'web1' }, 'faults[0].type', expect.stringMatching(/^must be one of "crash", .*"promote", "flush" \(got text "meteor"\)$/) as unknown as string],
    ['faults[0]', { atMs: 1, type: 'partition' }, 'faults[0].target', 'a partition needs either target (a link id) or groups (lists of node ids)'],
    ['faults[0]', { atMs: 1, type: 'partition', target: 'users->lb', groups: [['lb']] }, 'faults[0].target', 'give either target or groups, not both'],
    ['faults[0]', { atMs: 1, type: 'partition', groups: [[]] }, 'faults[0].groups[0]', 'must not be empty'],
    ['alerts[0].metric', 'cpu', 'alerts[0].metric', expect.stringMatching(/^must be one of "availability", .*\(got text "cpu"\)$/) as unknown as string],
    ['alerts[0].op', '==', 'alerts[0].op', 'must be one of ">", ">=", "<", "<=" (got text "==")'],
    ['alerts[0].threshold', Number.NaN, 'alerts[0].threshold', 'must be a finite number (got NaN)'],
    ['alerts[0].windowMs', 0, 'alerts[0].windowMs', POSITIVE_TIME],
    ['slo.availability', 99.9, 'slo.availability', FRACTION],
    ['slo.percentile', 0, 'slo.percentile', 'must be a number > 0'],
    ['slo.percentile', 101, 'slo.percentile', 'must be a number ≤ 100'],
    ['monitoring.scrapeIntervalMs', 10, 'monitoring.scrapeIntervalMs', 'must be a number ≥ 100'],
    ['meta', [], 'meta', 'must be an object'],
  ];

  it.each(cases)('%s = %j → %s: %s', (field, value, path, message) => {
    expect(errorsOf(withValue(field, value))).toEqual([{ path, message }]);
  });
});

describe('unknown fields are rejected at their own path (typos surface)', () => {
  const places: Array<[string, string, string]> = [
    // [object holding the stray key, the key, expected path]
    ['', 'colour', 'colour'],
    ['nodes[2]', 'wrokers', 'nodes[2].wrokers'],
    ['nodes[0].retries', 'maxRetries', 'nodes[0].retries.maxRetries'],
    ['nodes[1].healthCheck', 'interval', 'nodes[1].healthCheck.interval'],
    ['links[0]', 'latency', 'links[0].latency'],
    ['clusters[0]', 'leader', 'clusters[0].leader'],
    ['clusters[0].failover', 'auto', 'clusters[0].failover.auto'],
    ['faults[0]', 'factor', 'faults[0].factor'],
    ['alerts[0]', 'for', 'alerts[0].for'],
    ['slo', 'target', 'slo.target'],
    ['monitoring', 'interval', 'monitoring.interval'],
    ['nodes[2]', 'odd key', 'nodes[2]["odd key"]'],
  ];
  it.each(places)('%s + %s', (objectPath, key, path) => {
    expect(errorsOf(withExtraKey(objectPath, key))).toEqual([{ path, message: 'unknown field' }]);
  });

  it('a field valid for one node type is unknown on another', () => {
    expect(errorsOf(withValue('nodes[4].callTimeoutMs', 100))).toEqual([
      { path: 'nodes[4].callTimeoutMs', message: 'unknown field' },
    ]);
  });
});

describe('bounded input', () => {
  it('refuses too many nodes before looking at any of them', () => {
    const nodes = Array.from({ length: MAX_NODES + 1 }, () => 'not even a node');
    expect(errorsOf(withValue('nodes', nodes))).toEqual([{ path: 'nodes', message: 'has 501 items; the limit is 500' }]);
  });

  it.each([
    ['links', 2001, 'has 2001 items; the limit is 2000'],
    ['faults', 1001, 'has 1001 items; the limit is 1000'],
    ['alerts', 101, 'has 101 items; the limit is 100'],
    ['clusters', 51, 'has 51 items; the limit is 50'],
  ])('%s: at most the limit', (key, count, message) => {
    expect(errorsOf(withValue(key, Array.from({ length: count }, () => ({}))))).toEqual([{ path: key, message }]);
  });

  it('caps cluster size', () => {
    const members = Array.from({ length: 16 }, (_, i) => `db${i}`);
    expect(errorsOf(withValue('clusters[0].members', members))).toEqual([
      { path: 'clusters[0].members', message: 'has 16 items; the limit is 15' },
    ]);
  });

  it('reports something sensible for input that is not an object at all', () => {
    expect(errorsOf('hello')).toEqual([{ path: '', message: 'must be an object (got text "hello")' }]);
    expect(errorsOf(null)).toEqual([{ path: '', message: 'must be an object (got null)' }]);
    expect(errorsOf([])).toEqual([{ path: '', message: 'must be an object (got a list)' }]);
  });
});

describe('formatErrors', () => {
  it('gives one line per error, path first', () => {
    const errors = errorsOf(withValue('nodes[2].workers', 0, withValue('colour', 'red')));
    expect(formatErrors(errors)).toBe('nodes[2].workers: must be an integer ≥ 1\ncolour: unknown field');
  });

  it('names the whole scenario when the path is empty, and caps long lists', () => {
    expect(formatErrors([{ path: '', message: 'must be an object' }])).toBe('scenario: must be an object');
    const many = Array.from({ length: 5 }, (_, i) => ({ path: `nodes[${i}].id`, message: 'x' }));
    expect(formatErrors(many, 2)).toBe('nodes[0].id: x\nnodes[1].id: x\n… and 3 more');
  });
});
