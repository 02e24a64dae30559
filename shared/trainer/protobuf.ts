/**
 * A minimal protobuf (proto3 wire format) encoder: just enough to write ONNX `ModelProto` messages.
 * Only the wire types ONNX needs are here: varint (0), 32-bit (5) and length-delimited (2).
 * See https://protobuf.dev/programming-guides/encoding/.
 */

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

/** Appends fields in call order; `finish()` returns the message bytes (to nest, pass them to `message`). */
export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  /** int32/int64/enum field. Negative values use the 10-byte two's complement form, as protobuf requires. */
  varint(field: number, value: number | bigint): this {
    this.tag(field, WIRE_VARINT);
    this.chunks.push(encodeVarint(BigInt.asUintN(64, BigInt(value))));
    return this;
  }

  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.chunks.push(bytes);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.chunks.push(encodeVarint(BigInt(value.length)), value);
    return this;
  }

  message(field: number, nested: ProtoWriter): this {
    return this.bytes(field, nested.finish());
  }

  /** Packed repeated int64 (proto3 packs repeated scalars by default; ONNX readers accept both). */
  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    const body = values.map((v) => encodeVarint(BigInt.asUintN(64, BigInt(v))));
    return this.bytes(field, concat(body));
  }

  packedFloats(field: number, values: readonly number[]): this {
    const bytes = new Uint8Array(values.length * 4);
    const view = new DataView(bytes.buffer);
    values.forEach((v, i) => view.setFloat32(i * 4, v, true));
    return this.bytes(field, bytes);
  }

  finish(): Uint8Array {
    return concat(this.chunks);
  }

  private tag(field: number, wireType: number): void {
    this.chunks.push(encodeVarint(BigInt((field << 3) | wireType)));
  }
}

export function encodeVarint(value: bigint): Uint8Array {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest !== 0n) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0n);
  return Uint8Array.from(out);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
