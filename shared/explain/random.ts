import { Xoshiro128 } from '../stats/prng.js';

/**
 * Seeded sampling for explanations and fairness (subsamples, shuffles, bootstrap draws), so every figure
 * is reproducible from the seed in the evaluation record. The generator is the suite's one PRNG
 * (shared/stats' xoshiro128**); this adds exact integer sampling, shuffles and subsamples on top.
 */
export class SeededRandom {
  private readonly generator: Xoshiro128;

  constructor(seed: number) {
    this.generator = new Xoshiro128(seed);
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    return this.generator.nextUint32();
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextFloat(): number {
    return this.generator.nextFloat();
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
