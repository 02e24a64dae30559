/**
 * Seeded PRNG for the bootstrap: xoshiro128** (Blackman & Vigna), state seeded through splitmix32 so that
 * nearby seeds give unrelated streams. Integer arithmetic only (Math.imul, >>>), so the stream is the same
 * on every platform and Node version: same seed, same resamples, same intervals.
 */

function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return { state: next, value: (z ^ (z >>> 16)) >>> 0 };
}

export class Xoshiro128 {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  /** `seed`: any safe integer (both 32-bit halves are used). */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    let state = (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x632be5ab);
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const step = splitmix32(state);
      state = step.state;
      words.push(step.value);
    }
    [this.s0, this.s1, this.s2, this.s3] = words as [number, number, number, number];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
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
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform integer in [0, n); bias below 2^-53 · n, far under any statistical resolution. */
  nextBelow(n: number): number {
    return Math.floor(this.nextFloat() * n);
  }

  /**
   * Adds 1 to `counts[nextBelow(counts.length)]`, `draws` times: the same stream as that many `nextBelow`
   * calls, with the state in locals (a comparison's bootstrap draws millions). Each draw is two steps of
   * `nextUint32`, written out twice below, combined as in `nextFloat`.
   */
  countDraws(counts: Float64Array, draws: number): void {
    const n = counts.length;
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < draws; i++) {
      const hi = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 5;
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      const lo = (Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0) >>> 6;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      const u = Math.floor(((hi * 67108864 + lo) / 9007199254740992) * n);
      counts[u] = (counts[u] as number) + 1;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** `out[i] = nextUint32() >>> shift` for every i in order, the state in locals. */
  fillShifted(out: Uint32Array, shift: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < out.length; i++) {
      out[i] = (Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0) >>> shift;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
