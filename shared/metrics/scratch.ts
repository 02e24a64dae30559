/**
 * Scratch memory handed from one large computation to the next. Fresh memory costs a page fault per
 * page on first touch: on the CI runners' VMs 24 MB of fresh pages take 80–250 ms, rewriting touched
 * ones about 1 ms. A sort's temporary buffers (dead once it returns) are therefore kept and lent to the
 * next sort or placement pass of the same evaluation instead of allocating anew.
 *
 * Only a weak reference is kept, so an idle process gives the memory back at its next garbage collection.
 * A borrowed buffer's contents are garbage: callers write before they read.
 */
let spare: WeakRef<ArrayBuffer> | undefined;

/** A buffer of at least `bytes` bytes: the spare one when it is large enough, else a new one. */
export function borrowScratch(bytes: number): ArrayBuffer {
  const buffer = spare?.deref();
  if (buffer && buffer.byteLength >= bytes) {
    spare = undefined;
    return buffer;
  }
  return new ArrayBuffer(bytes);
}

/** Gives a borrowed buffer back; nothing may use it afterwards. The larger spare is kept. */
export function returnScratch(buffer: ArrayBuffer): void {
  const current = spare?.deref();
  if (!current || current.byteLength < buffer.byteLength) spare = new WeakRef(buffer);
}
