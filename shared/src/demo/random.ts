import { createHash } from "node:crypto";

/** mulberry32: a tiny seeded PRNG, so the same seed always generates the same data set. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** One of `options` with probability proportional to its weight: `[[value, weight], …]`. */
    weighted: <T>(options: ReadonlyArray<readonly [T, number]>): T => {
      let roll = next() * options.reduce((s, [, w]) => s + w, 0);
      for (const [value, w] of options) if ((roll -= w) < 0) return value;
      return options[options.length - 1][0];
    },
    /** A standard normal draw (Box-Muller). */
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    /** `expected` events as a whole count: its integer part plus one more with the fractional part's probability. */
    count: (expected: number) => Math.floor(expected) + (next() < expected - Math.floor(expected) ? 1 : 0),
  };
}
export type Random = ReturnType<typeof seededRandom>;

/**
 * An independent stream per part of the generator (`stream(seed, "saic")`): changing how one agency's
 * data is drawn leaves every other agency's data as it was.
 */
export const stream = (seed: number, name: string) =>
  seededRandom(createHash("sha1").update(`${seed}\u0000${name}`).digest().readUInt32BE(0));

/**
 * Yuan with fen, log-normally distributed around `median` (σ in natural-log units), clamped to
 * [min, max]: many small cases, a long tail of large ones, as enforcement statistics look.
 */
export function amount(rnd: Random, median: number, sigma: number, min = 500, max = 50_000_000): string {
  const yuan = Math.min(max, Math.max(min, median * Math.exp(sigma * rnd.normal())));
  return (Math.round(yuan * 100) / 100).toFixed(2);
}

/** A share of an amount (e.g. illegal gains out of the business volume), in yuan with fen. */
export const share = (value: string, from: number, to: number, rnd: Random) =>
  (Math.round(Number(value) * (from + rnd.next() * (to - from)) * 100) / 100).toFixed(2);

/** Whole yuan, rounded down to a multiple of `step` (fines and damages are set in round figures). */
export const round = (yuan: number, step = 1000) => (Math.max(step, Math.floor(yuan / step) * step)).toFixed(2);
