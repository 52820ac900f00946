// Bounds on everything a scenario may ask for. Scenarios arrive from share
// links and imported files, which are hostile until validated: without these
// caps a 2 KB link could ask the engine for ten million nodes or a year of
// simulated traffic and freeze the tab. Each limit is generous for teaching
// and small enough that the worst valid scenario still runs.

/** Ids of nodes, clusters, alerts and zone names: 1–64 of `A-Z a-z 0-9 _ -`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_ID_LENGTH = 64;
/**
 * Link ids default to `from->to`, so they may also hold `>` and be as long as
 * two node ids and the arrow.
 */
export const LINK_ID_PATTERN = /^[A-Za-z0-9_>-]{1,130}$/;
export const MAX_LINK_ID_LENGTH = 130;

export const MAX_NAME_LENGTH = 120;
export const MAX_LABEL_LENGTH = 80;
export const MAX_DESCRIPTION_LENGTH = 10_000;

export const MAX_NODES = 500;
export const MAX_LINKS = 2000;
export const MAX_CLUSTERS = 50;
export const MAX_CLUSTER_MEMBERS = 15;
export const MAX_FAULTS = 1000;
export const MAX_ALERTS = 100;
/** Groups in one partition fault, and nodes in one group, are bounded by MAX_NODES. */
export const MAX_PARTITION_GROUPS = 16;

/**
 * The longest run: 10 simulated years (365-day years). Runs are bounded by
 * their work (MAX_EXPECTED_WORK), not by their length, so a year of rare
 * failures at one request per second is a valid scenario.
 */
export const MAX_DURATION_MS = 315_360_000_000;
/**
 * 24 simulated hours: the cap for every other time field (timeouts, backoffs,
 * latencies, intervals, alert windows), except the positions of faults on the
 * run's timeline, which go as far as the run does.
 */
export const MAX_TIME_FIELD_MS = 86_400_000;
/** Random failures may be rare (years between them), so MTBF/MTTR get a longer cap. */
export const MAX_FAILURE_TIME_MS = 1e12;
/**
 * Times are kept in whole microseconds. A time that must be more than zero
 * (a timeout, a mean, a window) must still be more than zero once rounded, or
 * the engine would see 0 where 0 has no meaning.
 */
export const MIN_POSITIVE_TIME_MS = 0.001;
/** Health-check intervals and a cluster's failure detection: at least this often is not an HA design, it is a busy loop. */
export const MIN_PROBE_INTERVAL_MS = 100;
/**
 * The expected work of one run: client requests (Σ rate × duration, surge
 * faults at their factor for their duration; retries not counted) plus
 * periodic probes (health checks, heartbeats, scrapes). The worst valid
 * scenario then finishes in minutes in the CLI and in the browser.
 */
export const MAX_EXPECTED_WORK = 200_000_000;

export const MAX_CLIENT_RATE_PER_SEC = 100_000;
/** Sum of every client's rate, and of one surged client's rate. */
export const MAX_TOTAL_RATE_PER_SEC = 100_000;
export const MAX_KEYS = 1_000_000;
export const MAX_RETRIES = 10;
export const MAX_WORKERS = 10_000;
export const MAX_QUEUE_LIMIT = 1_000_000;
export const MAX_LINK_WEIGHT = 1000;
export const MAX_HEALTH_THRESHOLD = 100;
export const MAX_SLOW_FACTOR = 1000;
export const MAX_SURGE_FACTOR = 100;
/** Canvas coordinates; far beyond any screen, small enough to stay exact. */
export const MAX_COORDINATE = 1_000_000;

/** The seed is an unsigned 32-bit integer. */
export const MAX_SEED = 0xffff_ffff;

/**
 * Metrics are sampled at most this often, and at most MAX_SCRAPE_SAMPLES times
 * per run: scrapes are at least max(MIN_SCRAPE_INTERVAL_MS, durationMs ÷
 * MAX_SCRAPE_SAMPLES) apart (effectiveScrapeIntervalMs in work.ts).
 */
export const MIN_SCRAPE_INTERVAL_MS = 100;
export const MAX_SCRAPE_SAMPLES = 100_000;

/** Largest scenario JSON accepted from a file or a decompressed link (characters). */
export const MAX_SCENARIO_JSON_CHARS = 2 * 1024 * 1024;
/** Deepest nesting of arrays/objects accepted in scenario JSON (meta included). */
export const MAX_JSON_DEPTH = 64;
/** Longest share-link fragment decoded (characters after `#`). */
export const MAX_FRAGMENT_LENGTH = 64 * 1024;
/** Most validation errors reported at once; the rest are counted ("… and 31 more"). */
export const MAX_REPORTED_ERRORS = 20;
/** Longest error line shown; longer ones are cut with an ellipsis. */
export const MAX_ERROR_MESSAGE_CHARS = 200;
/**
 * Longest array anywhere in scenario JSON (meta included) and most values in
 * the whole document. The largest real list is MAX_LINKS; these caps let a
 * hostile file be refused before anything walks a million elements.
 */
export const MAX_JSON_ARRAY_LENGTH = 10_000;
export const MAX_JSON_VALUES = 250_000;
