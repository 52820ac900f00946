// A tiny arithmetic language for predictions, so that a lesson's formula is
// evaluated for the learner's own design (their interval, their number of
// servers), not only for the reference solution. Numbers, variables,
// + − * / ^, parentheses and a few functions; nothing else, so a lesson
// file from a link can compute but never act. Parsed once into a tree.

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'var'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/' | '^'; left: Expr; right: Expr }
  | { kind: 'call'; fn: string; args: Expr[] };

type Fn = { arity: number; apply: (...xs: number[]) => number };

/** C(n, k) as a float; exact for the small n lessons use. */
function binom(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Probability that at least k of n independent parts, each up with probability a, are up. */
function kofn(k: number, n: number, a: number): number {
  let sum = 0;
  for (let i = Math.max(0, Math.ceil(k)); i <= n; i++) sum += binom(n, i) * a ** i * (1 - a) ** (n - i);
  return sum;
}

/**
 * Expected share of the load served when each of n parts is up with
 * probability a and the load needs `need` parts' worth of capacity: with i
 * up, a share min(1, i/need) is served. k of n counts every state below k as
 * a total outage; this counts what the survivors still carry.
 */
function servedShare(n: number, a: number, need: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += binom(n, i) * a ** i * (1 - a) ** (n - i) * Math.min(1, i / need);
  return sum;
}

export const FUNCTIONS: Record<string, Fn> = {
  min: { arity: 2, apply: Math.min },
  max: { arity: 2, apply: Math.max },
  sqrt: { arity: 1, apply: Math.sqrt },
  exp: { arity: 1, apply: Math.exp },
  ln: { arity: 1, apply: Math.log },
  abs: { arity: 1, apply: Math.abs },
  floor: { arity: 1, apply: Math.floor },
  ceil: { arity: 1, apply: Math.ceil },
  round: { arity: 1, apply: Math.round },
  binom: { arity: 2, apply: binom },
  kofn: { arity: 3, apply: kofn },
  servedShare: { arity: 3, apply: servedShare },
};

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|([A-Za-z][A-Za-z0-9_]*)|(\S))/y;

export function parseExpression(text: string): ParseResult {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push(m[1] ?? m[2] ?? m[3]);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (why: string): never => {
    throw new SyntaxError(why);
  };
  const expect = (t: string) => (tokens[at] === t ? at++ : fail(`expected "${t}" ${tokens[at] === undefined ? 'at the end' : `before "${tokens[at]}"`}`));

  const expr = (): Expr => {
    let left = term();
    while (peek() === '+' || peek() === '-') left = { kind: 'bin', op: tokens[at++] as '+' | '-', left, right: term() };
    return left;
  };
  const term = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') left = { kind: 'bin', op: tokens[at++] as '*' | '/', left, right: unary() };
    return left;
  };
  const unary = (): Expr => (peek() === '-' ? (at++, { kind: 'neg', arg: unary() }) : power());
  const power = (): Expr => {
    const base = primary();
    return peek() === '^' ? (at++, { kind: 'bin', op: '^', left: base, right: unary() }) : base;
  };
  const primary = (): Expr => {
    const t = tokens[at++];
    if (t === undefined) return fail('ends too early');
    if (t === '(') {
      const inner = expr();
      expect(')');
      return inner;
    }
    if (/^[\d.]/.test(t)) return { kind: 'num', value: Number(t) };
    if (!/^[A-Za-z]/.test(t)) return fail(`unexpected "${t}"`);
    if (peek() !== '(') return { kind: 'var', name: t };
    const fn = FUNCTIONS[t] ?? fail(`unknown function "${t}" (known: ${Object.keys(FUNCTIONS).join(', ')})`);
    at++;
    const args: Expr[] = [];
    if (peek() !== ')') {
      args.push(expr());
      while (peek() === ',') {
        at++;
        args.push(expr());
      }
    }
    expect(')');
    if (args.length !== fn.arity) fail(`${t}() takes ${fn.arity} argument${fn.arity === 1 ? '' : 's'}, got ${args.length}`);
    return { kind: 'call', fn: t, args };
  };

  try {
    if (tokens.length === 0) return { ok: false, error: 'is empty' };
    const tree = expr();
    if (at < tokens.length) fail(`unexpected "${tokens[at]}"`);
    return { ok: true, expr: tree };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/** Every variable the expression reads. */
export function variablesOf(e: Expr, out: Set<string> = new Set()): Set<string> {
  if (e.kind === 'var') out.add(e.name);
  else if (e.kind === 'neg') variablesOf(e.arg, out);
  else if (e.kind === 'bin') {
    variablesOf(e.left, out);
    variablesOf(e.right, out);
  }
  else if (e.kind === 'call') for (const a of e.args) variablesOf(a, out);
  return out;
}

/** Evaluates with the given variables; NaN when one is missing. */
export function evaluate(e: Expr, vars: ReadonlyMap<string, number>): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return vars.get(e.name) ?? Number.NaN;
    case 'neg':
      return -evaluate(e.arg, vars);
    case 'call':
      return FUNCTIONS[e.fn].apply(...e.args.map((a) => evaluate(a, vars)));
    case 'bin': {
      const a = evaluate(e.left, vars), b = evaluate(e.right, vars);
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      if (e.op === '/') return a / b;
      return a ** b;
    }
  }
}
