// Milliseconds as a person says them, for hints beside large ms values
// ("3600000 ms" is right but "= 1 h" is what a reader needs).
export function humanMs(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  for (const [size, name] of units) {
    if (ms >= size) return `${Number((ms / size).toPrecision(3))} ${name}`;
  }
  return `${ms} ms`;
}
