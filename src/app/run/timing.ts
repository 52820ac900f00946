// When a fault injected live starts and ends. Faults land on whole
// milliseconds just after the shown time: the engine takes a fault only in
// its future, and a whole number keeps the recorded scenario tidy.

/** Start of a fault injected while `displayMs` is shown. */
export function faultStartMs(displayMs: number): number {
  return Math.floor(displayMs) + 1;
}

/** End of a fault healed while `displayMs` is shown: after the shown time and after its start. */
export function faultEndMs(displayMs: number, startMs: number): number {
  return Math.max(Math.floor(displayMs) + 1, Math.floor(startMs) + 1);
}

/** An error, in words for the page. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'The simulation stopped with an unknown error.';
}
