// A small seeded PRNG (mulberry32): the whole soak run is a function of its seed, so a failure
// replays with SOAK_SEED=<seed>.
export type TRng = {
  seed: number;
  next: () => number;
  chance: (p: number) => boolean;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

export function createRng(seed: number): TRng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    seed,
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** SOAK_SEED when given (a replay), otherwise a fresh one that the run prints. */
export function soakSeed(): number {
  const given = process.env.SOAK_SEED;
  if (given) {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0)
      throw new Error(`SOAK_SEED must be a whole number, got ${given}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
