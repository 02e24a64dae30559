/**
 * Index sort of float64 keys without comparator callbacks: a least-significant-digit radix sort over the
 * IEEE-754 bit patterns. Doubles: 11-bit digits, six passes over the two 32-bit words, each skipped when
 * every key shares the digit. Float32-valued scores (float32 models): one 32-bit word, 13-bit digits, passes
 * only over the digits in which keys differ (two for one model's probabilities).
 * `Array.prototype.sort` with a comparator costs a closure call per comparison, seconds on the
 * 3-million-row bench; this is linear and stable (ties keep row order, which keeps results reproducible).
 * 11- to 13-bit digits keep the scatter streams in cache, which 16-bit digits (65,536 streams) do not.
 *
 * The sort returns the sorted values too, so callers walk tied groups sequentially instead of chasing
 * `score[order[i]]` across memory.
 */

import { borrowScratch, returnScratch } from './scratch.js';

const SMALL = 256;
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
/** [word, shift] of each digit, least significant first: word 0 is the low word of a 64-bit key. */
type Digit = readonly [0 | 1, number];
const DIGITS_64: readonly Digit[] = [
  [0, 0],
  [0, 11],
  [0, 22],
  [1, 0],
  [1, 11],
  [1, 22],
];

export interface SortedScores {
  /** Row indices in ascending score order (stable). */
  order: Uint32Array;
  /**
   * `sorted[i] = score[order[i]]`, with −0 folded into +0. A Float32Array when every score is a float32
   * value (float32 models): the same numbers, without widening 3 million of them into fresh memory.
   */
  sorted: Float64Array | Float32Array;
  /** `labels[i] = labels[order[i]]` when labels were passed: carried through the sort, not gathered. */
  labels?: Uint8Array;
}

/** Row indices ordering `values` ascending. NaN must not occur (callers validate first). */
export function argsortFloat64(values: Float64Array): Uint32Array {
  return sortScores(values).order;
}

/** Labels ride in the top bit of the row index through the passes: one scatter stream fewer per pass. */
const LABEL_BIT = 0x80000000;
const ROW_MASK = 0x7fffffff;

/**
 * Sorts `values` ascending; `labels` (0/1 per row), when given, travel with the keys so that walks over
 * the sorted scores read labels sequentially (random reads through `order` cost more than the sort).
 *
 * Scores that are all float32 values (what float32 models output) sort on 32-bit keys: three passes over
 * one word per row instead of four over two, the same order since the float32 → float64 widening is exact
 * and monotonic.
 */
export function sortScores(values: Float64Array | Float32Array, labels?: Uint8Array): SortedScores {
  const n = values.length;
  if (n < SMALL) return comparatorSort(values, labels);
  if (n > ROW_MASK) throw new Error(`cannot sort ${n} scores: at most ${ROW_MASK} rows`);
  const narrow = sortableKeys32(values);
  if (narrow) {
    const sort = new NarrowSort(narrow, labels);
    sort.count(0, n);
    return sort.sort();
  }
  const keys = sortableKeys64(values);
  const order = new Uint32Array(n);
  if (labels) for (let i = 0; i < n; i++) order[i] = (labels[i] as number) === 0 ? i : (i | LABEL_BIT) >>> 0;
  else for (let i = 0; i < n; i++) order[i] = i;
  const sortedKeys = radixPasses(order, keys);
  const result: SortedScores = { order: sortedKeys.order, sorted: fromKeys64(sortedKeys.words) };
  if (labels) result.labels = unpackLabels(sortedKeys.order);
  return result;
}

/** The narrow sort's digits, bits [shift, shift + width) of a key, least significant first. */
const NARROW_DIGITS = [
  { shift: 0, width: 13 },
  { shift: 13, width: 13 },
  { shift: 26, width: 6 },
] as const;

/** One radix pass's digit, `(key >>> shift) & mask`, and its buckets' next free slots. */
interface Digit32 {
  shift: number;
  mask: number;
  offsets: Uint32Array;
}

/**
 * Where a narrow sort writes: two pass buffers in one borrowed scratch buffer, the row order and the
 * sorted labels. Made up front by a sort in progress, which touches them a range at a time as the keys
 * come, so that the passes at the end write memory already paged in.
 */
interface NarrowBuffers {
  scratch: ArrayBuffer;
  a: Uint32Array;
  b: Uint32Array;
  order: Uint32Array;
  labels: Uint8Array | undefined;
}

function narrowBuffers(n: number, withLabels: boolean): NarrowBuffers {
  const scratch = borrowScratch(8 * n);
  return { scratch, a: new Uint32Array(scratch, 0, n), b: new Uint32Array(scratch, 4 * n, n), order: new Uint32Array(n), labels: withLabels ? new Uint8Array(n) : undefined };
}

