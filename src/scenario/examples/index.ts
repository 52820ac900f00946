// The built-in examples, each teaching one idea. They are plain scenario
// files (the same format users save and share), so they double as fixtures:
// test/scenario/examples.test.ts validates every one and checks its layout.
import type { Scenario } from '../types.ts';
import alertSlo from './alert-slo.json' with { type: 'json' };
import asyncVsSync from './async-vs-sync.json' with { type: 'json' };
import fiftyNodes from './fifty-nodes.json' with { type: 'json' };
import healthChecks from './health-checks.json' with { type: 'json' };
import redundancy from './redundancy.json' with { type: 'json' };
import retryStorm from './retry-storm.json' with { type: 'json' };
import singlePointOfFailure from './single-point-of-failure.json' with { type: 'json' };
import splitBrain from './split-brain.json' with { type: 'json' };
import staleReads from './stale-reads.json' with { type: 'json' };
import zoneOutage from './zone-outage.json' with { type: 'json' };
import cacheStampede from './cache-stampede.json' with { type: 'json' };
import queueAbsorbsOutage from './queue-absorbs-outage.json' with { type: 'json' };
import dnsFailover from './dns-failover.json' with { type: 'json' };
import circuitBreaker from './circuit-breaker.json' with { type: 'json' };

export interface Example {
  /** Short title for menus. */
  title: string;
  /** One line: what to try once it is open. */
  hint: string;
  scenario: Scenario;
}

// JSON imports are typed loosely (string, not the format literal); the
// examples test proves each one valid, so the cast is checked where it counts.
const asScenario = (json: unknown) => json as Scenario;

const EXAMPLES = {
  'single-point-of-failure': {
    title: 'A single point of failure',
    hint: 'Press play and watch every request fail while the only web server is down (20–35 s).',
    scenario: asScenario(singlePointOfFailure),
  },
  redundancy: {
    title: 'Redundancy behind a load balancer',
    hint: 'Crash another server while web-2 is down, or remove the health check and compare availability.',
    scenario: asScenario(redundancy),
  },
  'health-checks': {
    title: 'Health checks: detection delay',
    hint: 'Compare how long each alert fires; then make the slow balancer check every second.',
    scenario: asScenario(healthChecks),
  },
  'retry-storm': {
    title: 'A retry storm',
    hint: 'See the system stay down after the surge ends; then turn on jitter and a retry budget of 0.1.',
    scenario: asScenario(retryStorm),
  },
  'zone-outage': {
    title: 'Losing a whole zone',
    hint: 'Move all six servers into zone-b and run it again.',
    scenario: asScenario(zoneOutage),
  },
  'async-vs-sync': {
    title: 'Async replication and lost writes',
    hint: 'Note writesLost, then set replication to "sync" and compare latency and lost writes.',
    scenario: asScenario(asyncVsSync),
  },
  'split-brain': {
    title: 'Split brain',
    hint: 'Watch splitBrainMs and writesLost, then set requireQuorum to true.',
    scenario: asScenario(splitBrain),
  },
  'stale-reads': {
    title: 'Stale reads',
    hint: 'Count the stale reads, then set readFrom to "primary".',
    scenario: asScenario(staleReads),
  },
  'alert-slo': {
    title: 'Alerts and an SLO',
    hint: 'Lower forMs to 0 and see the 2 s blip page someone too.',
    scenario: asScenario(alertSlo),
  },
  'fifty-nodes': {
    title: 'Fifty nodes in three zones',
    hint: 'Find which of the three faults users notice most in the availability chart.',
    scenario: asScenario(fiftyNodes),
  },
  'cache-stampede': {
    title: 'Cache stampede',
    hint: 'Watch the database queue after the flush at 30 s, then set coalesce to true on the cache.',
    scenario: asScenario(cacheStampede),
  },
  'queue-absorbs-outage': {
    title: 'A queue absorbs an outage',
    hint: 'Compare the two users while the processors are down (20–50 s); watch the backlog drain.',
    scenario: asScenario(queueAbsorbsOutage),
  },
  'dns-failover': {
    title: 'DNS failover and TTL',
    hint: 'Region A dies at 60 s: set the DNS ttlMs from 300000 to 5000 and compare availability.',
    scenario: asScenario(dnsFailover),
  },
  'circuit-breaker': {
    title: 'Circuit breaker',
    hint: 'See p95 latency and web-1\'s queue, then remove circuitBreaker from web-1 and run again.',
    scenario: asScenario(circuitBreaker),
  },
} satisfies Record<string, Example>;

export type ExampleName = keyof typeof EXAMPLES;

/** Names in menu order (simplest first). */
export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as ExampleName[];

/** The example the app opens with. */
export const DEFAULT_EXAMPLE: ExampleName = 'redundancy';

export function isExampleName(name: string): name is ExampleName {
  return Object.prototype.hasOwnProperty.call(EXAMPLES, name);
}

/**
 * An example with a fresh copy of its scenario, so a caller that edits it
 * (the editor does) never changes the shared original.
 */
export function getExample(name: ExampleName): Example {
  const example: Example = EXAMPLES[name];
  return { ...example, scenario: structuredClone(example.scenario) };
}
