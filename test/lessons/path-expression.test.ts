// Dot paths into reports and scenarios, and the prediction language: the two
// small readers the check's verdicts rest on.
import { describe, expect, it } from 'vitest';
import { evaluate, parseExpression, variablesOf } from '../../src/lessons/expression.ts';
import { resolveNumber, splitPath } from '../../src/lessons/path.ts';

const report = {
  availability: 0.99,
  latencyMs: { p99: 120 },
  nodes: { 'web-1': { served: 10 }, __proto__: { served: 3 } },
  alerts: [
    { id: 'page', firedAtMs: 5000, resolvedAtMs: 9000 },
    { id: 'page', firedAtMs: 20000 },
  ],
  faults: [{ index: 0, timeToDetectMs: 1500 }],
  slo: { met: true },
};
const known = { knownIds: new Map([['alerts', new Set(['page', 'ticket'])]]) };

describe('paths', () => {
  it('splits dots and brackets alike', () => {
    expect(splitPath('faults[0].timeToDetectMs')).toEqual(['faults', '0', 'timeToDetectMs']);
    expect(splitPath('nodes.web-1.served')).toEqual(['nodes', 'web-1', 'served']);
  });

  it.each([
    ['availability', 0.99],
    ['latencyMs.p99', 120],
    ['nodes.web-1.served', 10],
    ['alerts.page.firedAtMs', 5000],
    ['alerts.page.count', 2],
    ['alerts.page.1.firedAtMs', 20000],
    ['alerts.page.0.resolvedAtMs', 9000],
    ['alerts.ticket.count', 0],
    ['alerts[1].firedAtMs', 20000],
    ['faults.0.timeToDetectMs', 1500],
    ['slo.met', 1],
  ])('%s reads %s', (path, value) => {
    expect(resolveNumber(report, path, known)).toEqual({ ok: true, value });
  });

  it.each([
    ['nodes.web-9.served', '"nodes.web-9.served" does not exist: no "web-9" in nodes'],
    ['alerts.ghost.count', '"alerts.ghost.count" does not exist: no "ghost" in alerts'],
    ['alerts.ticket.firedAtMs', '"alerts.ticket.firedAtMs" does not exist: "ticket" has no entry in alerts (it never happened)'],
    ['alerts.page.2.firedAtMs', '"alerts.page.2.firedAtMs" does not exist: "page" has 2 entries in alerts'],
    ['alerts.page.1.resolvedAtMs', '"alerts.page.1.resolvedAtMs" does not exist: no "resolvedAtMs" in alerts.page.1'],
    ['faults[3].timeToDetectMs', '"faults[3].timeToDetectMs" does not exist: faults has 1 item'],
    ['latencyMs', '"latencyMs" is not a number (it is a section)'],
    ['availability.x', '"availability.x" does not exist: availability is not a section'],
    ['nodes.constructor.served', '"nodes.constructor.served" does not exist: no "constructor" in nodes'],
  ])('%s fails naming it', (path, error) => {
    expect(resolveNumber(report, path, known)).toEqual({ ok: false, error });
  });
});

describe('expressions', () => {
  const run = (text: string, vars: Record<string, number> = {}) => {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return evaluate(parsed.expr, new Map(Object.entries(vars)));
  };

  it('follows the usual precedence', () => {
    expect(run('1 + 2 * 3 ^ 2')).toBe(19);
    expect(run('-2 ^ 2')).toBe(-4);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('2 ^ 3 ^ 2')).toBe(512);
    expect(run('1e3 / 4')).toBe(250);
  });

  it('reads variables and functions', () => {
    expect(run('rate / n * ((k - 0.5) * interval + timeout) / 1000', { rate: 400, n: 4, k: 2, interval: 1000, timeout: 500 })).toBe(200);
    expect(run('mtbf / (mtbf + mttr)', { mtbf: 600, mttr: 6 })).toBeCloseTo(0.990099, 6);
    expect(run('min(3, max(1, 2))')).toBe(2);
  });

  it('k of n: three needed of four at 0.99 each is 0.99941…, of three 0.9703', () => {
    expect(run('kofn(3, 4, 0.99)')).toBeCloseTo(0.999408, 6);
    expect(run('kofn(3, 3, 0.99)')).toBeCloseTo(0.970299, 6);
    expect(run('1 - (1 - 0.99) ^ 4')).toBeCloseTo(0.99999999, 8);
    expect(run('binom(5, 2)')).toBe(10);
    // Two of three up carry 2/2.4 of a load that needs 2.4 servers.
    expect(run('servedShare(3, 0.99, 2.4)')).toBeCloseTo(0.970299 + 3 * 0.99 ** 2 * 0.01 * (2 / 2.4) + 3 * 0.99 * 0.01 ** 2 * (1 / 2.4), 9);
  });

  it('a missing variable gives NaN, never a number', () => {
    expect(run('x + 1')).toBeNaN();
  });

  it('lists its variables', () => {
    const parsed = parseExpression('a * f(b)'.replace('f', 'sqrt'));
    expect(parsed.ok && [...variablesOf(parsed.expr)]).toEqual(['a', 'b']);
  });

  it.each([
    ['', 'is empty'],
    ['1 +', 'ends too early'],
    ['(1 + 2', 'expected ")" at the end'],
    ['1 2', 'unexpected "2"'],
    ['foo(1)', 'unknown function "foo" (known: min, max, sqrt, exp, ln, abs, floor, ceil, round, binom, kofn, servedShare)'],
    ['sqrt(1, 2)', 'sqrt() takes 1 argument, got 2'],
    ['a; b', 'unexpected ";"'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseExpression(text)).toEqual({ ok: false, error });
  });
});