/**
 * LSD radix sort of 32-bit keys (reused as a pass buffer), with fixed 13-bit digits of the key (8,192
 * buckets keep the scatter streams in cache, where 16-bit digits' 65,536 do not). A pass runs only over
 * digits in which some keys differ: probabilities of one model usually differ in the low 26 bits (a few
 * binary exponents), so most float32 scores sort in two passes.
 *
 * The keys are counted a range at a time (`count`), as a sort in progress writes them, so the sort at the
 * end only scatters. The first pass takes the row indices (and label bits) from the position instead of
 * an index array, and the last writes the float bits and splits off the labels: no pass over the results
 * follows.
 */
class NarrowSort {
  private readonly counts = NARROW_DIGITS.map(({ width }) => new Uint32Array(1 << width));
  /** Bits in which some counted key differs from the first. */
  private differing = 0;
  private counted = 0;

  constructor(
    private readonly keys: Uint32Array,
    private readonly labels: Uint8Array | undefined,
    /** Made now and touched as keys are counted (a sort in progress); else made by `sort`. */
    private readonly buffers?: NarrowBuffers,
  ) {}

  /** Counts keys [from, to) under each of NARROW_DIGITS (unrolled); `from` is where the last range ended. */
  count(from: number, to: number): void {
    const keys = this.keys;
    const [low, middle, high] = this.counts as [Uint32Array, Uint32Array, Uint32Array];
    const first = keys[0] as number;
    let differing = this.differing;
    for (let i = from; i < to; i++) {
      const key = keys[i] as number;
      differing |= key ^ first;
      low[key & 0x1fff] = (low[key & 0x1fff] as number) + 1;
      middle[(key >>> 13) & 0x1fff] = (middle[(key >>> 13) & 0x1fff] as number) + 1;
      high[key >>> 26] = (high[key >>> 26] as number) + 1;
    }
    this.differing = differing;
    this.counted = to;
    const buffers = this.buffers;
    if (!buffers) return;
    buffers.a.fill(0, from, to);
    buffers.b.fill(0, from, to);
    buffers.order.fill(0, from, to);
    buffers.labels?.fill(0, from, to);
  }

  /** Once: the keys and the counts are the passes' working memory. */
  sort(): SortedScores {
    const { keys, labels } = this;
    const n = keys.length;
    if (this.counted !== n) throw new Error(`narrow sort: ${this.counted} of ${n} keys counted`);
    this.counted = -1;
    const digits = this.digits();
    if (digits.length === 0) return equalKeys(keys, labels);
    const buffers = this.buffers ?? narrowBuffers(n, labels !== undefined);
    const targets = passTargets(keys, buffers, digits.length);
    let words: Uint32Array = keys;
    let idx: Uint32Array | undefined;
    digits.forEach((digit, p) => {
      const last = p === digits.length - 1 ? (labels ? buffers.labels : true) : undefined;
      const [wordsOut, idxOut] = targets[p]!;
      if (idx === undefined) scatterFirst(words, labels, digit, wordsOut, idxOut, last);
      else scatter(words, idx, digit, wordsOut, idxOut, last);
      words = wordsOut;
      idx = idxOut;
    });
    // After an even number of passes the result lies in the keys and the order; the scratch is free.
    if (words === keys) returnScratch(buffers.scratch);
    const result: SortedScores = { order: idx!, sorted: new Float32Array(words.buffer, words.byteOffset, n) };
    if (labels) result.labels = buffers.labels;
    return result;
  }

  /** The digits some keys differ in, with their buckets' start offsets. */
  private digits(): Digit32[] {
    return NARROW_DIGITS.flatMap(({ shift, width }, p) => {
      const mask = (1 << width) - 1;
      return ((this.differing >>> shift) & mask) === 0 ? [] : [{ shift, mask, offsets: startOffsets(this.counts[p]!) }];
    });
  }
}

/** Bucket counts into bucket start offsets, in place. */
function startOffsets(counts: Uint32Array): Uint32Array {
  let start = 0;
  for (let d = 0; d < counts.length; d++) {
    const count = counts[d] as number;
    counts[d] = start;
    start += count;
  }
  return counts;
}

/**
 * Each pass's [keys, indices] out. Every pass ends in `order`, so the caller's order is one array
 * whatever the number of passes; the keys (consumed by the first pass) take a middle pass's output.
 */
function passTargets(keys: Uint32Array, { a, b, order }: NarrowBuffers, passes: number): Array<[Uint32Array, Uint32Array]> {
  if (passes === 1) return [[a, order]];
  if (passes === 2) return [[a, b], [keys, order]];
  return [[a, order], [keys, b], [a, order]];
}

