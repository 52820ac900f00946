// The version of the engine's behaviour. Bump it whenever the same scenario and
// seed would give a different trace (new random streams, changed semantics):
// share links carry it, so a link made by another engine says its numbers may differ.
//   1 — one PRNG stream for the whole run.
//   2 — common random numbers: streams per node and purpose, and per link,
//       derived from the seed and their ids (engine/kernel/streams.ts).
export const ENGINE_VERSION = 2;
