// The transcendental functions that sampling needs, in one place. V8 computes
// them the same way in Node and in the browser (both use its fdlibm port); if
// engines ever disagree, exact own versions replace these and nothing else moves.
export const ln = Math.log;
export const exp = Math.exp;
export const sqrt = Math.sqrt;
export const cos = Math.cos;
