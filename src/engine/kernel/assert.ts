// Invariants of the engine, stated where they must hold. A failed one is a
// bug in the engine, never bad input: the run stops at once with what broke,
// instead of going on to a wrong number. The happy path costs one branch:
// messages are constant strings; anything built from values is built only
// after the check has failed (`if (bad) fail(\`…\`)`).

export class InvariantError extends Error {
  constructor(message: string) {
    super(`engine invariant broken: ${message}`);
    this.name = 'InvariantError';
  }
}

/** Throws when `ok` is false; `what` says what must hold, as a constant string. */
export function assert(ok: boolean, what: string): void {
  if (!ok) throw new InvariantError(what);
}

/** Throws; for checks whose message needs values (build it only on failure). */
export function fail(what: string): never {
  throw new InvariantError(what);
}
