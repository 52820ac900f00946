// The least a simulator can do for M/M/c — the yardstick `npm run bench`
// holds Nines against: one PRNG (sfc32), a binary min-heap of events in typed
// arrays, arrivals and departures, a FIFO ring of waiting requests. No
// network, no timeouts, no accounting beyond a sojourn sum: the same model
// as the M/M/10 bench case (800 req/s, 10 servers, exponential 10 ms), in
// whole µs like Nines, so its requests per wall second bound what any
// general engine can reach on this machine.

const ARRIVAL = 0;
const DEPARTURE = 1;

export interface BareResult {
  requests: number;
  events: number;
  meanSojournMs: number;
}

export function bareMmc(durationMs: number, ratePerSec = 800, servers = 10, meanServiceMs = 10, seed = 1): BareResult {
  // sfc32, seeded as Nines seeds a stream (splitmix32), warmed up 12 steps.
  let a = 0, b = 0, c = 0, d = 0;
  let x = seed >>> 0;
  const words = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0;
    let z = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    words[i] = (z ^ (z >>> 16)) >>> 0;
  }
  [a, b, c, d] = words;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) * 2.3283064365386963e-10;
  };
  for (let i = 0; i < 12; i++) next();
  const exponentialUs = (meanUs: number): number => Math.max(1, Math.round(-meanUs * Math.log(1 - next())));

  // Heap of (time µs, kind, start µs of the request it concerns).
  let cap = 64;
  let hTime = new Float64Array(cap), hKind = new Uint8Array(cap), hStart = new Float64Array(cap);
  let size = 0;
  const push = (t: number, kind: number, start: number): void => {
    if (size === cap) {
      cap *= 2;
      const nt = new Float64Array(cap), nk = new Uint8Array(cap), ns = new Float64Array(cap);
      nt.set(hTime); nk.set(hKind); ns.set(hStart);
      hTime = nt; hKind = nk; hStart = ns;
    }
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hTime[p] <= t) break;
      hTime[i] = hTime[p]; hKind[i] = hKind[p]; hStart[i] = hStart[p];
      i = p;
    }
    hTime[i] = t; hKind[i] = kind; hStart[i] = start;
  };
  let popTime = 0, popKind = 0, popStart = 0;
  const pop = (): void => {
    popTime = hTime[0]; popKind = hKind[0]; popStart = hStart[0];
    const n = --size;
    const t = hTime[n], k = hKind[n], s = hStart[n];
    let i = 0;
    for (;;) {
      let ch = 2 * i + 1;
      if (ch >= n) break;
      if (ch + 1 < n && hTime[ch + 1] < hTime[ch]) ch++;
      if (hTime[ch] >= t) break;
      hTime[i] = hTime[ch]; hKind[i] = hKind[ch]; hStart[i] = hStart[ch];
      i = ch;
    }
    hTime[i] = t; hKind[i] = k; hStart[i] = s;
  };

  // FIFO of waiting requests' start times.
  let qCap = 1024, qHead = 0, qLen = 0;
  let queue = new Float64Array(qCap);
  const durationUs = durationMs * 1000;
  const meanArrivalUs = 1e6 / ratePerSec, meanServiceUs = meanServiceMs * 1000;
  let busy = 0, requests = 0, events = 0, sojournSumUs = 0, done = 0;
  push(exponentialUs(meanArrivalUs), ARRIVAL, 0);
  // pop() and push() change size; the rule cannot see into the closures.
  // oxlint-disable-next-line no-unmodified-loop-condition
  while (size > 0) {
    pop();
    events++;
    const now = popTime;
    if (popKind === ARRIVAL) {
      const nextUs = now + exponentialUs(meanArrivalUs);
      if (nextUs < durationUs) push(nextUs, ARRIVAL, 0);
      requests++;
      if (busy < servers) {
        busy++;
        push(now + exponentialUs(meanServiceUs), DEPARTURE, now);
      } else {
        if (qLen === qCap) {
          const grown = new Float64Array(qCap * 2);
          for (let i = 0; i < qLen; i++) grown[i] = queue[(qHead + i) % qCap];
          queue = grown; qHead = 0; qCap *= 2;
        }
        queue[(qHead + qLen++) % qCap] = now;
      }
    } else {
      sojournSumUs += now - popStart;
      done++;
      if (qLen > 0) {
        const start = queue[qHead];
        qHead = (qHead + 1) % qCap;
        qLen--;
        push(now + exponentialUs(meanServiceUs), DEPARTURE, start);
      } else busy--;
    }
  }
  return { requests, events, meanSojournMs: sojournSumUs / done / 1000 };
}
