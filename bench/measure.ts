/**
 * Timing and statistics helpers shared by every benchmark section.
 *
 * Speed programs report the best of N runs: on a shared machine noise only ever adds time, so
 * the minimum is the most repeatable estimate of what the engine itself costs. Latency-style
 * measurements (VM start, run()) report the median and p99 over many samples instead, because
 * there the tail is part of what we want to know.
 */

export interface Summary {
  n: number;
  min: number;
  median: number;
  p99: number;
  max: number;
  mean: number;
}

/** The value at quantile `q` (0..1) of an ascending array, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    min: sorted[0] ?? NaN,
    median: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}

export function best(samples: readonly number[]): number {
  return samples.length ? Math.min(...samples) : NaN;
}

/** Geometric mean; NaN if any value is missing or not positive (a ratio that cannot be used). */
export function geomean(values: readonly number[]): number {
  if (values.length === 0 || values.some((v) => !(v > 0) || !Number.isFinite(v))) return NaN;
  return Math.exp(values.reduce((acc, v) => acc + Math.log(v), 0) / values.length);
}

/** a / b, or NaN when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !(a > 0) || !(b > 0)) return NaN;
  return a / b;
}

/**
 * Runs `fn` `warmup` times untimed (so V8 has tiered up the wasm and the JS around it), then
 * `iterations` times timed, awaiting each call inside the timed region; returns the samples in
 * milliseconds.
 */
export async function sampleAsync(iterations: number, warmup: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn();
    samples[i] = performance.now() - started;
  }
  return samples;
}
