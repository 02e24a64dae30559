/**
 * Distinct-value count: exact up to EXACT_LIMIT values, then a HyperLogLog estimate (2^12 registers,
 * standard error about 1.6%). The profile says "estimate" for a reason.
 */
const EXACT_LIMIT = 4096;
const REGISTER_BITS = 12;
const REGISTERS = 1 << REGISTER_BITS;

export class DistinctCounter {
  private exact: Set<string> | undefined = new Set();
  private readonly registers = new Uint8Array(REGISTERS);

  add(value: string): void {
    this.addToSketch(value);
    if (!this.exact) return;
    this.exact.add(value);
    if (this.exact.size > EXACT_LIMIT) this.exact = undefined;
  }

  estimate(): number {
    if (this.exact) return this.exact.size;
    let sum = 0;
    let zeros = 0;
    for (const register of this.registers) {
      sum += 2 ** -register;
      if (register === 0) zeros += 1;
    }
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
    const raw = (alpha * REGISTERS * REGISTERS) / sum;
    // Linear counting is more accurate while many registers are still empty.
    const estimate = raw <= 2.5 * REGISTERS && zeros > 0 ? REGISTERS * Math.log(REGISTERS / zeros) : raw;
    return Math.round(estimate);
  }

  private addToSketch(value: string): void {
    const hash = hash32(value);
    const index = hash >>> (32 - REGISTER_BITS);
    const rest = (hash << REGISTER_BITS) | (1 << (REGISTER_BITS - 1));
    const rank = Math.clz32(rest) + 1;
    if (rank > (this.registers[index] ?? 0)) this.registers[index] = rank;
  }
}

/** FNV-1a over UTF-16 code units with a murmur3 finalizer for avalanche. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
