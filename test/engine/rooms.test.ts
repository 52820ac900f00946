// The engine's rooms (kernel, net, monitor, service, data, nodes, faults, and
// each file at the engine's top) import each other only through doors and
// never in a circle; and no room but nodes/ asks which kind a node is.
// Type-only imports are left out: they vanish at run time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/engine';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Value imports and re-exports of a file, as paths relative to src/engine (engine files only). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms)) {
    const target = relative(ROOT, resolve(dirname(file), m[1]));
    if (!target.startsWith('..')) out.push(target);
  }
  return out;
}

/** A sub-folder is one room; a file at the top is a room of its own. */
const roomOf = (path: string): string => (path.includes('/') ? path.split('/')[0] : path);

const files = sourceFiles(ROOT).map((f) => relative(ROOT, f));
const edges = new Map<string, Set<string>>();
for (const f of files) {
  for (const target of valueImports(join(ROOT, f))) {
    const from = roomOf(f), to = roomOf(target);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
}

/** A cycle of rooms as a path (first = last), or null. */
function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (room: string): string[] | null => {
    state.set(room, 'open');
    stack.push(room);
    for (const next of edges.get(room) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(room, 'done');
    return null;
  };
  for (const room of [...edges.keys()].sort()) {
    if (state.has(room)) continue;
    const found = visit(room);
    if (found) return found;
  }
  return null;
}

describe('engine rooms', () => {
  it('import each other in no circle', () => {
    expect(edges.size).toBeGreaterThan(5);
    expect(findCycle()?.join(' → ') ?? 'no cycle').toBe('no cycle');
  });

  it('come into a sub-room only through its door', () => {
    const bad = files.flatMap((f) => valueImports(join(ROOT, f))
      .filter((t) => t.includes('/') && roomOf(t) !== roomOf(f) && !t.endsWith('/index.ts'))
      .map((t) => `${f} imports ${t}`));
    expect(bad).toEqual([]);
  });

  it('leave asking which kind a node is to nodes/', () => {
    const kindTest = /'(client|loadBalancer|server|database)'|NodeKind|\bkind\s*>=/;
    const bad = files.filter((f) => !f.startsWith('nodes/') && kindTest.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});
