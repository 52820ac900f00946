// How simulated time maps to what the eye can follow, in wall milliseconds.
// The traffic layer scales these by the playback speed.

/** Timeouts and losses stay visible this long after they happen. */
export const LINGER_WALL_MS = 600;
/** A hop shorter than this is drawn over this much wall time, so it can be seen at all. */
export const MIN_FLIGHT_WALL_MS = 250;
