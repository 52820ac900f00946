// Misses in flight per key, for request coalescing: key → the job whose
// backend call the others wait for. Open addressing with linear probing and
// backward-shift deletion over typed arrays, doubling as it fills.

export interface InflightMap {
  keys: Int32Array;
  /** Job id per position, −1 when empty. */
  jobs: Int32Array;
  bits: number;
  size: number;
}

export function createInflightMap(): InflightMap {
  return { keys: new Int32Array(16), jobs: new Int32Array(16).fill(-1), bits: 4, size: 0 };
}

const home = (m: InflightMap, key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - m.bits);

/** The job fetching `key`, or −1. */
export function inflightGet(m: InflightMap, key: number): number {
  const mask = m.jobs.length - 1;
  for (let i = home(m, key); m.jobs[i] >= 0; i = (i + 1) & mask) if (m.keys[i] === key) return m.jobs[i];
  return -1;
}

export function inflightSet(m: InflightMap, key: number, job: number): void {
  if ((m.size + 1) * 2 > m.jobs.length) rehash(m, m.jobs.length * 2);
  const mask = m.jobs.length - 1;
  let i = home(m, key);
  while (m.jobs[i] >= 0 && m.keys[i] !== key) i = (i + 1) & mask;
  if (m.jobs[i] < 0) m.size++;
  m.keys[i] = key;
  m.jobs[i] = job;
}

export function inflightDelete(m: InflightMap, key: number): void {
  const mask = m.jobs.length - 1;
  let at = home(m, key);
  while (m.jobs[at] >= 0 && m.keys[at] !== key) at = (at + 1) & mask;
  if (m.jobs[at] < 0) return;
  m.size--;
  let hole = at;
  for (let i = (at + 1) & mask; m.jobs[i] >= 0; i = (i + 1) & mask) {
    const h = home(m, m.keys[i]);
    const inRange = hole <= i ? h > hole && h <= i : h > hole || h <= i;
    if (!inRange) {
      m.keys[hole] = m.keys[i];
      m.jobs[hole] = m.jobs[i];
      hole = i;
    }
  }
  m.jobs[hole] = -1;
}

export function inflightClear(m: InflightMap): void {
  m.jobs.fill(-1);
  m.size = 0;
}

function rehash(m: InflightMap, size: number): void {
  const { keys, jobs } = m;
  m.keys = new Int32Array(size);
  m.jobs = new Int32Array(size).fill(-1);
  m.bits = Math.log2(size);
  m.size = 0;
  for (let i = 0; i < jobs.length; i++) if (jobs[i] >= 0) inflightSet(m, keys[i], jobs[i]);
}
