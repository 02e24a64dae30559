/**
 * A small seeded PRNG (xoshiro128**, seeded through splitmix32) so every subsample, permutation and
 * bootstrap resample is reproducible from the seed recorded in the evaluation record, on any platform.
 * Math.random cannot be seeded; this is 10 lines and fast enough for millions of draws.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      // splitmix32: spreads a small integer seed over the 128-bit state.
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** Uniform integer in [0, n), n ≤ 2^32, without bias. */
  nextInt(n: number): number {
    if (n <= 1) return 0;
    if (n <= 2097152) {
      // Lemire's multiply-and-reject: x·n < 2^53 stays exact, and the modulo is almost never needed.
      let product = this.nextUint32() * n;
      let low = product % 4294967296;
      if (low < n) {
        const threshold = (4294967296 - n) % n;
        while (low < threshold) {
          product = this.nextUint32() * n;
          low = product % 4294967296;
        }
      }
      return Math.floor(product / 4294967296);
    }
    const limit = 4294967296 - (4294967296 % n);
    let value = this.nextUint32();
    while (value >= limit) value = this.nextUint32();
    return value % n;
  }

  /** Fisher–Yates shuffle in place. */
  shuffle(values: Uint32Array): Uint32Array {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = values[i]!;
      values[i] = values[j]!;
      values[j] = tmp;
    }
    return values;
  }

  /** A uniformly random permutation of 0..n-1. */
  permutation(n: number): Uint32Array {
    const values = new Uint32Array(n);
    for (let i = 0; i < n; i++) values[i] = i;
    return this.shuffle(values);
  }

  /** `k` distinct indices of 0..n-1, sorted ascending (rows keep their file order). */
  sampleWithoutReplacement(n: number, k: number): Uint32Array {
    if (k >= n) return this.permutation(n).sort();
    // Partial Fisher–Yates over a sparse map: O(k) memory and time, fine for k ≪ n = millions.
    const swapped = new Map<number, number>();
    const out = new Uint32Array(k);
    for (let i = 0; i < k; i++) {
      const j = i + this.nextInt(n - i);
      const atJ = swapped.get(j) ?? j;
      out[i] = atJ;
      swapped.set(j, swapped.get(i) ?? i);
    }
    return out.sort();
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
