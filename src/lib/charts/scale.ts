/** A linear map from a data domain to a pixel range; a flat domain maps everything to the range's start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** 1, 2 or 5 times a power of ten: the steps a reader counts in without effort. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Round-number ticks covering [min, max] with about `count` intervals; the first and last tick bound the axis. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    // One value: an axis around it, from zero when it is positive.
    if (min === 0) return [0, 1];
    max = min > 0 ? min : 0;
    min = min > 0 ? 0 : min;
  }
  const step = niceStep((max - min) / count);
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let i = 0; first + i * step <= last + step * 1e-9; i++) ticks.push(Number((first + i * step).toFixed(digits)));
  return ticks;
}

/** A step between labelled years that keeps at most `maxLabels` labels on an axis of `years` years. */
export function yearStep(years: number, maxLabels: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50]) if (Math.ceil(years / step) <= maxLabels) return step;
  return 100;
}
