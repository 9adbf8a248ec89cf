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
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

export const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** An instant on a date at a local (UTC+8) hour. */
export const atLocal = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+08:00`);

/** Yuan with fen, from a log-uniform draw between min and max: a few large cases, many small ones. */
export const amount = (rnd: Random, min: number, max: number) => {
  const yuan = Math.exp(Math.log(min) + rnd.next() * (Math.log(max) - Math.log(min)));
  return (Math.round(yuan * 100) / 100).toFixed(2);
};