/**
 * `sortScores` of float32 scores that arrive in row order, a range at a time (predictions still being
 * made): their sort keys are written and counted as they come, and the sort's buffers paged in, so the
 * sort once the last arrives only scatters. The same result, element for element.
 */
export class Float32SortInProgress {
  private readonly keys: Uint32Array;
  /** Absent for sizes `sortScores` does not radix-sort. */
  private readonly narrow: NarrowSort | undefined;
  private added = 0;

  constructor(
    rows: number,
    /** 0/1 per row, carried as `sortScores` carries them. */
    private readonly labels?: Uint8Array,
  ) {
    this.keys = new Uint32Array(rows);
    if (rows >= SMALL && rows <= ROW_MASK) this.narrow = new NarrowSort(this.keys, labels, narrowBuffers(rows, labels !== undefined));
  }

  /** Scores [from, to) of `values` (indexed by row); `from` is where the last range ended. */
  add(values: Float32Array, from: number, to: number): void {
    if (from !== this.added) throw new Error(`sort in progress: rows ${from}–${to} after rows up to ${this.added}`);
    this.added = to;
    writeFloat32Keys(values, this.keys, from, to);
    this.narrow?.count(from, to);
  }

  /** The sort of all rows' scores (`values`, every row added). */
  sort(values: Float32Array): SortedScores {
    const n = this.keys.length;
    if (this.added !== n || values.length !== n) throw new Error(`sort in progress: ${this.added} of ${n} rows added`);
    return this.narrow ? this.narrow.sort() : sortScores(values, this.labels);
  }
}

/** Every key equal: row order is sorted order. */
function equalKeys(keys: Uint32Array, labels: Uint8Array | undefined): SortedScores {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const result: SortedScores = { order, sorted: fromKeys32(keys) };
  if (labels) result.labels = Uint8Array.from(labels);
  return result;
}

/**
 * The first pass: row i's index (with its label bit) is i, so no index array is read. When it is also
 * the last pass (`last` set), see `scatter`.
 */
function scatterFirst(words: Uint32Array, labels: Uint8Array | undefined, digit: Digit32, wordsOut: Uint32Array, idxOut: Uint32Array, last: Uint8Array | true | undefined): void {
  const { shift, mask, offsets } = digit;
  for (let i = 0; i < words.length; i++) {
    const key = words[i] as number;
    const d = (key >>> shift) & mask;
    const at = offsets[d] as number;
    offsets[d] = at + 1;
    if (last) {
      wordsOut[at] = unflipKey(key);
      idxOut[at] = i;
      if (last !== true) last[at] = (labels as Uint8Array)[i] === 0 ? 0 : 1;
    } else {
      wordsOut[at] = key;
      idxOut[at] = labels && (labels[i] as number) !== 0 ? (i | LABEL_BIT) >>> 0 : i;
    }
  }
}

/**
 * A later pass. The last one (`last` set) writes float bits instead of keys and plain row indices,
 * moving the label bits into `last` when it is the label array.
 */
function scatter(words: Uint32Array, idx: Uint32Array, digit: Digit32, wordsOut: Uint32Array, idxOut: Uint32Array, last: Uint8Array | true | undefined): void {
  const { shift, mask, offsets } = digit;
  for (let i = 0; i < words.length; i++) {
    const key = words[i] as number;
    const d = (key >>> shift) & mask;
    const at = offsets[d] as number;
    offsets[d] = at + 1;
    if (last) {
      const packed = idx[i] as number;
      wordsOut[at] = unflipKey(key);
      idxOut[at] = packed & ROW_MASK;
      if (last !== true) last[at] = packed >>> 31;
    } else {
      wordsOut[at] = key;
      idxOut[at] = idx[i] as number;
    }
  }
}

/** Splits the label bits off the sorted row indices (in place) into a label array. */
function unpackLabels(order: Uint32Array): Uint8Array {
  const labels = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const packed = order[i] as number;
    labels[i] = packed >>> 31;
    order[i] = packed & ROW_MASK;
  }
  return labels;
}

/** Tiny inputs: 2,048-bucket histograms would dominate; a comparator sort is cheaper here. */
function comparatorSort(values: Float64Array | Float32Array, labels?: Uint8Array): SortedScores {
  const arr = Array.from({ length: values.length }, (_, i) => i);
  arr.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const order = Uint32Array.from(arr);
  const result: SortedScores = { order, sorted: Float64Array.from(order, (row) => (values[row] as number) + 0) };
  if (labels) result.labels = Uint8Array.from(order, (row) => labels[row] as number);
  return result;
}

