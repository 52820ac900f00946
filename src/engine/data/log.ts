// The replicated write log as segments: [(epoch, count), …]. A member's log is
// always a prefix of some primary's log, so the writes of one epoch it holds
// are that epoch's first `count` writes. Appending and following a primary
// touch only the last segment: no allocation per write.
import type { MemberRt } from './cluster-state.ts';

export function append(m: MemberRt): void {
  const last = m.segEpoch.length - 1;
  if (last >= 0 && m.segEpoch[last] === m.epoch) m.segCount[last]++;
  else {
    m.segEpoch.push(m.epoch);
    m.segCount.push(1);
  }
  m.len++;
}

/** Length of the longest common prefix of two logs. */
export function commonPrefix(a: MemberRt, b: MemberRt): number {
  let n = 0;
  const k = Math.min(a.segEpoch.length, b.segEpoch.length);
  for (let i = 0; i < k; i++) {
    if (a.segEpoch[i] !== b.segEpoch[i]) break;
    n += Math.min(a.segCount[i], b.segCount[i]);
    if (a.segCount[i] !== b.segCount[i]) break;
  }
  return n;
}

/** Cuts a log to its first `len` writes (a follower drops what its new primary lacks). */
export function truncate(m: MemberRt, len: number): void {
  let seen = 0;
  for (let i = 0; i < m.segEpoch.length; i++) {
    if (seen + m.segCount[i] >= len) {
      m.segCount[i] = len - seen;
      const keep = m.segCount[i] > 0 ? i + 1 : i;
      m.segEpoch.length = keep;
      m.segCount.length = keep;
      m.len = len;
      return;
    }
    seen += m.segCount[i];
  }
}

/** Copies the primary's writes from the follower's end up to `upTo`. */
export function copyFrom(m: MemberRt, primary: MemberRt, upTo: number): void {
  const to = Math.min(upTo, primary.len);
  let seen = 0;
  for (let i = 0; i < primary.segEpoch.length && m.len < to; i++) {
    const end = seen + primary.segCount[i];
    if (end > m.len) {
      const take = Math.min(end, to) - m.len;
      const last = m.segEpoch.length - 1;
      if (last >= 0 && m.segEpoch[last] === primary.segEpoch[i]) m.segCount[last] += take;
      else {
        m.segEpoch.push(primary.segEpoch[i]);
        m.segCount.push(take);
      }
      m.len += take;
    }
    seen = end;
  }
}

/** How many writes of `epoch` the log holds. */
export function contained(m: MemberRt, epoch: number): number {
  let n = 0;
  for (let i = 0; i < m.segEpoch.length; i++) if (m.segEpoch[i] === epoch) n += m.segCount[i];
  return n;
}

/** Epoch of the log's last write (-1 when empty): with the length, how up to date it is. */
export function lastEpoch(m: MemberRt): number {
  return m.segEpoch.length ? m.segEpoch[m.segEpoch.length - 1] : -1;
}
