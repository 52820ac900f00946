// The version of the engine's behaviour. Bump it whenever the same scenario and
// seed would give a different trace (new random streams, changed semantics):
// share links carry it, so a link made by another engine says its numbers may differ.
export const ENGINE_VERSION = 1;
