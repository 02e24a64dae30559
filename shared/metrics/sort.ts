/**
 * Index sort of float64 keys without comparator callbacks: a least-significant-digit radix sort over the
 * IEEE-754 bit patterns (16-bit digits, 4 passes, passes skipped when every key shares the digit).
 * `Array.prototype.sort` with a comparator costs a closure call per comparison, several seconds on the
 * 3-million-row bench; this is linear and stable (ties keep row order, which keeps results reproducible).
 */

const SMALL = 256;
const RADIX = 1 << 16;

/** Row indices ordering `values` ascending. NaN must not occur (callers validate first). */
export function argsortFloat64(values: Float64Array): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < SMALL) {
    // Tiny inputs: the 65,536-bucket histograms would dominate; a comparator sort is cheaper here.
    const arr = Array.from(order);
    arr.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    order.set(arr);
    return order;
  }
  const { hi, lo } = sortableKeys(values);
  return radixPasses(order, hi, lo);
}

/**
 * Maps each double to two unsigned words whose lexicographic order is the numeric order: flip every bit
 * of negatives, only the sign bit of positives. `-0` is folded into `+0` so the two compare equal.
 */
function sortableKeys(values: Float64Array): { hi: Uint32Array; lo: Uint32Array } {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) copy[i] = (values[i] as number) + 0;
  // Little-endian words (x64 and arm64, every platform GitHub runners use): [lo, hi] per double.
  const words = new Uint32Array(copy.buffer);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1] as number;
    const l = words[2 * i] as number;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  return { hi, lo };
}

function radixPasses(order: Uint32Array, hi: Uint32Array, lo: Uint32Array): Uint32Array {
  const n = order.length;
  let idx: Uint32Array = order;
  let hiKeys: Uint32Array = hi;
  let loKeys: Uint32Array = lo;
  let idxTmp: Uint32Array = new Uint32Array(n);
  let hiTmp: Uint32Array = new Uint32Array(n);
  let loTmp: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const useLo = pass < 2;
    const digitKeys = useLo ? loKeys : hiKeys;
    const shift = pass % 2 === 0 ? 0 : 16;
    if (!histogram(digitKeys, shift, counts)) continue;
    for (let i = 0; i < n; i++) {
      const d = ((digitKeys[i] as number) >>> shift) & 0xffff;
      const at = counts[d] as number;
      counts[d] = at + 1;
      idxTmp[at] = idx[i] as number;
      hiTmp[at] = hiKeys[i] as number;
      if (useLo) loTmp[at] = loKeys[i] as number;
    }
    [idx, idxTmp] = [idxTmp, idx];
    [hiKeys, hiTmp] = [hiTmp, hiKeys];
    if (useLo) [loKeys, loTmp] = [loTmp, loKeys];
  }
  return idx;
}

/** Fills `counts` with bucket start offsets; returns false when one bucket holds every key (skip pass). */
function histogram(keys: Uint32Array, shift: number, counts: Uint32Array): boolean {
  counts.fill(0);
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const d = ((keys[i] as number) >>> shift) & 0xffff;
    counts[d] = (counts[d] as number) + 1;
  }
  let start = 0;
  for (let d = 0; d < RADIX; d++) {
    const c = counts[d] as number;
    if (c === n) return false;
    counts[d] = start;
    start += c;
  }
  return true;
}