/**
 * Maps each float to unsigned words whose order is the numeric order: flip every bit of negatives, only
 * the sign bit of positives. `-0` is folded into `+0` so the two compare equal. A double becomes a
 * [lo, hi] pair (the layout of a little-endian Float64Array: x64 and arm64), a float32 one word.
 */
function sortableKeys64(values: Float64Array | Float32Array): Uint32Array {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) copy[i] = (values[i] as number) + 0;
  const words = new Uint32Array(copy.buffer);
  for (let i = 0; i < 2 * n; i += 2) {
    const h = words[i + 1] as number;
    if (h & 0x80000000) {
      words[i + 1] = ~h >>> 0;
      words[i] = ~(words[i] as number) >>> 0;
    } else words[i + 1] = (h | 0x80000000) >>> 0;
  }
  return words;
}

/**
 * 32-bit keys when every value is a float32 value (checked while copying: one pass), else undefined.
 */
function sortableKeys32(values: Float64Array | Float32Array): Uint32Array | undefined {
  if (values instanceof Float32Array) return keysOfFloat32(values);
  const copy = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const narrow = Math.fround(v);
    if (narrow !== v) return undefined;
    copy[i] = narrow + 0;
  }
  const words = new Uint32Array(copy.buffer);
  for (let i = 0; i < words.length; i++) words[i] = flipKey(words[i] as number);
  return words;
}

/** Keys of a Float32Array (NaN must not occur): its bits, copied, −0 folded into +0, flipped. */
function keysOfFloat32(values: Float32Array): Uint32Array {
  const keys = new Uint32Array(values.length);
  writeFloat32Keys(values, keys, 0, values.length);
  return keys;
}

/** `keys[i]` for values [from, to): the float's bits, −0 folded into +0, flipped. */
function writeFloat32Keys(values: Float32Array, keys: Uint32Array, from: number, to: number): void {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = from; i < to; i++) {
    const b = bits[i] as number;
    keys[i] = b === 0x80000000 ? 0x80000000 : flipKey(b);
  }
}

function flipKey(bits: number): number {
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** Inverse of `sortableKeys64`, in place; returns the doubles. */
function fromKeys64(words: Uint32Array): Float64Array {
  for (let i = 0; i < words.length; i += 2) {
    const h = words[i + 1] as number;
    if (h & 0x80000000) words[i + 1] = (h & 0x7fffffff) >>> 0;
    else {
      words[i + 1] = ~h >>> 0;
      words[i] = ~(words[i] as number) >>> 0;
    }
  }
  return new Float64Array(words.buffer, words.byteOffset, words.length / 2);
}

/** Inverse of `flipKey`: the float32 bits of a key. */
function unflipKey(key: number): number {
  return key & 0x80000000 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
}

/** Inverse of `sortableKeys32`, in place; returns the floats (widening them would cost fresh memory). */
function fromKeys32(words: Uint32Array): Float32Array {
  for (let i = 0; i < words.length; i++) words[i] = unflipKey(words[i] as number);
  return new Float32Array(words.buffer, words.byteOffset, words.length);
}

/** LSD passes over [lo, hi] keys of doubles, carrying the row indices (label bit included). */
function radixPasses(order: Uint32Array, keys: Uint32Array): { order: Uint32Array; words: Uint32Array } {
  const n = order.length;
  let idx: Uint32Array = order;
  let words: Uint32Array = keys;
  let idxTmp: Uint32Array = new Uint32Array(n);
  let wordsTmp: Uint32Array = new Uint32Array(2 * n);
  const counts = new Uint32Array(RADIX);
  for (const [word, shift] of DIGITS_64) {
    if (!histogram(words, word, shift, counts)) continue;
    for (let i = 0; i < n; i++) {
      const lo = words[2 * i] as number;
      const hi = words[2 * i + 1] as number;
      const d = ((word === 0 ? lo : hi) >>> shift) & MASK;
      const at = counts[d] as number;
      counts[d] = at + 1;
      idxTmp[at] = idx[i] as number;
      wordsTmp[2 * at] = lo;
      wordsTmp[2 * at + 1] = hi;
    }
    [idx, idxTmp] = [idxTmp, idx];
    [words, wordsTmp] = [wordsTmp, words];
  }
  return { order: idx, words };
}

/** Fills `counts` with bucket start offsets; returns false when one bucket holds every key (skip pass). */
function histogram(words: Uint32Array, word: 0 | 1, shift: number, counts: Uint32Array): boolean {
  counts.fill(0);
  const n = words.length / 2;
  for (let i = 0; i < n; i++) {
    const d = ((words[2 * i + word] as number) >>> shift) & MASK;
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
