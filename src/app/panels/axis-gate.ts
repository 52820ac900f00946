// When a d3 axis needs redrawing. d3's axis rebuilds every tick (a join, a
// transform and a text per tick) each time it is called; the dock's charts are
// updated on every commit, about 60 a second while playing, although their axes
// change only when a domain widens or the chart is resized. The key names what
// an axis shows: its scale's domain and range, its tick labels, and whatever
// else the caller draws with it (tick length, position).

interface AxisScale {
  domain(): number[];
  range(): number[];
}

/** What the axis shows: equal keys draw the same axis. */
export function axisKey(scale: AxisScale, ticks: readonly number[], format: (value: number) => string, extra = ''): string {
  return `${scale.domain().join(',')}|${scale.range().join(',')}|${ticks.map((t) => format(t)).join('\u0001')}|${ticks.join(',')}|${extra}`;
}

/** A gate for one axis: `needed(key)` is true the first time and whenever the key differs from the last one drawn. */
export function axisGate(): { needed(key: string): boolean } {
  let last: string | null = null;
  return {
    needed(key) {
      if (key === last) return false;
      last = key;
      return true;
    },
  };
}
