/**
 * Just enough protobuf to take the ZipMap off a converted scikit-learn classifier. onnxruntime-node
 * cannot return ZipMap's sequence-of-maps output ("Non tensor type is temporarily not supported"), so
 * the model is rewritten before the session is created: the ZipMap node is dropped and its input (the
 * [N, C] probability tensor) becomes the graph output, and ZipMap's class labels are kept for decoding.
 * Every other field is copied byte for byte.
 *
 * Field numbers from onnx/onnx.proto: ModelProto.graph = 7; GraphProto.node = 1, output = 12;
 * NodeProto.input = 1, output = 2, op_type = 4, attribute = 5; AttributeProto.name = 1, ints = 8,
 * strings = 9; ValueInfoProto.name = 1, type = 2; TypeProto.tensor_type = 1; Tensor.elem_type = 1.
 */

interface Field {
  number: number;
  wire: number;
  /** Varint value, or the payload of a length-delimited / fixed field. */
  varint?: bigint;
  bytes?: Uint8Array;
}

export interface ZipMapInfo {
  /** The probability tensor feeding ZipMap, now a graph output. */
  probabilities: string;
  /** The ZipMap output name that was removed. */
  removedOutput: string;
  classLabels: string[];
}

export class ProtobufError extends Error {}

/** The model with its ZipMap nodes removed (unchanged when it has none). */
export function stripZipMap(model: Uint8Array): { model: Uint8Array; zipMaps: ZipMapInfo[] } {
  const fields = decode(model);
  const graphField = fields.find((f) => f.number === 7 && f.wire === 2);
  if (!graphField?.bytes) return { model, zipMaps: [] };
  const graph = decode(graphField.bytes);
  const zipMaps: ZipMapInfo[] = [];
  const kept = graph.filter((field) => {
    if (field.number !== 1 || !field.bytes) return true;
    const zipMap = readZipMap(field.bytes);
    if (zipMap) zipMaps.push(zipMap);
    return !zipMap;
  });
  if (zipMaps.length === 0) return { model, zipMaps };
  const rewritten = kept.map((field) => {
    if (field.number !== 12 || !field.bytes) return field;
    const name = stringField(decode(field.bytes), 1);
    const zipMap = zipMaps.find((z) => z.removedOutput === name);
    return zipMap ? { ...field, bytes: floatOutput(zipMap.probabilities) } : field;
  });
  graphField.bytes = encode(rewritten);
  return { model: encode(fields), zipMaps };
}

function readZipMap(nodeBytes: Uint8Array): ZipMapInfo | undefined {
  const node = decode(nodeBytes);
  if (stringField(node, 4) !== 'ZipMap') return undefined;
  const input = stringField(node, 1);
  const output = stringField(node, 2);
  if (input === undefined || output === undefined) throw new ProtobufError('ZipMap node without input or output');
  const labels: string[] = [];
  for (const attribute of node.filter((f) => f.number === 5 && f.bytes)) {
    const parts = decode(attribute.bytes!);
    const name = stringField(parts, 1);
    if (name === 'classlabels_strings') labels.push(...parts.filter((p) => p.number === 9).map((p) => utf8(p.bytes!)));
    if (name === 'classlabels_int64s') labels.push(...readInts(parts.filter((p) => p.number === 8)).map(String));
  }
  return { probabilities: input, removedOutput: output, classLabels: labels };
}

/** ValueInfoProto { name, type: { tensor_type: { elem_type: FLOAT } } } with no shape (any). */
function floatOutput(name: string): Uint8Array {
  const tensorType = encode([{ number: 1, wire: 0, varint: 1n }]);
  const type = encode([{ number: 1, wire: 2, bytes: tensorType }]);
  return encode([
    { number: 1, wire: 2, bytes: new TextEncoder().encode(name) },
    { number: 2, wire: 2, bytes: type },
  ]);
}

/** Repeated int64: packed (wire 2) or one varint per field (wire 0). Two's complement for negatives. */
function readInts(fields: Field[]): bigint[] {
  const values: bigint[] = [];
  for (const field of fields) {
    if (field.wire === 0) values.push(BigInt.asIntN(64, field.varint!));
    else {
      const reader = { bytes: field.bytes!, at: 0 };
      while (reader.at < reader.bytes.length) values.push(BigInt.asIntN(64, readVarint(reader)));
    }
  }
  return values;
}

function stringField(fields: Field[], number: number): string | undefined {
  const field = fields.find((f) => f.number === number && f.wire === 2);
  return field?.bytes ? utf8(field.bytes) : undefined;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

interface Reader {
  bytes: Uint8Array;
  at: number;
}

function readVarint(reader: Reader): bigint {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    if (reader.at >= reader.bytes.length) throw new ProtobufError('truncated varint');
    const byte = reader.bytes[reader.at++]!;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return value;
    shift += 7n;
    if (shift > 70n) throw new ProtobufError('varint too long');
  }
}

export function decode(bytes: Uint8Array): Field[] {
  const reader: Reader = { bytes, at: 0 };
  const fields: Field[] = [];
  while (reader.at < bytes.length) {
    const key = Number(readVarint(reader));
    const number = key >>> 3;
    const wire = key & 7;
    if (wire === 0) fields.push({ number, wire, varint: readVarint(reader) });
    else if (wire === 2) fields.push({ number, wire, bytes: take(reader, Number(readVarint(reader))) });
    else if (wire === 1) fields.push({ number, wire, bytes: take(reader, 8) });
    else if (wire === 5) fields.push({ number, wire, bytes: take(reader, 4) });
    else throw new ProtobufError(`unsupported wire type ${wire}`);
  }
  return fields;
}

function take(reader: Reader, length: number): Uint8Array {
  if (reader.at + length > reader.bytes.length) throw new ProtobufError('truncated field');
  const slice = reader.bytes.subarray(reader.at, reader.at + length);
  reader.at += length;
  return slice;
}

function varintBytes(value: bigint): number[] {
  const out: number[] = [];
  let rest = BigInt.asUintN(64, value);
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest > 0n) byte |= 0x80;
    out.push(byte);
  } while (rest > 0n);
  return out;
}

export function encode(fields: Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const field of fields) {
    parts.push(Uint8Array.from(varintBytes(BigInt((field.number << 3) | field.wire))));
    if (field.wire === 0) parts.push(Uint8Array.from(varintBytes(field.varint!)));
    else {
      if (field.wire === 2) parts.push(Uint8Array.from(varintBytes(BigInt(field.bytes!.length))));
      parts.push(field.bytes!);
    }
  }
  return Buffer.concat(parts);
}
