export const id = 907;
export const ids = [907];
export const modules = {

/***/ 4907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/tabular/table.ts
var tabular_table = __webpack_require__(3460);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/digest.ts
var shared_digest = __webpack_require__(5568);
;// CONCATENATED MODULE: ./shared/model/onnx-proto.ts
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
class ProtobufError extends Error {
}
/** The model with its ZipMap nodes removed (unchanged when it has none). */
function stripZipMap(model) {
    const fields = decode(model);
    const graphField = fields.find((f) => f.number === 7 && f.wire === 2);
    if (!graphField?.bytes)
        return { model, zipMaps: [] };
    const graph = decode(graphField.bytes);
    const zipMaps = [];
    const kept = graph.filter((field) => {
        if (field.number !== 1 || !field.bytes)
            return true;
        const zipMap = readZipMap(field.bytes);
        if (zipMap)
            zipMaps.push(zipMap);
        return !zipMap;
    });
    if (zipMaps.length === 0)
        return { model, zipMaps };
    const rewritten = kept.map((field) => {
        if (field.number !== 12 || !field.bytes)
            return field;
        const name = stringField(decode(field.bytes), 1);
        const zipMap = zipMaps.find((z) => z.removedOutput === name);
        return zipMap ? { ...field, bytes: floatOutput(zipMap.probabilities) } : field;
    });
    graphField.bytes = encode(rewritten);
    return { model: encode(fields), zipMaps };
}
function readZipMap(nodeBytes) {
    const node = decode(nodeBytes);
    if (stringField(node, 4) !== 'ZipMap')
        return undefined;
    const input = stringField(node, 1);
    const output = stringField(node, 2);
    if (input === undefined || output === undefined)
        throw new ProtobufError('ZipMap node without input or output');
    const labels = [];
    for (const attribute of node.filter((f) => f.number === 5 && f.bytes)) {
        const parts = decode(attribute.bytes);
        const name = stringField(parts, 1);
        if (name === 'classlabels_strings')
            labels.push(...parts.filter((p) => p.number === 9).map((p) => utf8(p.bytes)));
        if (name === 'classlabels_int64s')
            labels.push(...readInts(parts.filter((p) => p.number === 8)).map(String));
    }
    return { probabilities: input, removedOutput: output, classLabels: labels };
}
/** ValueInfoProto { name, type: { tensor_type: { elem_type: FLOAT } } } with no shape (any). */
function floatOutput(name) {
    const tensorType = encode([{ number: 1, wire: 0, varint: 1n }]);
    const type = encode([{ number: 1, wire: 2, bytes: tensorType }]);
    return encode([
        { number: 1, wire: 2, bytes: new TextEncoder().encode(name) },
        { number: 2, wire: 2, bytes: type },
    ]);
}
/** Repeated int64: packed (wire 2) or one varint per field (wire 0). Two's complement for negatives. */
function readInts(fields) {
    const values = [];
    for (const field of fields) {
        if (field.wire === 0)
            values.push(BigInt.asIntN(64, field.varint));
        else {
            const reader = { bytes: field.bytes, at: 0 };
            while (reader.at < reader.bytes.length)
                values.push(BigInt.asIntN(64, readVarint(reader)));
        }
    }
    return values;
}
function stringField(fields, number) {
    const field = fields.find((f) => f.number === number && f.wire === 2);
    return field?.bytes ? utf8(field.bytes) : undefined;
}
function utf8(bytes) {
    return new TextDecoder().decode(bytes);
}
function readVarint(reader) {
    let value = 0n;
    let shift = 0n;
    for (;;) {
        if (reader.at >= reader.bytes.length)
            throw new ProtobufError('truncated varint');
        const byte = reader.bytes[reader.at++];
        value |= BigInt(byte & 0x7f) << shift;
        if ((byte & 0x80) === 0)
            return value;
        shift += 7n;
        if (shift > 70n)
            throw new ProtobufError('varint too long');
    }
}
function decode(bytes) {
    const reader = { bytes, at: 0 };
    const fields = [];
    while (reader.at < bytes.length) {
        const key = Number(readVarint(reader));
        const number = key >>> 3;
        const wire = key & 7;
        if (wire === 0)
            fields.push({ number, wire, varint: readVarint(reader) });
        else if (wire === 2)
            fields.push({ number, wire, bytes: take(reader, Number(readVarint(reader))) });
        else if (wire === 1)
            fields.push({ number, wire, bytes: take(reader, 8) });
        else if (wire === 5)
            fields.push({ number, wire, bytes: take(reader, 4) });
        else
            throw new ProtobufError(`unsupported wire type ${wire}`);
    }
    return fields;
}
function take(reader, length) {
    if (reader.at + length > reader.bytes.length)
        throw new ProtobufError('truncated field');
    const slice = reader.bytes.subarray(reader.at, reader.at + length);
    reader.at += length;
    return slice;
}
function varintBytes(value) {
    const out = [];
    let rest = BigInt.asUintN(64, value);
    do {
        let byte = Number(rest & 0x7fn);
        rest >>= 7n;
        if (rest > 0n)
            byte |= 0x80;
        out.push(byte);
    } while (rest > 0n);
    return out;
}
function encode(fields) {
    const parts = [];
    for (const field of fields) {
        parts.push(Uint8Array.from(varintBytes(BigInt((field.number << 3) | field.wire))));
        if (field.wire === 0)
            parts.push(Uint8Array.from(varintBytes(field.varint)));
        else {
            if (field.wire === 2)
                parts.push(Uint8Array.from(varintBytes(BigInt(field.bytes.length))));
            parts.push(field.bytes);
        }
    }
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./shared/model/types.ts
/**
 * The model runtime behind an interface: evaluate, fairness and explain only see `Session`s, so the
 * ONNX runtime can be loaded lazily (it is outside the action bundle) and swapped in tests.
 */
class InvalidModelError extends Error {
}

;// CONCATENATED MODULE: ./shared/model/model.ts






async function loadModel(path, options) {
    const input = options.input ?? 'model';
    const bytes = await readModelFile(path, input);
    const digest = (0,shared_digest/* digestBytes */.QN)(bytes);
    const { model: runnable, zipMaps } = rewriteForRuntime(bytes, path, input);
    let session;
    try {
        session = await options.runtime.createSession(runnable);
    }
    catch (error) {
        if (!(error instanceof InvalidModelError))
            throw error;
        throw notOnnx(path, input, error.message);
    }
    const plan = planOutputs(session.outputs, zipMaps, options.task, path, input);
    const task = options.task ?? inferTask(plan);
    checkTaskFits(plan, task, path, input);
    return {
        path, name: (0,external_node_path_.basename)(path), digest, session, inputs: session.inputs,
        outputs: session.outputs, plan, task,
        runtime: { name: options.runtime.name, version: options.runtime.version, ...(options.runtime.specifier ? { specifier: options.runtime.specifier } : {}) },
        release: () => session.release(),
    };
}
async function readModelFile(path, input) {
    try {
        const bytes = await (0,promises_.readFile)(path);
        if (bytes.length === 0)
            throw notOnnx(path, input, 'the file is empty');
        return bytes;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = (0,errors/* errnoCode */.UK)(error);
        if (code === 'ENOENT')
            throw new errors/* UserError */.yo(`model file ${path} does not exist.`, { file: path, input, fix: 'Check the path; it is relative to the working directory.' });
        if (code === 'EISDIR')
            throw new errors/* UserError */.yo(`${path} is a directory, not an ONNX model file.`, { file: path, input, fix: 'Pass the .onnx file itself.' });
        throw error;
    }
}
function rewriteForRuntime(bytes, path, input) {
    try {
        return stripZipMap(bytes);
    }
    catch (error) {
        if (error instanceof ProtobufError)
            throw notOnnx(path, input, error.message);
        throw error;
    }
}
function notOnnx(path, input, detail) {
    return new errors/* UserError */.yo(`${path} is not an ONNX model the runtime can load (${detail}).`, {
        file: path,
        input,
        fix: 'Export the model to ONNX (e.g. skl2onnx, torch.onnx.export, tf2onnx) and pass the .onnx file.',
    });
}
const FLOAT_TYPES = new Set(['float32', 'float64']);
const INTEGER_TYPES = new Set(['int64', 'int32']);
const PROBABILITY_NAMES = /prob/i;
/** Picks the output to read: probabilities first, then a single score or value. */
function planOutputs(outputs, zipMaps, task, path, input) {
    const floats = outputs.filter((o) => FLOAT_TYPES.has(o.type));
    const zipped = zipMaps.map((z) => ({ zip: z, spec: floats.find((o) => o.name === z.probabilities) })).find((z) => z.spec);
    if (zipped) {
        return { kind: 'probabilities', output: zipped.spec.name, dtype: zipped.spec.type, width: zipped.zip.classLabels.length, classes: zipped.zip.classLabels };
    }
    const matrices = floats.filter((o) => o.shape?.length === 2 && (typeof o.shape[1] !== 'number' || o.shape[1] >= 2));
    const probabilities = matrices.find((o) => PROBABILITY_NAMES.test(o.name)) ?? matrices[0];
    if (probabilities) {
        const width = probabilities.shape[1];
        if (typeof width !== 'number') {
            throw new errors/* UserError */.yo(`output '${probabilities.name}' of ${path} has a symbolic class dimension (${String(width)}).`, {
                file: path, input, fix: 'Export the model with a fixed number of classes in the probability output.',
            });
        }
        return { kind: 'probabilities', output: probabilities.name, dtype: probabilities.type, width };
    }
    const single = floats.find((o) => isColumnShape(o.shape));
    if (single) {
        const kind = task === 'regression' || (task === undefined && !PROBABILITY_NAMES.test(single.name) && !/score/i.test(single.name)) ? 'values' : 'score';
        return { kind, output: single.name, dtype: single.type, width: 1 };
    }
    // A classifier exported without probabilities: its 0/1 label tensor is a (hard) binary score, as
    // scikit-learn scores `y_pred` when it is passed where a score is expected.
    const labels = outputs.find((o) => INTEGER_TYPES.has(o.type) && isColumnShape(o.shape));
    if (labels && task !== 'multiclass' && task !== 'regression') {
        return { kind: 'score', output: labels.name, dtype: 'float64', width: 1, labelsOnly: true };
    }
    throw new errors/* UserError */.yo(`${path} has no output evaluate can read (outputs: ${describeSpecs(outputs)}).`, {
        file: path,
        input,
        fix: 'Export the model with a float probability output [N, C], a single score [N] or [N, 1], a regression output [N, 1], or (binary) a 0/1 label [N].',
    });
}
function isColumnShape(shape) {
    if (!shape)
        return true;
    return shape.length === 1 || (shape.length === 2 && (shape[1] === 1 || typeof shape[1] !== 'number'));
}
function checkTaskFits(plan, task, path, input) {
    const fits = (task === 'regression' && plan.kind === 'values') ||
        (task === 'binary' && (plan.kind === 'score' || plan.width === 2)) ||
        (task === 'multiclass' && plan.kind === 'probabilities' && plan.width > 2);
    if (fits)
        return;
    const has = plan.kind === 'probabilities' ? `class probabilities for ${plan.width} classes` : `a single ${plan.kind === 'score' ? 'score' : 'value'} per row`;
    throw new errors/* UserError */.yo(`task '${task}' does not fit ${path}: its output '${plan.output}' gives ${has}.`, {
        file: path,
        input,
        fix: `Set task to '${inferTask(plan)}' or leave it empty to infer it from the model's outputs.`,
    });
}
function inferTask(plan) {
    if (plan.kind === 'values')
        return 'regression';
    if (plan.kind === 'score')
        return 'binary';
    return plan.width === 2 ? 'binary' : 'multiclass';
}
function describeSpecs(specs) {
    return specs.map(describeSpec).join(', ') || 'none';
}
function describeSpec(spec) {
    return `${spec.name} ${spec.type}${spec.shape ? ` [${spec.shape.join(', ')}]` : ''}`;
}

;// CONCATENATED MODULE: ./shared/model/inputs.ts



const FEED_TYPES = new Set(['float32', 'float64', 'int64', 'int32']);
function bindInputs(model, table, options) {
    const inputs = model.inputs;
    for (const spec of inputs)
        checkFeedType(model, spec, options.modelInput);
    const columns = new Set(table.columns.map((c) => c.name));
    const single = inputs.length === 1 ? inputs[0] : undefined;
    const byName = inputs.every((spec) => columns.has(spec.name));
    if (single && isMatrix(single) && !(byName && !options.features)) {
        return bindMatrix(model, single, table, options);
    }
    return bindNamed(model, table, options);
}
function checkFeedType(model, spec, input) {
    if (FEED_TYPES.has(spec.type))
        return;
    throw new errors/* UserError */.yo(`model input '${spec.name}' of ${model.path} has type ${spec.type}; evaluate feeds float32, float64, int64 or int32 tensors.`, {
        file: model.path,
        input,
        fix: 'Export the model with numeric inputs (encode categorical columns inside the model with numeric input, or before evaluation).',
    });
}
function isMatrix(spec) {
    return spec.shape?.length === 2 && spec.shape[1] !== 1;
}
function bindMatrix(model, spec, table, options) {
    // Without a list, the numeric columns other than label, slices and sensitive ones, in file order.
    const features = options.features ? [...options.features] : table.columns.filter((c) => c.type !== 'string' && !options.exclude.includes(c.name)).map((c) => c.name);
    const width = spec.shape[1];
    if (typeof width === 'number' && width !== features.length) {
        const listed = options.features ? `the ${features.length} listed features` : `the ${features.length} numeric columns that are not the label, slices or sensitive columns (${features.join(', ')})`;
        throw new errors/* UserError */.yo(`model input ${describeSpec(spec)} expects ${width} features per row, but evaluate has ${listed}.`, {
            file: model.path,
            input: options.input ?? 'features',
            fix: `List exactly ${width} feature columns, in the order the model was trained on, in 'features'.`,
        });
    }
    for (const name of features)
        requireNumeric(table, name, spec, options.input ?? 'features');
    return { mode: 'matrix', input: spec.name, type: spec.type, features };
}
function bindNamed(model, table, options) {
    const names = new Set(table.columns.map((c) => c.name));
    const inputs = model.inputs.map((spec) => {
        if (!names.has(spec.name)) {
            throw new errors/* UserError */.yo(`model input ${describeSpec(spec)} has no column of that name in ${table.file}.`, {
                file: table.file,
                input: options.input ?? 'features',
                fix: model.inputs.length === 1
                    ? `Add a column '${spec.name}', or list the feature columns in 'features' to fill the [N, F] input in order.`
                    : `Add or rename a column to '${spec.name}' (inputs: ${model.inputs.map((i) => i.name).join(', ')}).`,
            });
        }
        const dims = spec.shape?.length ?? 2;
        if ((dims !== 1 && dims !== 2) || (dims === 2 && spec.shape[1] !== 1 && typeof spec.shape[1] === 'number')) {
            throw new errors/* UserError */.yo(`model input ${describeSpec(spec)} takes more than one value per row, so column '${spec.name}' cannot fill it.`, {
                file: model.path,
                input: options.input ?? 'features',
                fix: 'Per-column inputs must be [N] or [N, 1]; for a single [N, F] input list the features in order.',
            });
        }
        requireNumeric(table, spec.name, spec, options.input ?? 'features');
        return { input: spec.name, type: spec.type, column: spec.name, dims: dims };
    });
    return { mode: 'named', inputs, features: inputs.map((i) => i.column) };
}
function requireNumeric(table, name, spec, input) {
    const column = (0,tabular_table/* getColumn */.bf)(table, name, input);
    if (column.type !== 'string')
        return;
    const sample = column.categories.slice(0, 3).map((c) => `'${c}'`).join(', ');
    throw new errors/* UserError */.yo(`column '${name}' is text (${sample}…) but model input ${describeSpec(spec)} takes ${spec.type} numbers.`, {
        file: table.file,
        input,
        fix: `Encode '${name}' as numbers before evaluation, or leave it out of 'features'.`,
    });
}
/**
 * Feeds for rows [start, end). Each value is checked: NaN or infinity is a UserError naming the column
 * and row (line), and so is a fraction fed to an integer input.
 */
function buildFeeds(binding, table, start, end, buffers) {
    const rows = end - start;
    const allocate = allocator(buffers);
    if (binding.mode === 'matrix') {
        const columns = binding.features.map((name) => (0,tabular_table/* getColumn */.bf)(table, name));
        const data = allocate(binding.input, binding.type, rows * columns.length);
        columns.forEach((column, j) => fill(data, column, table, start, end, j, columns.length, binding.type));
        return { [binding.input]: { type: binding.type, data, dims: [rows, columns.length] } };
    }
    const feeds = {};
    for (const item of binding.inputs) {
        const data = allocate(item.input, item.type, rows);
        fill(data, (0,tabular_table/* getColumn */.bf)(table, item.column), table, start, end, 0, 1, item.type);
        feeds[item.input] = { type: item.type, data, dims: item.dims === 1 ? [rows] : [rows, 1] };
    }
    return feeds;
}
/** Feeds from a row-major matrix in binding feature order (explanations perturb such matrices). */
function feedsFromMatrix(binding, values, rows, buffers) {
    const width = binding.features.length;
    const allocate = allocator(buffers);
    if (binding.mode === 'matrix') {
        const data = allocate(binding.input, binding.type, rows * width);
        for (let i = 0; i < rows * width; i += 1)
            setValue(data, i, values[i]);
        return { [binding.input]: { type: binding.type, data, dims: [rows, width] } };
    }
    const feeds = {};
    binding.inputs.forEach((item, j) => {
        const data = allocate(item.input, item.type, rows);
        for (let r = 0; r < rows; r += 1)
            setValue(data, r, values[r * width + j]);
        feeds[item.input] = { type: item.type, data, dims: item.dims === 1 ? [rows] : [rows, 1] };
    });
    return feeds;
}
/**
 * One array per input, reused from batch to batch while the caller waits for each run before building
 * the next feeds. Fresh arrays per batch cost more than filling them on small VMs: first touch of new
 * memory is ~3 ms per MB on the 2-core bench machine, a rewrite 0.04 ms.
 */
class FeedBuffers {
    arrays = new Map();
    /** The arrays of a batch's feeds, whole, for the next batches (feeds that went to another thread and back). */
    static of(feeds) {
        const buffers = new FeedBuffers();
        for (const [input, feed] of Object.entries(feeds))
            buffers.arrays.set(input, wholeArray(feed));
        return buffers;
    }
    take = (input, type, size) => {
        let array = this.arrays.get(input);
        if (!array || array.length < size || !isOfType(array, type)) {
            array = fresh(type, size);
            this.arrays.set(input, array);
        }
        return array.length === size ? array : array.subarray(0, size);
    };
}
function isOfType(array, type) {
    return (type === 'float32' && array instanceof Float32Array) || (type === 'float64' && array instanceof Float64Array) || (type === 'int32' && array instanceof Int32Array) || (type === 'int64' && array instanceof BigInt64Array);
}
/** Arrays for an input's feeds: from `buffers` when given, else fresh ones. */
function allocator(buffers) {
    return buffers ? buffers.take : (_input, type, size) => fresh(type, size);
}
/** A feed's array over all of its buffer (a batch shorter than the buffer's first sees a prefix). */
function wholeArray({ type, data }) {
    const buffer = data.buffer;
    if (type === 'float32')
        return new Float32Array(buffer);
    if (type === 'float64')
        return new Float64Array(buffer);
    if (type === 'int32')
        return new Int32Array(buffer);
    return new BigInt64Array(buffer);
}
function fresh(type, size) {
    if (type === 'float32')
        return new Float32Array(size);
    if (type === 'float64')
        return new Float64Array(size);
    if (type === 'int32')
        return new Int32Array(size);
    return new BigInt64Array(size);
}
function setValue(data, index, value) {
    if (data instanceof BigInt64Array)
        data[index] = BigInt(Math.round(value));
    else
        data[index] = value;
}
function fill(data, column, table, start, end, offset, stride, type) {
    const values = column.values;
    if (data instanceof BigInt64Array || type === 'int32') {
        for (let row = start; row < end; row += 1) {
            const value = values[row];
            if (!Number.isInteger(value))
                throw badValue(table, column, row, describeNonInteger(column, row, value, type));
            const index = (row - start) * stride + offset;
            if (data instanceof BigInt64Array)
                data[index] = BigInt(value);
            else
                data[index] = value;
        }
        return;
    }
    // Float inputs: one tight loop; a non-finite value is rare, so it is looked at only when found.
    for (let row = start, index = offset; row < end; row += 1, index += stride) {
        const value = values[row];
        if (value - value !== 0)
            throw badValue(table, column, row, describeNonFinite(column, row, value));
        data[index] = value;
    }
}
function describeNonFinite(column, row, value) {
    if (!Number.isNaN(value))
        return String(value);
    return column.nulls?.[row] ? 'a missing value' : 'NaN';
}
function describeNonInteger(column, row, value, type) {
    if (!Number.isFinite(value))
        return describeNonFinite(column, row, value);
    return `${value}, not an integer (the model input is ${type})`;
}
function badValue(table, column, row, what) {
    const where = (0,tabular_table/* describeRow */._)(table, row);
    return new errors/* UserError */.yo(`column '${column.name}' has ${what} at ${where.text} of ${table.file}; the model needs finite numbers.`, {
        file: table.file,
        ...(where.line === undefined ? {} : { line: where.line }),
        input: 'data',
        fix: `Clean or impute '${column.name}' before evaluation (or drop such rows with missing: drop when they are empty cells).`,
    });
}

;// CONCATENATED MODULE: ./shared/model/predict.ts



/** A fresh array for `length` outputs of the model, of its output's precision. */
function predictionArray(model, length) {
    return model.plan.dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
}
/**
 * Rows per session.run. Measured with onnxruntime-node 1.30 on the flights MLP (4-64-1): 16-32 k rows
 * run 3 M rows fastest (181 ms warm, 276 ms cold at 32 k) and 262 k rows slowest (331 / 848 ms), because
 * each intermediate tensor is rows × width floats and large ones fall out of cache and fault in fresh
 * pages. So: about one million input values per batch, between 1,024 and 32,768 rows.
 */
function batchRowsFor(featureCount) {
    return Math.min(32_768, Math.max(1024, Math.floor(1_048_576 / Math.max(1, featureCount))));
}
async function predictTable(model, binding, table, options = {}) {
    const start = options.start ?? 0;
    const end = options.end ?? table.rowCount;
    const rows = end - start;
    const batch = options.batchRows ?? batchRowsFor(binding.features.length);
    const values = predictionArray(model, rows * model.plan.width);
    const buffers = new FeedBuffers();
    for (let from = start; from < end; from += batch) {
        const to = Math.min(end, from + batch);
        const output = await runBatch(model, buildFeeds(binding, table, from, to, buffers), to - from);
        storeOutput(output, values, (from - start) * model.plan.width, model, (row) => (0,tabular_table/* describeRow */._)(table, from + row));
    }
    return { kind: model.plan.kind, rows, width: model.plan.width, values, dtype: model.plan.dtype };
}
/**
 * A batched predict function over row-major feature matrices (binding feature order), returning one
 * number per row: P(class `scoreColumn`) for classifiers, the prediction for regression. This is the
 * `PredictFn` shared/explain and shared/fairness run models through.
 */
function matrixPredictor(model, binding, scoreColumn = 1) {
    const width = model.plan.width;
    const column = width === 1 ? 0 : scoreColumn;
    return async (features, rows, featureCount) => {
        if (featureCount !== binding.features.length)
            throw new Error(`expected ${binding.features.length} features per row, got ${featureCount}`);
        const scores = new Float64Array(rows);
        const batch = batchRowsFor(featureCount);
        const buffers = new FeedBuffers();
        for (let from = 0; from < rows; from += batch) {
            const to = Math.min(rows, from + batch);
            const slice = features.subarray(from * featureCount, to * featureCount);
            const output = await runBatch(model, feedsFromMatrix(binding, slice, to - from, buffers), to - from);
            const values = new Float64Array((to - from) * width);
            storeOutput(output, values, 0, model, (row) => ({ text: `matrix row ${from + row + 1}` }));
            for (let r = 0; r < to - from; r += 1)
                scores[from + r] = values[r * width + column];
        }
        return scores;
    };
}
/** One session.run over `rows` rows: the planned output, checked to hold `width` values per row. */
async function runBatch(model, feeds, rows) {
    const results = await model.session.run(feeds, [model.plan.output]);
    const output = results[model.plan.output];
    if (!output)
        throw new Error(`the runtime returned no '${model.plan.output}' output`);
    if (output.data.length !== rows * model.plan.width) {
        throw new errors/* UserError */.yo(`output '${model.plan.output}' of ${model.path} has ${output.data.length} values for ${rows} rows; expected ${model.plan.width} per row.`, {
            file: model.path,
            input: 'model',
            fix: 'Export the model so that its output has one row per input row.',
        });
    }
    return output;
}
/**
 * A batch's output into the predictions from value `offset` on, in their precision; a non-finite
 * prediction is a UserError naming its row (`where`, by row of the batch).
 */
function storeOutput(output, target, offset, model, where) {
    const data = output.data;
    if (data instanceof Float32Array || data instanceof Float64Array)
        target.set(data, offset);
    else
        for (let i = 0; i < data.length; i += 1)
            target[offset + i] = Number(data[i]);
    for (let i = 0; i < data.length; i += 1) {
        const value = target[offset + i];
        if (value - value !== 0)
            throw nonFinitePrediction(model, value, where(Math.floor(i / model.plan.width)));
    }
}
function nonFinitePrediction(model, value, place) {
    return new errors/* UserError */.yo(`model ${model.name} predicted ${String(value)} for ${place.text}; evaluation needs finite predictions.`, {
        file: model.path,
        input: 'model',
        ...(place.line === undefined ? {} : { line: place.line }),
        fix: "Check that row's features against the ranges the model was trained on, or fix the model's numerics.",
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./shared/worker-threads.ts
var worker_threads = __webpack_require__(1814);
;// CONCATENATED MODULE: ./shared/model/predict-in-worker.ts






/**
 * Whether a model's rows are worth a worker: starting one (thread, bundle, runtime, session) costs
 * ~0.2 s of CPU, which pays off from a few hundred thousand rows, and only with a second core.
 */
function worthAWorker(rows) {
    return rows >= 200_000 && (0,external_node_os_.availableParallelism)() > 1;
}
/**
 * Batches sent ahead of the worker: enough that it never waits while this thread is busy with something
 * else (decoding a row group takes as long as a few batches), few enough that feed memory stays small.
 */
const IN_FLIGHT = 16;
/** Rows per call of a `StoredListener` catching up: a few batches' worth of work between replies. */
const TELL_ROWS = 65_536;
const BUILT_WORKER = 'predict-worker.js';
const SOURCE_WORKER = 'predict-worker.ts';
/**
 * A model's session in a worker thread: onnxruntime-node's `run` occupies its calling thread, so
 * inference here would leave no room for anything else (reading, labels, a second model). The worker
 * does nothing but `session.run` on the feeds it is sent, as inference over pre-built tensors does;
 * this thread builds the feeds (`buildFeeds`) and stores the outputs (`storeOutput`), so values are
 * checked and errors worded exactly as `predictTable` does it, and the batches are the ones
 * `predictTable` runs: the predictions are bit-identical.
 *
 * The worker starts (thread, runtime, session) as soon as the model file is known, before the data is
 * read. The rows may still be arriving: `begin` hands over a table of which only the first rows are
 * final (a read writing into shared storage), `rowsReady` says how far they are, and whole batches of
 * them go to the worker as they come. `finish` says every row is final.
 */
class PredictionWorker {
    worker;
    input;
    job;
    feedPool = [];
    ready = 0;
    next = 0;
    stored = 0;
    inFlight = 0;
    /** Settled: every row stored and told (`done`), or failed or stopped. */
    state = 'running';
    listener;
    told = 0;
    telling = false;
    result;
    settle;
    /** Starts the worker, which loads the model now; undefined where none can (no script, no runtime a worker can import). */
    static start(model, runtime, input) {
        const entry = (0,worker_threads/* workerScript */.wF)(import.meta.url, BUILT_WORKER, SOURCE_WORKER);
        if (!entry || !runtime.specifier)
            return undefined;
        const setup = { runtime: runtime.specifier, model: model.path, input, ...(model.task ? { task: model.task } : {}) };
        return new PredictionWorker(new external_node_worker_threads_.Worker(entry.script, { eval: entry.eval, workerData: setup }), input);
    }
    constructor(worker, input) {
        this.worker = worker;
        this.input = input;
        this.result = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
        // Settled through `finish`; a worker stopped or failing before then must not count as unhandled.
        this.result.catch(() => undefined);
        worker.on('message', (reply) => this.onReply(reply));
        // Once every row is stored the worker is let go: its exit then says nothing about the predictions.
        worker.on('error', (error) => !this.allStored() && this.fail(error));
        worker.on('exit', (code) => !this.allStored() && this.fail(new Error(`the inference worker for ${this.input} exited with code ${code}`)));
    }
    /** The rows [start, end) of `table` to predict with `model` (the one the worker loaded), in batches of `batchRows`. */
    begin(model, binding, table, range, batchRows) {
        if (this.job)
            throw new Error(`the inference worker for ${this.input} already has its rows`);
        const values = predictionArray(model, (range.end - range.start) * model.plan.width);
        this.job = { model, binding, table, ...range, batchRows, values };
        this.ready = this.next = this.stored = range.start;
        this.sendBatches();
    }
    /** Rows before `row` are final. */
    rowsReady(row) {
        this.ready = Math.max(this.ready, row);
        this.sendBatches();
    }
    /** Every row is final: resolves with the predictions once all are made. */
    finish() {
        if (!this.job)
            return Promise.reject(new Error(`the inference worker for ${this.input} was given no rows`));
        this.rowsReady(this.job.end);
        return this.result;
    }
    /**
     * Calls `listener` with the rows stored so far and then with each batch as it is stored, in row order,
     * so work on the predictions can start before the last ones are made; `finish` settles once it has
     * heard of every row. A listener that throws is dropped; the predictions go on.
     */
    onStored(listener) {
        const job = this.job;
        if (!job)
            throw new Error(`the inference worker for ${this.input} was given no rows`);
        this.listener = listener;
        this.told = job.start;
        this.tell();
    }
    /** Stops the worker: its predictions are no longer wanted. */
    stop() {
        this.fail(new Error(`the inference worker for ${this.input} was stopped`));
    }
    /** Builds and sends whole batches of final rows (the last, shorter one once every row is final). */
    sendBatches() {
        const job = this.job;
        if (!job || this.state !== 'running')
            return;
        try {
            while (this.inFlight < IN_FLIGHT && this.next < job.end) {
                const to = Math.min(job.end, this.next + job.batchRows);
                if (to > this.ready)
                    return;
                const feeds = buildFeeds(job.binding, job.table, this.next, to, this.feedPool.pop() ?? new FeedBuffers());
                this.worker.postMessage({ from: this.next, to, feeds }, Object.values(feeds).map((feed) => feed.data.buffer));
                this.inFlight += 1;
                this.next = to;
            }
        }
        catch (error) {
            this.fail(error);
        }
    }
    onReply(reply) {
        const job = this.job;
        if (this.state !== 'running' || !job)
            return;
        if ('failure' in reply)
            return this.fail((0,worker_threads/* fromThreadError */.tk)(reply.failure, `the inference worker for ${this.input}`));
        this.inFlight -= 1;
        this.feedPool.push(FeedBuffers.of(reply.feeds));
        try {
            storeOutput(reply.output, job.values, (reply.from - job.start) * job.model.plan.width, job.model, (row) => (0,tabular_table/* describeRow */._)(job.table, reply.from + row));
        }
        catch (error) {
            return this.fail(error);
        }
        this.stored += reply.to - reply.from;
        if (this.stored < job.end)
            this.sendBatches();
        else
            void this.worker.terminate();
        this.tell();
    }
    /**
     * Tells the listener of the rows stored since it was last told, a slice at a time while the worker
     * still predicts (a backlog, rows stored before it listened, must not keep this thread from sending
     * the worker its next batches), the rest at once when all are stored. Then settles.
     */
    tell() {
        const job = this.job;
        if (this.telling || this.state === 'failed')
            return;
        while (this.listener && this.told < this.stored) {
            const to = this.allStored() ? this.stored : Math.min(this.stored, this.told + TELL_ROWS);
            try {
                this.listener(job.values, this.told, to);
            }
            catch {
                this.listener = undefined;
            }
            this.told = to;
            if (this.allStored())
                continue;
            this.telling = true;
            setImmediate(() => {
                this.telling = false;
                this.tell();
            });
            return;
        }
        if (!this.allStored() || this.state === 'done')
            return;
        this.state = 'done';
        const { plan } = job.model;
        this.settle.resolve({ kind: plan.kind, rows: job.end - job.start, width: plan.width, values: job.values, dtype: plan.dtype });
    }
    allStored() {
        return this.job !== undefined && this.stored === this.job.end;
    }
    fail(error) {
        if (this.state !== 'running')
            return;
        this.state = 'failed';
        void this.worker.terminate();
        this.settle.reject(error);
    }
}
/** `predictTable` over a finished table, in a worker; undefined where none can run (the caller predicts in this thread). */
function predictInWorker(model, binding, table, options) {
    const worker = PredictionWorker.start(model, model.runtime, options.input);
    worker?.begin(model, binding, table, options, options.batchRows);
    return worker;
}

// EXTERNAL MODULE: ./shared/schemas/evaluation-record.ts
var evaluation_record = __webpack_require__(6521);
// EXTERNAL MODULE: ./shared/tabular/read-table.ts + 8 modules
var read_table = __webpack_require__(345);
;// CONCATENATED MODULE: ./shared/evaluate/build-set.ts




/**
 * Applies the missing-value policy to the columns evaluate uses (other columns may have gaps).
 * `error` names the columns and first rows; `drop` removes the rows; `allow` leaves them (a missing
 * feature then fails at inference, naming its row).
 */
function enforceMissing(table, columns, policy) {
    const used = [...new Set(columns)].map((name) => (0,tabular_table/* getColumn */.bf)(table, name));
    const withGaps = used.filter((c) => c.nullCount > 0);
    if (withGaps.length === 0 || policy === 'allow')
        return table;
    if (policy === 'drop') {
        const keep = [];
        for (let row = 0; row < table.rowCount; row += 1)
            if (!withGaps.some((c) => isNull(c, row)))
                keep.push(row);
        return (0,tabular_table/* takeRows */.LY)(table, Int32Array.from(keep));
    }
    const described = withGaps.map((column) => {
        const rows = [];
        for (let row = 0; row < table.rowCount && rows.length < 5; row += 1)
            if (isNull(column, row))
                rows.push((0,tabular_table/* describeRow */._)(table, row).text);
        return `${column.name} (${column.nullCount} missing: ${rows.join(', ')}${column.nullCount > rows.length ? ', …' : ''})`;
    });
    const first = withGaps[0];
    let firstRow = 0;
    while (!isNull(first, firstRow))
        firstRow += 1;
    const where = (0,tabular_table/* describeRow */._)(table, firstRow);
    return failMissing(table, described, where.line);
}
function failMissing(table, described, line) {
    throw new errors/* UserError */.yo(`${table.file} has missing values in ${described.join('; ')}.`, {
        file: table.file,
        input: 'data',
        ...(line === undefined ? {} : { line }),
        fix: 'Fill the missing values, or set missing to drop (skip such rows) or allow.',
    });
}
function isNull(column, row) {
    return column.type === 'string' ? column.codes[row] === -1 : column.nulls?.[row] === 1;
}
/**
 * The row range of shard i of n. Shards split on inference-batch boundaries, so every batch has the
 * same rows in a sharded and an unsharded run and the runtime computes bit-identical outputs.
 */
function shardRange(rows, batchRows, index, count) {
    const batches = Math.ceil(rows / batchRows);
    const first = Math.floor(((index - 1) * batches) / count);
    const last = Math.floor((index * batches) / count);
    return { start: Math.min(rows, first * batchRows), end: Math.min(rows, last * batchRows) };
}
async function buildPredictionSet(source) {
    const { table, range } = source;
    const options = { start: range.start, end: range.end, batchRows: source.batchRows };
    const baseline = source.baseline && startBaseline(source, options);
    let candidate;
    try {
        candidate = await source.time('inferenceMs', () => orInThisThread(source.streamed?.candidate?.finish(), () => predictTable(source.model, source.binding, table, options)));
    }
    catch (error) {
        baseline?.stop();
        throw error;
    }
    const set = {
        rows: range.end - range.start,
        // Views, not copies: nothing writes to a set's arrays, and 3 million fresh rows cost page faults.
        yTrue: source.yTrue.subarray(range.start, range.end),
        candidate: outputs(candidate),
        groups: source.groups,
    };
    // With a worker, this phase is only the wait for the baseline after the candidate is done.
    if (baseline)
        set.baseline = outputs(await source.time('baselineInferenceMs', baseline.predictions));
    return set;
}
/**
 * Predictions a worker makes, or, when it fails or there is none, the same predictions made in this
 * thread: a worker's failure (a NaN feature, a non-finite prediction) is met again here, with the
 * final table's wording and rows.
 */
async function orInThisThread(inWorker, here) {
    if (inWorker) {
        try {
            return await inWorker;
        }
        catch {
            // predicted again below
        }
    }
    return here();
}
/**
 * The baseline's predictions: streamed during the read, else in a worker thread running while this
 * thread runs the candidate, when the set is large enough (`worthAWorker`); otherwise in this thread
 * once the candidate is done.
 */
function startBaseline(source, options) {
    const { model, binding } = source.baseline;
    const worker = source.streamed?.baseline ?? (worthAWorker(options.end - options.start) ? predictInWorker(model, binding, source.table, { ...options, input: 'baseline-model' }) : undefined);
    const inWorker = worker?.finish();
    inWorker?.catch(() => undefined); // settled by the caller
    return {
        predictions: () => orInThisThread(inWorker, () => predictTable(model, binding, source.table, options)),
        stop: () => worker?.stop(),
    };
}
function outputs(predictions) {
    return { values: predictions.values, width: predictions.width, dtype: predictions.dtype };
}
/**
 * A grouping column over the range's rows. A text column is taken as it is, its dictionary codes viewed
 * in place: whoever reads a group column orders the groups by their values (slices), by first
 * appearance (fairness) or by text (the shard merge), never by code, so the dictionary's order does not
 * matter, and mapping 3 million codes into `categorize`'s order cost a pass and 12 MB of fresh memory.
 * Other columns are categorized.
 */
function groupColumn(table, name, range) {
    const column = (0,tabular_table/* getColumn */.bf)(table, name);
    if (column.type === 'string')
        return { name, codes: column.codes.subarray(range.start, range.end), categories: column.categories };
    const { codes, categories } = (0,tabular_table/* categorize */.W2)(column);
    return { name, codes: codes.subarray(range.start, range.end), categories };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/data/dataset-refs.ts
var dataset_refs = __webpack_require__(7146);
// EXTERNAL MODULE: ./shared/data/profile.ts
var profile = __webpack_require__(8894);
// EXTERNAL MODULE: ./shared/data/restore-dataset.ts
var restore_dataset = __webpack_require__(6028);
;// CONCATENATED MODULE: ./shared/evaluate/data-source.ts










const SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*)@(sha256:[0-9a-f]{64}|[^:/\\]+)(?::(.+))?$/;
/** `churn@3`, `churn@latest`, `churn@sha256:…`, optionally `:path/in/version.csv`. Not an existing file. */
function parseDatasetSpec(text, cwd) {
    const match = SPEC.exec(text.trim());
    if (!match || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, text)))
        return undefined;
    return { text: text.trim(), name: match[1], version: match[2], ...(match[3] ? { file: match[3] } : {}) };
}
async function resolveData(text, cwd, openDataset) {
    const spec = parseDatasetSpec(text, cwd);
    if (!spec)
        return { path: (0,external_node_path_.resolve)(cwd, text), source: text };
    if (!openDataset) {
        throw new errors/* UserError */.yo(`data '${text}' looks like a dataset version, but no store is configured.`, {
            input: 'data',
            fix: 'Set store (a directory or s3://bucket/prefix), or pass the path of a data file.',
        });
    }
    return openDataset(spec);
}
/** Restores the version into a temporary directory and picks its (single, or named) tabular file. */
function storeDatasetOpener(store, scratch = (0,external_node_os_.tmpdir)()) {
    return async (spec) => {
        const opened = store();
        const ref = await (0,dataset_refs/* resolveDatasetVersion */.r0)(opened, spec.name, spec.version, 'data');
        const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)(scratch, 'mlci-eval-data-'));
        const cleanup = () => (0,promises_.rm)(directory, { recursive: true, force: true });
        try {
            const { manifest } = await (0,restore_dataset/* restoreDataset */.L)({ name: spec.name, version: ref.version, store: opened, path: directory, cwd: directory });
            const paths = manifest.files.map((f) => f.path);
            const file = pickFile(spec, paths.filter((p) => (0,profile/* isTabular */.an)(p)), paths);
            return { path: (0,external_node_path_.join)(directory, ...file.split('/')), source: spec.text, version: `${spec.name}@${ref.number}`, manifest: ref.version, cleanup };
        }
        catch (error) {
            await cleanup();
            throw error;
        }
    };
}
function pickFile(spec, tabular, all) {
    if (spec.file) {
        if (all.includes(spec.file))
            return spec.file;
        throw new errors/* UserError */.yo(`dataset version ${spec.name}@${spec.version} has no file '${spec.file}'.`, { input: 'data', fix: `Use one of: ${all.slice(0, 20).join(', ')}.` });
    }
    if (tabular.length === 1)
        return tabular[0];
    throw new errors/* UserError */.yo(`dataset version ${spec.name}@${spec.version} has ${tabular.length === 0 ? 'no' : tabular.length} CSV, JSONL or Parquet files${tabular.length ? ` (${tabular.slice(0, 10).join(', ')})` : ''}.`, {
        input: 'data',
        fix: tabular.length ? `Name one: data: ${spec.name}@${spec.version}:${tabular[0]}` : 'Version a data set with a CSV, JSONL or Parquet file.',
    });
}
/** sha256 of the file's bytes, streamed. */
async function digestFile(path, input = 'data') {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            throw new errors/* UserError */.yo(`${path} does not exist.`, { file: path, input, fix: 'Check the path; it is relative to the working directory.' });
        throw error;
    }
    return (0,shared_digest/* toDigest */.O6)(hash.digest('hex'));
}

;// CONCATENATED MODULE: ./shared/evaluate/early-inference.ts




/**
 * Inference that starts while a large Parquet file is still being read (`onRowsReady`): each model's
 * session runs in a worker thread (`PredictionWorker`), started before the models are even loaded
 * here, and fed rows as the read lands them. Inference no longer waits for the read, and this thread
 * stays free for what does not need the predictions (the rest of the read, the data's digest, labels,
 * grouping columns).
 *
 * It is a head start and nothing more. Rows dropped for missing values, another binding, other arrays
 * in the final table, or any failure (a NaN feature, a non-finite prediction), and that model's streamed
 * predictions are dropped: evaluate predicts its rows itself and meets the same error at the same row,
 * worded for the final table.
 */
class EarlyInference {
    batchRowsOf;
    streams;
    fedDuringRead = Math.max(1, (0,external_node_os_.availableParallelism)() - 1);
    begun = false;
    constructor(files, runtime, 
    /** Rows per batch for a binding: evaluate's own rule, so the batches are the ones it would run. */
    batchRowsOf) {
        this.batchRowsOf = batchRowsOf;
        this.streams = files.map((file) => {
            const worker = PredictionWorker.start(file, runtime, file.input);
            return worker && { worker };
        });
    }
    /** This thread's loaded models, in the order of the files; before the read. */
    bind(bindings) {
        bindings.forEach((binding, index) => {
            const stream = this.streams[index];
            if (stream)
                stream.binding = binding;
        });
    }
    /** For `ReadOptions.onRowsReady`. */
    onRowsReady = (ready) => {
        if (!this.begun) {
            this.begun = true;
            this.streams.forEach((stream, index) => {
                if (stream && !this.begin(stream, ready.table, ready.total))
                    this.drop(index);
            });
        }
        // The read keeps this thread busy: models beyond one per remaining core get their rows when the read
        // ends (taken), so they do not take a share of the cores from the candidate's inference, the longest
        // part of the run (on 2 cores, three busy threads left it two thirds of one).
        this.streams.forEach((stream, index) => index < this.fedDuringRead && stream?.worker.rowsReady(ready.rows));
    };
    /**
     * The worker predicting model `index` over the final table, told that every row is final, provided
     * that table feeds this binding from the very arrays it predicts from; else undefined (it is stopped).
     */
    take(index, table, binding) {
        const fed = this.streams[index]?.fed;
        if (!fed || JSON.stringify(binding) !== JSON.stringify(fed.binding) || table.rowCount !== fed.table.rowCount || !binding.features.every((name) => sameValues((0,tabular_table/* getColumn */.bf)(table, name), (0,tabular_table/* getColumn */.bf)(fed.table, name)))) {
            this.drop(index);
            return undefined;
        }
        const worker = this.streams[index].worker;
        this.streams[index] = undefined;
        // Settled by the caller, whenever it awaits; meanwhile a failure must not count as unhandled.
        worker.finish().catch(() => undefined);
        return worker;
    }
    /** Stops every worker not taken (evaluate failed before it needed them). */
    stop() {
        this.streams.forEach((_, index) => this.drop(index));
    }
    begin(stream, table, total) {
        if (!stream.binding)
            return false;
        let binding;
        try {
            binding = bindInputs(stream.binding.model, table, stream.binding.bindOptions);
        }
        catch {
            return false; // evaluate binds the final table and reports the error
        }
        const preview = { ...table, rowCount: total };
        stream.worker.begin(stream.binding.model, binding, preview, { start: 0, end: total }, this.batchRowsOf(binding));
        stream.fed = { binding, table: preview };
        return true;
    }
    drop(index) {
        this.streams[index]?.worker.stop();
        this.streams[index] = undefined;
    }
}
/** The same memory: two views of one shared buffer count as the same array. */
function sameValues(a, b) {
    if (a.type === 'string' || b.type === 'string')
        return false;
    return a.values.buffer === b.values.buffer && a.values.byteOffset === b.values.byteOffset && a.values.length === b.values.length;
}

;// CONCATENATED MODULE: ./shared/explain/matrix.ts
/** A new array of the same element type (float32 models get float32 buffers, no conversion per call). */
function allocateLike(values, length) {
    return values instanceof Float32Array ? new Float32Array(length) : new Float64Array(length);
}
/** The given rows of a matrix, in the given order. */
function selectRows(matrix, rows) {
    const f = matrix.featureCount;
    const values = allocateLike(matrix.values, rows.length * f);
    for (let i = 0; i < rows.length; i++) {
        const from = rows[i] * f;
        values.set(matrix.values.subarray(from, from + f), i * f);
    }
    return { values, rows: rows.length, featureCount: f, names: matrix.names };
}
function selectValues(values, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = values[rows[i]];
    return out;
}
/** Column means in float64. */
function columnMeans(matrix) {
    const f = matrix.featureCount;
    const sums = new Float64Array(f);
    for (let r = 0; r < matrix.rows; r++) {
        for (let j = 0; j < f; j++)
            sums[j] += matrix.values[r * f + j];
    }
    for (let j = 0; j < f; j++)
        sums[j] /= matrix.rows;
    return sums;
}
function mean(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum / values.length;
}
/** Population standard deviation (ddof 0), as numpy's np.std. */
function populationStd(values) {
    const m = mean(values);
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += (values[i] - m) ** 2;
    return Math.sqrt(sum / values.length);
}

;// CONCATENATED MODULE: ./shared/stats/prng.ts
/**
 * Seeded PRNG for the bootstrap: xoshiro128** (Blackman & Vigna), state seeded through splitmix32 so that
 * nearby seeds give unrelated streams. Integer arithmetic only (Math.imul, >>>), so the stream is the same
 * on every platform and Node version: same seed, same resamples, same intervals.
 */
function splitmix32(state) {
    const next = (state + 0x9e3779b9) >>> 0;
    let z = next;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return { state: next, value: (z ^ (z >>> 16)) >>> 0 };
}
class prng_Xoshiro128 {
    s0 = 0;
    s1 = 0;
    s2 = 0;
    s3 = 0;
    /** `seed`: any safe integer (both 32-bit halves are used). */
    constructor(seed) {
        if (!Number.isSafeInteger(seed))
            throw new RangeError(`seed must be a safe integer, got ${seed}`);
        let state = (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x632be5ab);
        const words = [];
        for (let i = 0; i < 4; i++) {
            const step = splitmix32(state);
            state = step.state;
            words.push(step.value);
        }
        [this.s0, this.s1, this.s2, this.s3] = words;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1; // the all-zero state is a fixed point
    }
    nextUint32() {
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
    nextFloat() {
        const hi = this.nextUint32() >>> 5;
        const lo = this.nextUint32() >>> 6;
        return (hi * 67108864 + lo) / 9007199254740992;
    }
    /** Uniform integer in [0, n); bias below 2^-53 · n, far under any statistical resolution. */
    nextBelow(n) {
        return Math.floor(this.nextFloat() * n);
    }
    /**
     * Adds 1 to `counts[nextBelow(counts.length)]`, `draws` times: the same stream as that many `nextBelow`
     * calls, with the state in locals (a comparison's bootstrap draws millions). Each draw is two steps of
     * `nextUint32`, written out twice below, combined as in `nextFloat`.
     */
    countDraws(counts, draws) {
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
            counts[u] = counts[u] + 1;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** `out[i] = nextUint32() >>> shift` for every i in order, the state in locals. */
    fillShifted(out, shift) {
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
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

;// CONCATENATED MODULE: ./shared/explain/random.ts

/**
 * Seeded sampling for explanations and fairness (subsamples, shuffles, bootstrap draws), so every figure
 * is reproducible from the seed in the evaluation record. The generator is the suite's one PRNG
 * (shared/stats' xoshiro128**); this adds exact integer sampling, shuffles and subsamples on top.
 */
class SeededRandom {
    generator;
    constructor(seed) {
        this.generator = new prng_Xoshiro128(seed);
    }
    /** Uniform 32-bit unsigned integer. */
    nextUint32() {
        return this.generator.nextUint32();
    }
    /** Uniform in [0, 1) with 53 random bits. */
    nextFloat() {
        return this.generator.nextFloat();
    }
    /** Uniform integer in [0, n), n ≤ 2^32, without bias. */
    nextInt(n) {
        if (n <= 1)
            return 0;
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
        while (value >= limit)
            value = this.nextUint32();
        return value % n;
    }
    /** Fisher–Yates shuffle in place. */
    shuffle(values) {
        for (let i = values.length - 1; i > 0; i--) {
            const j = this.nextInt(i + 1);
            const tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
        return values;
    }
    /** A uniformly random permutation of 0..n-1. */
    permutation(n) {
        const values = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            values[i] = i;
        return this.shuffle(values);
    }
    /** `k` distinct indices of 0..n-1, sorted ascending (rows keep their file order). */
    sampleWithoutReplacement(n, k) {
        if (k >= n)
            return this.permutation(n).sort();
        // Partial Fisher–Yates over a sparse map: O(k) memory and time, fine for k ≪ n = millions.
        const swapped = new Map();
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

;// CONCATENATED MODULE: ./shared/explain/shap.ts


const MAX_BACKGROUND_ROWS = 100;
const DEFAULT_EXACT_MAX_FEATURES = 10;
const DEFAULT_SHAP_PERMUTATIONS = 10;
/** Coalitions evaluated per explained row (each costs `background` inference rows), plus f(x) itself. */
function shapRowsPerExplainedRow(features, background, permutations = DEFAULT_SHAP_PERMUTATIONS, exactMaxFeatures = DEFAULT_EXACT_MAX_FEATURES) {
    const coalitions = features <= exactMaxFeatures ? 2 ** features : 2 + 2 * permutations * Math.max(0, features - 1);
    return coalitions * background + 1;
}
async function shapValues(options) {
    const { matrix, background } = options;
    if (background.rows > MAX_BACKGROUND_ROWS || background.rows === 0) {
        throw new Error(`SHAP background must have 1..${MAX_BACKGROUND_ROWS} rows, got ${background.rows}`);
    }
    const m = matrix.featureCount;
    const exact = m <= (options.exactMaxFeatures ?? DEFAULT_EXACT_MAX_FEATURES);
    const pairs = options.permutations ?? DEFAULT_SHAP_PERMUTATIONS;
    const random = new SeededRandom(options.seed ?? 0);
    const values = new Float64Array(matrix.rows * m);
    const predictions = new Float64Array(matrix.rows);
    let expectedValue = 0;
    let maxEfficiencyGap = 0;
    for (let r = 0; r < matrix.rows; r++) {
        const x = matrix.values.subarray(r * m, (r + 1) * m);
        const plan = exact ? exactPlan(m) : antitheticPlan(m, pairs, random);
        const { coalitionValues, fx } = await evaluateCoalitions(options.predict, x, background, plan.masks);
        const phi = values.subarray(r * m, (r + 1) * m);
        plan.attribute(coalitionValues, phi);
        expectedValue = coalitionValues[0];
        predictions[r] = fx;
        maxEfficiencyGap = Math.max(maxEfficiencyGap, checkEfficiency(phi, expectedValue, fx, r));
    }
    return {
        method: exact ? 'exact' : 'antithetic-permutation',
        rows: matrix.rows,
        backgroundRows: background.rows,
        ...(exact ? {} : { permutations: pairs }),
        expectedValue,
        values,
        predictions,
        features: summarize(matrix.names, values, matrix.rows),
        maxEfficiencyGap,
        inferenceRows: matrix.rows * shapRowsPerExplainedRow(m, background.rows, pairs, options.exactMaxFeatures),
    };
}
/** All 2^M coalitions, with masks[0] = ∅ and masks[1] = all (swapped from their natural positions). */
function exactPlan(m) {
    const count = 2 ** m;
    const full = count - 1;
    const slot = (bits) => (bits === full ? 1 : bits === 1 ? full : bits);
    const masks = new Array(count);
    for (let bits = 0; bits < count; bits++)
        masks[slot(bits)] = bitsToMask(bits, m);
    const weights = shapleyWeights(m);
    return {
        masks,
        attribute(v, phi) {
            for (let bits = 0; bits < count; bits++) {
                const size = popcount(bits);
                for (let i = 0; i < m; i++) {
                    if (bits & (1 << i))
                        continue;
                    phi[i] += weights[size] * (v[slot(bits | (1 << i))] - v[slot(bits)]);
                }
            }
        },
    };
}
/**
 * Each permutation π and its reverse add features one by one from ∅ to all; the marginal value of each
 * addition is credited to the feature added. ∅ and all are shared by every path (masks 0 and 1).
 */
function antitheticPlan(m, pairs, random) {
    const orders = [];
    for (let p = 0; p < pairs; p++) {
        const forward = random.permutation(m);
        orders.push(forward, forward.slice().reverse());
    }
    const masks = [new Uint8Array(m), new Uint8Array(m).fill(1)];
    const paths = orders.map((order) => {
        const path = [0];
        const mask = new Uint8Array(m);
        for (let t = 0; t < m - 1; t++) {
            mask[order[t]] = 1;
            path.push(masks.length);
            masks.push(mask.slice());
        }
        path.push(1);
        return path;
    });
    return {
        masks,
        attribute(v, phi) {
            orders.forEach((order, o) => {
                const path = paths[o];
                for (let t = 0; t < m; t++)
                    phi[order[t]] += v[path[t + 1]] - v[path[t]];
            });
            for (let i = 0; i < m; i++)
                phi[i] /= orders.length;
        },
    };
}
/** v(S) for every mask, and f(x) from a row of its own, in one predict call. */
async function evaluateCoalitions(predict, x, background, masks) {
    const m = x.length;
    const b = background.rows;
    const rows = masks.length * b + 1;
    const buffer = allocateLike(background.values, rows * m);
    masks.forEach((mask, k) => {
        for (let r = 0; r < b; r++) {
            const offset = (k * b + r) * m;
            for (let j = 0; j < m; j++)
                buffer[offset + j] = mask[j] ? x[j] : background.values[r * m + j];
        }
    });
    buffer.set(x, masks.length * b * m);
    const out = await predict(buffer, rows, m);
    const coalitionValues = new Float64Array(masks.length);
    for (let k = 0; k < masks.length; k++) {
        let sum = 0;
        for (let r = 0; r < b; r++)
            sum += out[k * b + r];
        coalitionValues[k] = sum / b;
    }
    return { coalitionValues, fx: out[rows - 1] };
}
/** Σφ + E[f] must equal f(x); float32 models round at ~1e-7 relative, so allow 1e-5 of the output scale. */
function checkEfficiency(phi, expected, fx, row) {
    let sum = expected;
    let scale = Math.max(1, Math.abs(expected), Math.abs(fx));
    for (let i = 0; i < phi.length; i++) {
        sum += phi[i];
        scale = Math.max(scale, Math.abs(phi[i]));
    }
    const gap = Math.abs(sum - fx);
    if (!(gap <= 1e-5 * scale)) {
        throw new Error(`SHAP efficiency violated on explained row ${row}: Σφ + E[f] = ${sum}, f(x) = ${fx}`);
    }
    return gap;
}
function summarize(names, values, rows) {
    const m = names.length;
    return names.map((feature, j) => {
        let sum = 0;
        for (let r = 0; r < rows; r++)
            sum += Math.abs(values[r * m + j]);
        const meanAbs = sum / rows;
        if (rows < 2)
            return { feature, meanAbs, stdError: { undefined: 'one explained row: no spread to estimate an error from' } };
        let squares = 0;
        for (let r = 0; r < rows; r++)
            squares += (Math.abs(values[r * m + j]) - meanAbs) ** 2;
        return { feature, meanAbs, stdError: Math.sqrt(squares / (rows - 1)) / Math.sqrt(rows) };
    });
}
function shapleyWeights(m) {
    // |S|!(M−|S|−1)!/M! for |S| = 0..M−1, computed as 1 / (M · C(M−1, |S|)) to stay exact-ish for M ≤ 10.
    const weights = new Float64Array(m);
    for (let s = 0; s < m; s++)
        weights[s] = 1 / (m * binomial(m - 1, s));
    return weights;
}
function binomial(n, k) {
    let result = 1;
    for (let i = 1; i <= k; i++)
        result = (result * (n - k + i)) / i;
    return result;
}
function bitsToMask(bits, m) {
    const mask = new Uint8Array(m);
    for (let j = 0; j < m; j++)
        mask[j] = (bits >> j) & 1;
    return mask;
}
function popcount(bits) {
    let count = 0;
    for (let b = bits; b; b &= b - 1)
        count++;
    return count;
}

;// CONCATENATED MODULE: ./shared/explain/budget.ts


/** Fewer rows than this and an explanation is noise, so the budget is refused instead. */
const MIN_PERMUTATION_ROWS = 100;
const MIN_SHAP_ROWS = 10;
function permutationCost(rows, repeats, features) {
    return rows * (1 + repeats * features);
}
function planExplanations(request) {
    const wantPermutation = request.method === 'permutation' || request.method === 'all';
    const wantShap = request.method === 'shap' || request.method === 'all';
    const piRows = wantPermutation ? Math.min(request.permutationRows, request.availableRows) : 0;
    const shRows = wantShap ? Math.min(request.shapRows, request.availableRows) : 0;
    const perShapRow = shapRowsPerExplainedRow(request.features, request.backgroundRows, request.shapPermutations, request.exactMaxFeatures);
    const piCost = (rows) => request.models * permutationCost(rows, request.repeats, request.features);
    const shCost = (rows) => request.models * rows * perShapRow;
    const requestedRows = piCost(piRows) + shCost(shRows);
    if (requestedRows <= request.budgetRows) {
        return { permutationRows: piRows, shapRows: shRows, plannedRows: requestedRows, requestedRows, subsampled: false, notes: [] };
    }
    const minPi = Math.min(piRows, MIN_PERMUTATION_ROWS);
    const minSh = Math.min(shRows, MIN_SHAP_ROWS);
    const minimum = piCost(minPi) + shCost(minSh);
    if (minimum > request.budgetRows)
        throw budgetTooSmall(request, minimum, minPi, minSh, perShapRow);
    // Water-filling: a method needing at most half the budget keeps all its rows and the other takes the
    // rest; otherwise each gets half. So a cheap permutation importance is not cut because SHAP is costly.
    const half = request.budgetRows / 2;
    const piShare = piCost(piRows) <= half ? piCost(piRows) : shCost(shRows) <= half ? request.budgetRows - shCost(shRows) : half;
    const perPiRow = Math.max(1, request.models * (1 + request.repeats * request.features));
    // Never so many permutation rows that SHAP's minimum no longer fits.
    const piCap = Math.floor((request.budgetRows - shCost(minSh)) / perPiRow);
    const permutationRows = Math.min(piRows, piCap, Math.max(minPi, Math.floor(piShare / perPiRow)));
    const shapRows = Math.min(shRows, Math.max(minSh, Math.floor((request.budgetRows - piCost(permutationRows)) / Math.max(1, request.models * perShapRow))));
    const plannedRows = piCost(permutationRows) + shCost(shapRows);
    const notes = [`explanations would need ${requestedRows} inference rows, over the budget of ${request.budgetRows} (explain-budget-rows)`];
    if (permutationRows < piRows)
        notes.push(`permutation importance subsampled to ${permutationRows} of ${piRows} rows`);
    if (shapRows < shRows)
        notes.push(`SHAP explains ${shapRows} of ${shRows} rows`);
    return { permutationRows, shapRows, plannedRows, requestedRows, subsampled: true, notes };
}
function budgetTooSmall(request, minimum, minPi, minSh, perShapRow) {
    const parts = [];
    if (minPi > 0)
        parts.push(`permutation importance over ${minPi} rows × (1 + ${request.repeats} repeats × ${request.features} features)`);
    if (minSh > 0)
        parts.push(`SHAP over ${minSh} rows × ${perShapRow} rows each (${request.backgroundRows} background rows)`);
    const models = request.models > 1 ? `, for ${request.models} models` : '';
    return new errors/* UserError */.yo(`explain-budget-rows ${request.budgetRows} is too small: the smallest useful explanation needs ${minimum} inference rows (${parts.join(' + ')}${models}).`, {
        input: 'explain-budget-rows',
        fix: `Set explain-budget-rows to at least ${minimum}, or lower explain-background, or choose a cheaper explain method ('permutation' or 'none').`,
    });
}

;// CONCATENATED MODULE: ./shared/explain/numeric.ts

const NUMERIC_TYPES = new Set([
    'number', 'numeric', 'int', 'integer', 'boolean', 'bool',
    'float', 'float16', 'float32', 'float64', 'double',
    'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
]);
function isNumericType(type) {
    return NUMERIC_TYPES.has(type.toLowerCase());
}
function assertNumericFeatures(columns, input = 'explain') {
    const bad = columns.filter((c) => !isNumericType(c.type));
    if (bad.length === 0)
        return;
    const list = bad.map((c) => `'${c.name}' (${c.type})`).join(', ');
    throw new errors/* UserError */.yo(`explanations need numeric features, but ${bad.length === 1 ? 'column' : 'columns'} ${list} ${bad.length === 1 ? 'is' : 'are'} not numeric.`, {
        input,
        field: bad[0].name,
        fix: `Encode ${bad.length === 1 ? 'that column' : 'those columns'} numerically (inside the model or in the data), leave ${bad.length === 1 ? 'it' : 'them'} out of 'features', or set explain to 'none'.`,
    });
}

;// CONCATENATED MODULE: ./shared/explain/permutation-importance.ts


const DEFAULT_MAX_ROWS_PER_CALL = 262_144;
async function permutationImportance(options) {
    const { predict, matrix, labels, scorer } = options;
    const repeats = options.repeats ?? 5;
    const source = options.permutations ?? seededPermutations(matrix.rows, repeats, options.seed ?? 0, options.maxSamples);
    const baselinePredictions = await predict(matrix.values, matrix.rows, matrix.featureCount);
    const subset = source.rows === null ? matrix : selectRows(matrix, source.rows);
    const subsetLabels = source.rows === null ? labels : selectValues(labels, source.rows);
    assertScorable(scorer, labels, baselinePredictions);
    if (source.rows !== null)
        assertScorable(scorer, subsetLabels, Float64Array.from(source.rows, (row) => baselinePredictions[row]));
    const baselineScore = scorer.score(labels, baselinePredictions);
    const scores = await permutedScores(options, subset, subsetLabels, source, repeats);
    const features = matrix.names.map((feature, j) => {
        const importances = Array.from(scores[j], (score) => baselineScore - score);
        return { feature, importances, mean: mean(importances), std: populationStd(importances) };
    });
    return {
        scoring: scorer.name,
        baselineScore,
        repeats,
        rows: matrix.rows,
        permutedRows: subset.rows,
        features,
        inferenceRows: matrix.rows + repeats * matrix.featureCount * subset.rows,
    };
}
/** The scorer cannot score these rows (e.g. ROC AUC of one class): no importances, and the reason why. */
class ScoreUndefinedError extends Error {
    scoring;
    reason;
    name = 'ScoreUndefinedError';
    constructor(scoring, reason) {
        super(`${scoring} cannot be computed: ${reason}`);
        this.scoring = scoring;
        this.reason = reason;
    }
}
/** Checked on the unpermuted rows (and on the permuted subsample's share of them) before any permuting. */
function assertScorable(scorer, labels, predictions) {
    const reason = scorer.undefinedReason?.(labels, predictions);
    if (reason !== undefined)
        throw new ScoreUndefinedError(scorer.name, reason);
}
/**
 * Seeded shuffles on an optional seeded subsample. As in scikit-learn (a fresh RandomState with the same
 * seed per column), every feature uses the same shuffle in a given repeat: that costs `repeats` shuffles
 * instead of `repeats × features`, which matters when the model is cheap.
 */
function seededPermutations(rows, repeats, seed, maxSamples) {
    const random = new SeededRandom(seed);
    const subsample = maxSamples !== undefined && maxSamples < rows ? random.sampleWithoutReplacement(rows, maxSamples) : null;
    const n = subsample?.length ?? rows;
    const orders = Array.from({ length: repeats }, () => random.permutation(n));
    return { rows: subsample, order: (_feature, repeat) => orders[repeat] };
}
/**
 * scores[j][r] = score with feature j permuted by order(j, r). A working buffer holds `block` copies of
 * the subsample; for each feature only that column is overwritten, and the previous feature's column is
 * restored in the same pass (same cache lines), so the cost besides inference is O(rows) per permutation.
 *
 * Two buffers alternate: while the model scores one (inference runs off the JavaScript thread in
 * onnxruntime-node), the next is prepared and the previous scored, so that work hides behind inference
 * when a core is free. A buffer is only touched again after its predict call has resolved.
 */
async function permutedScores(options, subset, labels, source, repeats) {
    const { rows: n, featureCount: f, values } = subset;
    const maxRows = options.maxRowsPerCall ?? DEFAULT_MAX_ROWS_PER_CALL;
    const block = Math.max(1, Math.min(repeats, Math.floor(maxRows / Math.max(1, n))));
    const jobs = [];
    for (let j = 0; j < f; j++) {
        for (let start = 0; start < repeats; start += block)
            jobs.push({ feature: j, start, count: Math.min(block, repeats - start) });
    }
    // Columns as contiguous arrays: gathers by a random order stay in cache, unlike strided row-major reads.
    const columns = Array.from({ length: f }, (_, j) => extractColumn(values, n, f, j));
    const buffers = [0, 1].map(() => new WorkBuffer(values, block, n, f));
    const prepare = (k) => buffers[k % 2].prepare(jobs[k], columns, (j, r) => checkedOrder(source, j, r, n));
    const launch = (k) => options.predict(buffers[k % 2].values, jobs[k].count * n, f);
    const scores = Array.from({ length: f }, () => new Float64Array(repeats));
    if (jobs.length === 0)
        return scores;
    prepare(0);
    let pending = launch(0);
    if (jobs.length > 1)
        prepare(1);
    for (let k = 0; k < jobs.length; k++) {
        const predictions = await pending;
        if (k + 1 < jobs.length)
            pending = launch(k + 1);
        const { feature, start, count } = jobs[k];
        for (let b = 0; b < count; b++)
            scores[feature][start + b] = options.scorer.score(labels, predictions.subarray(b * n, (b + 1) * n));
        if (k + 2 < jobs.length)
            prepare(k + 2);
    }
    return scores;
}
/** `block` copies of the subsample, remembering which column each copy has permuted. */
class WorkBuffer {
    n;
    f;
    values;
    dirty;
    constructor(original, block, n, f) {
        this.n = n;
        this.f = f;
        this.values = allocateLike(original, block * n * f);
        for (let b = 0; b < block; b++)
            this.values.set(original, b * n * f);
        this.dirty = new Int32Array(block).fill(-1);
    }
    prepare(job, columns, order) {
        const { feature: j, start, count } = job;
        for (let b = 0; b < count; b++) {
            const restore = this.dirty[b];
            const previous = restore >= 0 && restore !== j ? restore : -1;
            permuteColumn(this.values, b * this.n * this.f, this.f, j, columns[j], order(j, start + b), previous, columns[Math.max(previous, 0)]);
            this.dirty[b] = j;
        }
    }
}
function checkedOrder(source, feature, repeat, n) {
    const order = source.order(feature, repeat);
    if (order.length !== n)
        throw new Error(`permutation for feature ${feature}, repeat ${repeat} has ${order.length} entries for ${n} rows`);
    return order;
}
function extractColumn(values, n, f, j) {
    const column = allocateLike(values, n);
    for (let i = 0; i < n; i++)
        column[i] = values[i * f + j];
    return column;
}
/** In the block at `offset`: column j := column[order[i]], and column `restore` (if ≥ 0) back to `original`. */
function permuteColumn(buffer, offset, f, j, column, order, restore, original) {
    const n = order.length;
    if (restore >= 0) {
        for (let i = 0, at = offset; i < n; i++, at += f) {
            buffer[at + restore] = original[i];
            buffer[at + j] = column[order[i]];
        }
        return;
    }
    for (let i = 0, at = offset; i < n; i++, at += f)
        buffer[at + j] = column[order[i]];
}

;// CONCATENATED MODULE: ./shared/explain/rank-change.ts
/**
 * How the ordering of features changed between the baseline model and the candidate: a reviewer reads
 * "delay_minutes moved from 5th to 1st" faster than two importance tables.
 */
/** Ranks by descending value; ties keep the input (feature) order so the result is deterministic. */
function rankFeatures(features) {
    const order = features.map((f, i) => ({ ...f, i })).sort((a, b) => b.value - a.value || a.i - b.i);
    return new Map(order.map((f, rank) => [f.feature, rank + 1]));
}
/** The candidate's top `top` features with their rank under each model. */
function rankChanges(candidate, baseline, top = 10) {
    const candidateRanks = rankFeatures(candidate);
    const baselineRanks = rankFeatures(baseline);
    return [...candidateRanks]
        .filter(([, rank]) => rank <= top)
        .map(([feature, candidateRank]) => {
        const baselineRank = baselineRanks.get(feature);
        if (baselineRank === undefined) {
            const missing = { undefined: 'the baseline model has no such feature' };
            return { feature, candidateRank, baselineRank: missing, change: missing };
        }
        return { feature, candidateRank, baselineRank, change: baselineRank - candidateRank };
    });
}

;// CONCATENATED MODULE: ./shared/metrics/calibration.ts
/**
 * Expected calibration error, top-label (Guo et al. 2017), since scikit-learn has none:
 *
 * - confidence of a row = the probability of its predicted class, predicted class = first argmax of the
 *   probability row (binary: positive when p > 0.5, as `argmax([1 − p, p])` picks the negative on a tie);
 *   this is independent of the decision threshold, because calibration is a property of the probabilities;
 * - 10 equal-width bins over [0, 1], closed on the right: (0, 0.1], (0.1, 0.2], …, (0.9, 1]; a
 *   confidence of exactly 0 goes to the first bin; edges are `k / 10`;
 * - ECE = Σ_b (n_b / n) · |accuracy_b − mean confidence_b| = Σ_b |correct_b − Σ confidence_b| / n.
 *
 * The per-bin sums are additive, which is what lets the bootstrap resample them cheaply.
 */
const ECE_BINS = 10;
/** Index of the (k/10, (k+1)/10] bin holding `confidence` ∈ [0, 1]. */
function eceBin(confidence) {
    let b = Math.ceil(confidence * ECE_BINS) - 1;
    if (b < 0)
        b = 0;
    if (b > ECE_BINS - 1)
        b = ECE_BINS - 1;
    // confidence * 10 rounds; settle against the exact edges k / 10 the documentation promises.
    while (b > 0 && confidence <= EDGES[b])
        b--;
    while (b < ECE_BINS - 1 && confidence > EDGES[b + 1])
        b++;
    return b;
}
/** The bin edges `k / ECE_BINS`, divided once here rather than twice per row. */
const EDGES = Float64Array.from({ length: ECE_BINS + 1 }, (_, k) => k / ECE_BINS);
/** Per-bin accumulators: [count, Σ correct, Σ confidence] × bins. */
class calibration_CalibrationBins {
    sums = new Float64Array(3 * ECE_BINS);
    add(confidence, correct) {
        addToBins(this.sums, 0, confidence, correct);
    }
}
/** Adds one row to bins laid out as `[count, Σ correct, Σ confidence] × bins` from `offset`. */
function addToBins(sums, offset, confidence, correct) {
    const at = offset + 3 * eceBin(confidence);
    sums[at] = sums[at] + 1;
    sums[at + 1] = sums[at + 1] + (correct ? 1 : 0);
    sums[at + 2] = sums[at + 2] + confidence;
}
/** ECE from per-bin sums laid out as in `CalibrationBins` starting at `offset`. */
function calibration_eceFromSums(sums, offset, n) {
    let total = 0;
    for (let b = 0; b < ECE_BINS; b++) {
        const at = offset + 3 * b;
        total += Math.abs(sums[at + 1] - sums[at + 2]);
    }
    return total / n;
}

;// CONCATENATED MODULE: ./shared/metrics/scratch.ts
/**
 * Scratch memory handed from one large computation to the next. Fresh memory costs a page fault per
 * page on first touch: on the CI runners' VMs 24 MB of fresh pages take 80–250 ms, rewriting touched
 * ones about 1 ms. A sort's temporary buffers (dead once it returns) are therefore kept and lent to the
 * next sort or placement pass of the same evaluation instead of allocating anew.
 *
 * Only a weak reference is kept, so an idle process gives the memory back at its next garbage collection.
 * A borrowed buffer's contents are garbage: callers write before they read.
 */
let spare;
/** A buffer of at least `bytes` bytes: the spare one when it is large enough, else a new one. */
function borrowScratch(bytes) {
    const buffer = spare?.deref();
    if (buffer && buffer.byteLength >= bytes) {
        spare = undefined;
        return buffer;
    }
    return new ArrayBuffer(bytes);
}
/** Gives a borrowed buffer back; nothing may use it afterwards. The larger spare is kept. */
function returnScratch(buffer) {
    const current = spare?.deref();
    if (!current || current.byteLength < buffer.byteLength)
        spare = new WeakRef(buffer);
}

;// CONCATENATED MODULE: ./shared/metrics/sort.ts
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

const SMALL = 256;
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const DIGITS_64 = [
    [0, 0],
    [0, 11],
    [0, 22],
    [1, 0],
    [1, 11],
    [1, 22],
];
/** Row indices ordering `values` ascending. NaN must not occur (callers validate first). */
function argsortFloat64(values) {
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
function sortScores(values, labels) {
    const n = values.length;
    if (n < SMALL)
        return comparatorSort(values, labels);
    if (n > ROW_MASK)
        throw new Error(`cannot sort ${n} scores: at most ${ROW_MASK} rows`);
    const narrow = sortableKeys32(values);
    if (narrow) {
        const sort = new NarrowSort(narrow, labels);
        sort.count(0, n);
        return sort.sort();
    }
    const keys = sortableKeys64(values);
    const order = new Uint32Array(n);
    if (labels)
        for (let i = 0; i < n; i++)
            order[i] = labels[i] === 0 ? i : (i | LABEL_BIT) >>> 0;
    else
        for (let i = 0; i < n; i++)
            order[i] = i;
    const sortedKeys = radixPasses(order, keys);
    const result = { order: sortedKeys.order, sorted: fromKeys64(sortedKeys.words) };
    if (labels)
        result.labels = unpackLabels(sortedKeys.order);
    return result;
}
/** The narrow sort's digits, bits [shift, shift + width) of a key, least significant first. */
const NARROW_DIGITS = [
    { shift: 0, width: 13 },
    { shift: 13, width: 13 },
    { shift: 26, width: 6 },
];
function narrowBuffers(n, withLabels) {
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
    keys;
    labels;
    buffers;
    counts = NARROW_DIGITS.map(({ width }) => new Uint32Array(1 << width));
    /** Bits in which some counted key differs from the first. */
    differing = 0;
    counted = 0;
    constructor(keys, labels, 
    /** Made now and touched as keys are counted (a sort in progress); else made by `sort`. */
    buffers) {
        this.keys = keys;
        this.labels = labels;
        this.buffers = buffers;
    }
    /** Counts keys [from, to) under each of NARROW_DIGITS (unrolled); `from` is where the last range ended. */
    count(from, to) {
        const keys = this.keys;
        const [low, middle, high] = this.counts;
        const first = keys[0];
        let differing = this.differing;
        for (let i = from; i < to; i++) {
            const key = keys[i];
            differing |= key ^ first;
            low[key & 0x1fff] = low[key & 0x1fff] + 1;
            middle[(key >>> 13) & 0x1fff] = middle[(key >>> 13) & 0x1fff] + 1;
            high[key >>> 26] = high[key >>> 26] + 1;
        }
        this.differing = differing;
        this.counted = to;
        const buffers = this.buffers;
        if (!buffers)
            return;
        buffers.a.fill(0, from, to);
        buffers.b.fill(0, from, to);
        buffers.order.fill(0, from, to);
        buffers.labels?.fill(0, from, to);
    }
    /** Once: the keys and the counts are the passes' working memory. */
    sort() {
        const { keys, labels } = this;
        const n = keys.length;
        if (this.counted !== n)
            throw new Error(`narrow sort: ${this.counted} of ${n} keys counted`);
        this.counted = -1;
        const digits = this.digits();
        if (digits.length === 0)
            return equalKeys(keys, labels);
        const buffers = this.buffers ?? narrowBuffers(n, labels !== undefined);
        const targets = passTargets(keys, buffers, digits.length);
        let words = keys;
        let idx;
        digits.forEach((digit, p) => {
            const last = p === digits.length - 1 ? (labels ? buffers.labels : true) : undefined;
            const [wordsOut, idxOut] = targets[p];
            if (idx === undefined)
                scatterFirst(words, labels, digit, wordsOut, idxOut, last);
            else
                scatter(words, idx, digit, wordsOut, idxOut, last);
            words = wordsOut;
            idx = idxOut;
        });
        // After an even number of passes the result lies in the keys and the order; the scratch is free.
        if (words === keys)
            returnScratch(buffers.scratch);
        const result = { order: idx, sorted: new Float32Array(words.buffer, words.byteOffset, n) };
        if (labels)
            result.labels = buffers.labels;
        return result;
    }
    /** The digits some keys differ in, with their buckets' start offsets. */
    digits() {
        return NARROW_DIGITS.flatMap(({ shift, width }, p) => {
            const mask = (1 << width) - 1;
            return ((this.differing >>> shift) & mask) === 0 ? [] : [{ shift, mask, offsets: startOffsets(this.counts[p]) }];
        });
    }
}
/** Bucket counts into bucket start offsets, in place. */
function startOffsets(counts) {
    let start = 0;
    for (let d = 0; d < counts.length; d++) {
        const count = counts[d];
        counts[d] = start;
        start += count;
    }
    return counts;
}
/**
 * Each pass's [keys, indices] out. Every pass ends in `order`, so the caller's order is one array
 * whatever the number of passes; the keys (consumed by the first pass) take a middle pass's output.
 */
function passTargets(keys, { a, b, order }, passes) {
    if (passes === 1)
        return [[a, order]];
    if (passes === 2)
        return [[a, b], [keys, order]];
    return [[a, order], [keys, b], [a, order]];
}
/**
 * `sortScores` of float32 scores that arrive in row order, a range at a time (predictions still being
 * made): their sort keys are written and counted as they come, and the sort's buffers paged in, so the
 * sort once the last arrives only scatters. The same result, element for element.
 */
class Float32SortInProgress {
    labels;
    keys;
    /** Absent for sizes `sortScores` does not radix-sort. */
    narrow;
    added = 0;
    constructor(rows, 
    /** 0/1 per row, carried as `sortScores` carries them. */
    labels) {
        this.labels = labels;
        this.keys = new Uint32Array(rows);
        if (rows >= SMALL && rows <= ROW_MASK)
            this.narrow = new NarrowSort(this.keys, labels, narrowBuffers(rows, labels !== undefined));
    }
    /** Scores [from, to) of `values` (indexed by row); `from` is where the last range ended. */
    add(values, from, to) {
        if (from !== this.added)
            throw new Error(`sort in progress: rows ${from}–${to} after rows up to ${this.added}`);
        this.added = to;
        writeFloat32Keys(values, this.keys, from, to);
        this.narrow?.count(from, to);
    }
    /** The sort of all rows' scores (`values`, every row added). */
    sort(values) {
        const n = this.keys.length;
        if (this.added !== n || values.length !== n)
            throw new Error(`sort in progress: ${this.added} of ${n} rows added`);
        return this.narrow ? this.narrow.sort() : sortScores(values, this.labels);
    }
}
/** Every key equal: row order is sorted order. */
function equalKeys(keys, labels) {
    const order = new Uint32Array(keys.length);
    for (let i = 0; i < order.length; i++)
        order[i] = i;
    const result = { order, sorted: fromKeys32(keys) };
    if (labels)
        result.labels = Uint8Array.from(labels);
    return result;
}
/**
 * The first pass: row i's index (with its label bit) is i, so no index array is read. When it is also
 * the last pass (`last` set), see `scatter`.
 */
function scatterFirst(words, labels, digit, wordsOut, idxOut, last) {
    const { shift, mask, offsets } = digit;
    for (let i = 0; i < words.length; i++) {
        const key = words[i];
        const d = (key >>> shift) & mask;
        const at = offsets[d];
        offsets[d] = at + 1;
        if (last) {
            wordsOut[at] = unflipKey(key);
            idxOut[at] = i;
            if (last !== true)
                last[at] = labels[i] === 0 ? 0 : 1;
        }
        else {
            wordsOut[at] = key;
            idxOut[at] = labels && labels[i] !== 0 ? (i | LABEL_BIT) >>> 0 : i;
        }
    }
}
/**
 * A later pass. The last one (`last` set) writes float bits instead of keys and plain row indices,
 * moving the label bits into `last` when it is the label array.
 */
function scatter(words, idx, digit, wordsOut, idxOut, last) {
    const { shift, mask, offsets } = digit;
    for (let i = 0; i < words.length; i++) {
        const key = words[i];
        const d = (key >>> shift) & mask;
        const at = offsets[d];
        offsets[d] = at + 1;
        if (last) {
            const packed = idx[i];
            wordsOut[at] = unflipKey(key);
            idxOut[at] = packed & ROW_MASK;
            if (last !== true)
                last[at] = packed >>> 31;
        }
        else {
            wordsOut[at] = key;
            idxOut[at] = idx[i];
        }
    }
}
/** Splits the label bits off the sorted row indices (in place) into a label array. */
function unpackLabels(order) {
    const labels = new Uint8Array(order.length);
    for (let i = 0; i < order.length; i++) {
        const packed = order[i];
        labels[i] = packed >>> 31;
        order[i] = packed & ROW_MASK;
    }
    return labels;
}
/** Tiny inputs: 2,048-bucket histograms would dominate; a comparator sort is cheaper here. */
function comparatorSort(values, labels) {
    const arr = Array.from({ length: values.length }, (_, i) => i);
    arr.sort((a, b) => values[a] - values[b] || a - b);
    const order = Uint32Array.from(arr);
    const result = { order, sorted: Float64Array.from(order, (row) => values[row] + 0) };
    if (labels)
        result.labels = Uint8Array.from(order, (row) => labels[row]);
    return result;
}
/**
 * Maps each float to unsigned words whose order is the numeric order: flip every bit of negatives, only
 * the sign bit of positives. `-0` is folded into `+0` so the two compare equal. A double becomes a
 * [lo, hi] pair (the layout of a little-endian Float64Array: x64 and arm64), a float32 one word.
 */
function sortableKeys64(values) {
    const n = values.length;
    const copy = new Float64Array(n);
    for (let i = 0; i < n; i++)
        copy[i] = values[i] + 0;
    const words = new Uint32Array(copy.buffer);
    for (let i = 0; i < 2 * n; i += 2) {
        const h = words[i + 1];
        if (h & 0x80000000) {
            words[i + 1] = ~h >>> 0;
            words[i] = ~words[i] >>> 0;
        }
        else
            words[i + 1] = (h | 0x80000000) >>> 0;
    }
    return words;
}
/**
 * 32-bit keys when every value is a float32 value (checked while copying: one pass), else undefined.
 */
function sortableKeys32(values) {
    if (values instanceof Float32Array)
        return keysOfFloat32(values);
    const copy = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const narrow = Math.fround(v);
        if (narrow !== v)
            return undefined;
        copy[i] = narrow + 0;
    }
    const words = new Uint32Array(copy.buffer);
    for (let i = 0; i < words.length; i++)
        words[i] = flipKey(words[i]);
    return words;
}
/** Keys of a Float32Array (NaN must not occur): its bits, copied, −0 folded into +0, flipped. */
function keysOfFloat32(values) {
    const keys = new Uint32Array(values.length);
    writeFloat32Keys(values, keys, 0, values.length);
    return keys;
}
/** `keys[i]` for values [from, to): the float's bits, −0 folded into +0, flipped. */
function writeFloat32Keys(values, keys, from, to) {
    const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
    for (let i = from; i < to; i++) {
        const b = bits[i];
        keys[i] = b === 0x80000000 ? 0x80000000 : flipKey(b);
    }
}
function flipKey(bits) {
    return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}
/** Inverse of `sortableKeys64`, in place; returns the doubles. */
function fromKeys64(words) {
    for (let i = 0; i < words.length; i += 2) {
        const h = words[i + 1];
        if (h & 0x80000000)
            words[i + 1] = (h & 0x7fffffff) >>> 0;
        else {
            words[i + 1] = ~h >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
    return new Float64Array(words.buffer, words.byteOffset, words.length / 2);
}
/** Inverse of `flipKey`: the float32 bits of a key. */
function unflipKey(key) {
    return key & 0x80000000 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
}
/** Inverse of `sortableKeys32`, in place; returns the floats (widening them would cost fresh memory). */
function fromKeys32(words) {
    for (let i = 0; i < words.length; i++)
        words[i] = unflipKey(words[i]);
    return new Float32Array(words.buffer, words.byteOffset, words.length);
}
/** LSD passes over [lo, hi] keys of doubles, carrying the row indices (label bit included). */
function radixPasses(order, keys) {
    const n = order.length;
    let idx = order;
    let words = keys;
    let idxTmp = new Uint32Array(n);
    let wordsTmp = new Uint32Array(2 * n);
    const counts = new Uint32Array(RADIX);
    for (const [word, shift] of DIGITS_64) {
        if (!histogram(words, word, shift, counts))
            continue;
        for (let i = 0; i < n; i++) {
            const lo = words[2 * i];
            const hi = words[2 * i + 1];
            const d = ((word === 0 ? lo : hi) >>> shift) & MASK;
            const at = counts[d];
            counts[d] = at + 1;
            idxTmp[at] = idx[i];
            wordsTmp[2 * at] = lo;
            wordsTmp[2 * at + 1] = hi;
        }
        [idx, idxTmp] = [idxTmp, idx];
        [words, wordsTmp] = [wordsTmp, words];
    }
    return { order: idx, words };
}
/** Fills `counts` with bucket start offsets; returns false when one bucket holds every key (skip pass). */
function histogram(words, word, shift, counts) {
    counts.fill(0);
    const n = words.length / 2;
    for (let i = 0; i < n; i++) {
        const d = (words[2 * i + word] >>> shift) & MASK;
        counts[d] = counts[d] + 1;
    }
    let start = 0;
    for (let d = 0; d < RADIX; d++) {
        const c = counts[d];
        if (c === n)
            return false;
        counts[d] = start;
        start += c;
    }
    return true;
}

;// CONCATENATED MODULE: ./shared/metrics/ranking.ts
/**
 * Ranking metrics from one sorted pass: ROC AUC exactly as scikit-learn's `roc_curve` + `auc` (tied scores
 * form one threshold, the curve joins thresholds with straight segments, so ties count one half) and
 * average precision exactly as `average_precision_score` (step-wise: Σ (R_k − R_{k−1}) · P_k over distinct
 * thresholds, no interpolation). `drop_intermediate` only removes collinear ROC points, which does not
 * change the trapezoid area.
 *
 * The unweighted AUC is accumulated in integers (twice the area in units of one positive × one negative),
 * exact up to 2^53, and divided once at the end.
 */

const NO_POSITIVES = 'no positive rows: the metric needs both classes in y_true';
const NO_NEGATIVES = 'no negative rows: the metric needs both classes in y_true';
/** Both ranking metrics with one sort; pass `sorted` when the caller already sorted `score`. */
function ranking_rankingMetrics(isPositive, score, sorted = sortScores(score, isPositive)) {
    const { sorted: values } = sorted;
    const labels = sortedLabels(isPositive, sorted);
    let tp = 0;
    let all = 0;
    let area2 = 0;
    let apSum = 0;
    let i = values.length - 1;
    while (i >= 0) {
        const value = values[i];
        const tpBefore = tp;
        const fpBefore = all - tp;
        // One threshold per distinct score, walked from the highest down (branch-free: labels are random).
        for (; i >= 0 && values[i] === value; i--) {
            tp += labels[i];
            all++;
        }
        const fp = all - tp;
        area2 += (fp - fpBefore) * (tp + tpBefore);
        if (tp > tpBefore)
            apSum += (tp - tpBefore) * (tp / all);
    }
    return finishRanking(tp, all - tp, area2, apSum);
}
function prepareWeightedRanking(isPositive, sorted, unitOf) {
    const n = sorted.order.length;
    const unit = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        unit[i] = unitOf[sorted.order[i]];
    return { sorted: sorted.sorted, label: sortedLabels(isPositive, sorted), unit };
}
/** Labels in score order: the ones carried through the sort, else gathered (one random-access pass). */
function sortedLabels(isPositive, sorted) {
    if (sorted.labels)
        return sorted.labels;
    const labels = new Uint8Array(sorted.order.length);
    for (let i = 0; i < labels.length; i++)
        labels[i] = isPositive[sorted.order[i]];
    return labels;
}
/**
 * The same pass with each row counted `weights[unit]` times: a bootstrap resample expressed as
 * multiplicities, so the order computed once serves every resample.
 */
function weightedRankingMetrics(rows, weights) {
    const { sorted, label, unit } = rows;
    let tp = 0;
    let all = 0;
    let area2 = 0;
    let apSum = 0;
    let i = sorted.length - 1;
    while (i >= 0) {
        const value = sorted[i];
        const tpBefore = tp;
        const fpBefore = all - tp;
        // Branch-free accumulation: labels are unpredictable, and weights are integer draw counts, so
        // fp = all − tp is exact.
        for (; i >= 0 && sorted[i] === value; i--) {
            const w = weights[unit[i]];
            tp += w * label[i];
            all += w;
        }
        const fp = all - tp;
        area2 += (fp - fpBefore) * (tp + tpBefore);
        if (tp > tpBefore)
            apSum += (tp - tpBefore) * (tp / all);
    }
    return finishRanking(tp, all - tp, area2, apSum);
}
function finishRanking(positives, negatives, area2, apSum) {
    const rocAuc = positives === 0 ? { undefined: NO_POSITIVES } : negatives === 0 ? { undefined: NO_NEGATIVES } : area2 / (2 * positives * negatives);
    // AP with only positive rows is 1 in scikit-learn (precision is 1 at every threshold); kept.
    const averagePrecision = positives === 0 ? { undefined: NO_POSITIVES } : apSum / positives;
    return { positives, negatives, rocAuc, averagePrecision };
}

;// CONCATENATED MODULE: ./shared/metrics/validate.ts
/**
 * Precondition checks on metric inputs. Evaluate checks the user's data earlier and names rows and
 * columns; these are the last line of defence, cheap (one pass) and explicit about which field is wrong.
 */

function fail(field, message, fix) {
    throw new errors/* UserError */.yo(message, { field, fix });
}
function checkLength(field, actual, expected) {
    if (actual !== expected)
        fail(field, `${field} has ${actual} values, expected ${expected}`, 'Pass one value per row.');
}
function checkFinite(field, values, from = 0, to = values.length) {
    for (let i = from; i < to; i++) {
        if (!Number.isFinite(values[i])) {
            fail(field, `${field}[${i}] is ${values[i]}, not a finite number`, 'Remove or fix rows whose predictions are NaN or infinite.');
        }
    }
}
function validateBinary(input) {
    validateBinaryShape(input);
    validateBinaryRows(input, 0, input.yTrue.length);
}
/** The checks of a binary input that read no row (lengths, threshold). */
function validateBinaryShape(input) {
    const n = input.yTrue.length;
    checkLength('score', input.score.length, n);
    if (input.yPred)
        checkLength('yPred', input.yPred.length, n);
    if (!Number.isFinite(input.threshold))
        fail('threshold', `threshold is ${input.threshold}`, 'Use a finite decision threshold such as 0.5.');
}
/** Rows [from, to) of a binary input: labels and decisions 0 or 1, scores finite (for inputs filled a range at a time). */
function validateBinaryRows(input, from, to) {
    for (let i = from; i < to; i++) {
        if (input.yTrue[i] > 1)
            fail('yTrue', `yTrue[${i}] is ${input.yTrue[i]}, expected 0 or 1`, 'Encode the positive label as 1, the rest as 0.');
        if (input.yPred && input.yPred[i] > 1)
            fail('yPred', `yPred[${i}] is ${input.yPred[i]}, expected 0 or 1`, 'Encode predicted positives as 1, the rest as 0.');
    }
    checkFinite('score', input.score, from, to);
}
function validateMulticlass(input) {
    const n = input.yTrue.length;
    const c = input.classes;
    if (!Number.isInteger(c) || c < 2)
        fail('classes', `classes is ${c}, expected an integer ≥ 2`, 'Pass the number of columns of the probability matrix.');
    checkLength('proba', input.proba.length, n * c);
    if (input.yPred)
        checkLength('yPred', input.yPred.length, n);
    for (let i = 0; i < n; i++) {
        const y = input.yTrue[i];
        if (y < 0 || y >= c)
            fail('yTrue', `yTrue[${i}] is ${y}, outside the ${c} classes`, 'Map labels to class indices 0..C-1 in the model output order.');
        const p = input.yPred?.[i];
        if (p !== undefined && (p < 0 || p >= c))
            fail('yPred', `yPred[${i}] is ${p}, outside the ${c} classes`, 'Map predictions to class indices 0..C-1.');
    }
    checkFinite('proba', input.proba);
}
function validateRegression(input) {
    checkLength('yPred', input.yPred.length, input.yTrue.length);
    checkFinite('yTrue', input.yTrue);
    checkFinite('yPred', input.yPred);
}

;// CONCATENATED MODULE: ./shared/metrics/values.ts
/** `num / den`, or `{ undefined: reason }` where scikit-learn would warn and substitute 0. */
function ratio(num, den, reason) {
    return den === 0 ? { undefined: reason } : num / den;
}
function isNumber(value) {
    return typeof value === 'number';
}
/** The reason of the first undefined value, for derived metrics (RMSE from MSE, deltas). */
function firstUndefined(...values) {
    return values.find((v) => typeof v !== 'number');
}
const values_EMPTY_SET = 'the evaluation set has no rows';
/** `np.finfo(dtype).eps`, the clip scikit-learn 1.2.1's log loss applies by default (`eps="auto"`). */
const values_DTYPE_EPS = { float64: 2.220446049250313e-16, float32: 1.1920928955078125e-7 };

;// CONCATENATED MODULE: ./shared/metrics/binary.ts
/**
 * Binary classification metrics with scikit-learn 1.2.1 semantics (`pos_label=1`, `average='binary'`),
 * except that where scikit-learn warns and substitutes 0 (`zero_division`), or returns NaN, the value is
 * `{ undefined: reason }`.
 */





const NOT_PROBABILITIES = 'scores outside [0, 1] are not probabilities';
/** Whether row i is predicted positive: the model's label when given, else `score >= threshold`. */
function predictedPositive(input, i) {
    return input.yPred ? input.yPred[i] === 1 : input.score[i] >= input.threshold;
}
function binaryConfusion(input) {
    const counts = { tn: 0, fp: 0, fn: 0, tp: 0 };
    const n = input.yTrue.length;
    for (let i = 0; i < n; i++) {
        const pred = predictedPositive(input, i);
        if (input.yTrue[i] === 1) {
            if (pred)
                counts.tp++;
            else
                counts.fn++;
        }
        else if (pred)
            counts.fp++;
        else
            counts.tn++;
    }
    return counts;
}
function accuracyFromCounts(correct, n) {
    return ratio(correct, n, values_EMPTY_SET);
}
function precisionFromCounts(tp, fp) {
    return ratio(tp, tp + fp, 'no row is predicted positive (scikit-learn warns and reports 0)');
}
function recallFromCounts(tp, fn) {
    return ratio(tp, tp + fn, 'no positive rows (scikit-learn warns and reports 0)');
}
/**
 * F1 = 2·tp / (2·tp + fp + fn), equal to scikit-learn's 2PR/(P+R) with its zero-division 0s, and only
 * ill-defined when there are neither positive rows nor positive predictions.
 */
function f1FromCounts(tp, fp, fn) {
    return ratio(2 * tp, 2 * tp + fp + fn, 'no positive rows and no positive predictions (scikit-learn warns and reports 0)');
}
function binaryAccuracy(input) {
    const c = binaryConfusion(input);
    return accuracyFromCounts(c.tp + c.tn, input.yTrue.length);
}
function binaryPrecision(input) {
    const c = binaryConfusion(input);
    return precisionFromCounts(c.tp, c.fp);
}
function binaryRecall(input) {
    const c = binaryConfusion(input);
    return recallFromCounts(c.tp, c.fn);
}
function binaryF1(input) {
    const c = binaryConfusion(input);
    return f1FromCounts(c.tp, c.fp, c.fn);
}
function rocAuc(input) {
    return rankingMetrics(input.yTrue, input.score).rocAuc;
}
function averagePrecision(input) {
    return rankingMetrics(input.yTrue, input.score).averagePrecision;
}
function allProbabilities(score) {
    for (let i = 0; i < score.length; i++) {
        const p = score[i];
        if (!(p >= 0 && p <= 1))
            return false;
    }
    return true;
}
/**
 * One row's log loss exactly as scikit-learn 1.2.1 computes it with `labels=[0, 1]`: clip p to
 * [eps, 1 − eps], form the row [1 − p, p], renormalise it by its sum (which rounding can move off 1), and
 * take −log of the true class's share.
 */
function binaryLogLossTerm(y, p, eps) {
    const clipped = p < eps ? eps : p > 1 - eps ? 1 - eps : p;
    const q = 1 - clipped;
    const sum = q + clipped;
    return -Math.log((y === 1 ? clipped : q) / sum);
}
/**
 * Mean log loss. Computed on single-class sets too, as scikit-learn does when `labels` names both classes
 * (the caller knows both). Scores outside [0, 1] are undefined here, where scikit-learn would clip them.
 */
function binaryLogLoss(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: EMPTY_SET };
    if (!allProbabilities(input.score))
        return { undefined: NOT_PROBABILITIES };
    const eps = DTYPE_EPS[input.probabilityDtype ?? 'float64'];
    let total = 0;
    for (let i = 0; i < n; i++)
        total += binaryLogLossTerm(input.yTrue[i], input.score[i], eps);
    return total / n;
}
/** `brier_score_loss`: mean of (y − p)²; scikit-learn rejects scores outside [0, 1], here undefined. */
function brierScore(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: EMPTY_SET };
    if (!allProbabilities(input.score))
        return { undefined: NOT_PROBABILITIES };
    let total = 0;
    for (let i = 0; i < n; i++) {
        const d = input.yTrue[i] - input.score[i];
        total += d * d;
    }
    return total / n;
}
/** Adds row i to calibration bins (top-label confidence; see calibration.ts). */
function addBinaryCalibration(sums, offset, y, p) {
    const positive = p > 0.5;
    addToBins(sums, offset, positive ? p : 1 - p, positive === (y === 1));
}
function binaryEce(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: EMPTY_SET };
    if (!allProbabilities(input.score))
        return { undefined: NOT_PROBABILITIES };
    const bins = new CalibrationBins();
    for (let i = 0; i < n; i++)
        addBinaryCalibration(bins.sums, 0, input.yTrue[i], input.score[i]);
    return eceFromSums(bins.sums, 0, n);
}
/**
 * Every binary metric: one validation pass, one fused pass for the additive metrics, one sort (pass
 * `sorted` to reuse a sort the caller already has).
 */
function binaryMetrics(input, sorted) {
    validateBinary(input);
    const ranking = ranking_rankingMetrics(input.yTrue, input.score, sorted ?? sortScores(input.score, input.yTrue));
    return binaryResult(binarySums(input).whole, 0, ranking);
}
/**
 * Per-row sums behind the non-ranking binary metrics, one block of `BINARY_SUMS` numbers per set:
 * [tn, fp, fn, tp, rows that are not probabilities, Σ log-loss terms, Σ squared errors, ECE bins…].
 * Counts are exact in doubles; the two loss sums add their terms in row order, so a set summed alone and
 * the same rows summed as one group of many give the same bits.
 */
const BINARY_SUMS = 7 + 3 * ECE_BINS;
const NOT_PROBABILITY = 4;
const LOG_LOSS = 5;
const BRIER = 6;
const BINS = 7;
/**
 * Each row's group + 1 (0: in none), in 16 bits when the groups fit. A ranking walk reads a row's group
 * in score order, a random read per row: from this half-size array, one lookup, it costs a third of
 * reading the key and then its group.
 */
function rowGroups({ key, groupOfKey, groups }) {
    const rows = groups < 0xffff ? new Uint16Array(key.length) : new Int32Array(key.length);
    for (let i = 0; i < key.length; i++)
        rows[i] = groupOfKey[key[i] + 1] + 1;
    return rows;
}
/**
 * One pass over the rows: the whole set's block of sums and, for each grouping, a block per group. Each
 * row's terms are computed once and added to every block it belongs to, in row order.
 */
function binarySums(input, groupings = []) {
    const sums = new BinarySumsInProgress(groupings, input.probabilityDtype);
    sums.add(input, 0, input.yTrue.length);
    return sums.result();
}
/**
 * `binarySums` over rows that arrive in order, a range at a time (predictions still being made): every
 * term is added in row order, as one pass adds it, so the sums are the same to the last bit.
 */
class BinarySumsInProgress {
    groupings;
    whole = new Float64Array(BINARY_SUMS);
    groups;
    eps;
    logLoss = 0;
    brier = 0;
    next = 0;
    constructor(groupings, probabilityDtype) {
        this.groupings = groupings;
        this.groups = groupings.map(({ groups: count }) => new Float64Array(count * BINARY_SUMS));
        this.eps = values_DTYPE_EPS[probabilityDtype ?? 'float64'];
    }
    /** Rows [from, to) of `input` (whose arrays cover them); `from` is where the previous range ended. */
    add(input, from, to) {
        if (from !== this.next)
            throw new Error(`binary sums: rows ${from}–${to} added after rows up to ${this.next}`);
        this.next = to;
        const { yTrue, score, yPred, threshold } = input;
        const { whole, groups, groupings, eps } = this;
        // Locals in the loop, not fields: it runs once per row.
        let logLoss = this.logLoss;
        let brier = this.brier;
        for (let i = from; i < to; i++) {
            const y = yTrue[i];
            const p = score[i];
            const predicted = yPred ? yPred[i] === 1 : p >= threshold;
            const cell = (y === 1 ? 2 : 0) + (predicted ? 1 : 0);
            const improper = !(p >= 0 && p <= 1);
            const term = binaryLogLossTerm(y, p, eps);
            const squared = (y - p) * (y - p);
            // Top-label calibration (calibration.ts), as `addBinaryCalibration` adds it.
            const positive = p > 0.5;
            const confidence = positive ? p : 1 - p;
            const correct = positive === (y === 1) ? 1 : 0;
            const bin = BINS + 3 * eceBin(confidence);
            whole[cell] = whole[cell] + 1;
            if (improper)
                whole[NOT_PROBABILITY] = whole[NOT_PROBABILITY] + 1;
            logLoss += term;
            brier += squared;
            addBin(whole, bin, correct, confidence);
            for (let k = 0; k < groups.length; k++) {
                const { key, groupOfKey } = groupings[k];
                const g = groupOfKey[key[i] + 1];
                if (g < 0)
                    continue;
                const sums = groups[k];
                const at = g * BINARY_SUMS;
                sums[at + cell] = sums[at + cell] + 1;
                if (improper)
                    sums[at + NOT_PROBABILITY] = sums[at + NOT_PROBABILITY] + 1;
                sums[at + LOG_LOSS] = sums[at + LOG_LOSS] + term;
                sums[at + BRIER] = sums[at + BRIER] + squared;
                addBin(sums, at + bin, correct, confidence);
            }
        }
        this.logLoss = logLoss;
        this.brier = brier;
    }
    /** The sums of the rows added so far. */
    result() {
        const whole = Float64Array.from(this.whole);
        whole[LOG_LOSS] = this.logLoss;
        whole[BRIER] = this.brier;
        return { whole, groups: this.groups };
    }
}
/** `addToBins` with the bin already found. */
function addBin(sums, at, correct, confidence) {
    sums[at] = sums[at] + 1;
    sums[at + 1] = sums[at + 1] + correct;
    sums[at + 2] = sums[at + 2] + confidence;
}
/**
 * The binary result from a block of sums (see `BINARY_SUMS`) and the ranking metrics. The loss sums and
 * bins only count when every row of the set is a probability.
 */
function binaryResult(sums, offset, ranking) {
    const tn = sums[offset];
    const fp = sums[offset + 1];
    const fn = sums[offset + 2];
    const tp = sums[offset + 3];
    const n = tn + fp + fn + tp;
    const probabilities = sums[offset + NOT_PROBABILITY] === 0;
    const probabilityMetric = (sum) => (n === 0 ? { undefined: values_EMPTY_SET } : probabilities ? sum / n : { undefined: NOT_PROBABILITIES });
    return {
        task: 'binary',
        n,
        metrics: {
            accuracy: accuracyFromCounts(tp + tn, n),
            precision: precisionFromCounts(tp, fp),
            recall: recallFromCounts(tp, fn),
            f1: f1FromCounts(tp, fp, fn),
            roc_auc: ranking.rocAuc,
            average_precision: ranking.averagePrecision,
            log_loss: probabilityMetric(sums[offset + LOG_LOSS]),
            brier: probabilityMetric(sums[offset + BRIER]),
            ece: n === 0 ? { undefined: values_EMPTY_SET } : probabilities ? calibration_eceFromSums(sums, offset + BINS, n) : { undefined: NOT_PROBABILITIES },
        },
        confusionMatrix: [
            [tn, fp],
            [fn, tp],
        ],
    };
}

;// CONCATENATED MODULE: ./shared/explain/scorers.ts


function confusion(labels, predictions, threshold) {
    let tp = 0;
    let fp = 0;
    let positives = 0;
    for (let i = 0; i < labels.length; i++) {
        const positive = labels[i] === 1;
        if (positive)
            positives++;
        if (predictions[i] >= threshold) {
            if (positive)
                tp++;
            else
                fp++;
        }
    }
    const negatives = labels.length - positives;
    return { tp, fp, fn: positives - tp, tn: negatives - fp };
}
function countPositives(labels) {
    let positives = 0;
    for (let i = 0; i < labels.length; i++)
        if (labels[i] === 1)
            positives++;
    return positives;
}
const scorers_NO_POSITIVES = 'the explained rows have no positive labels';
const ONE_CLASS = 'the explained rows hold one class only';
function needsPositives(labels) {
    return countPositives(labels) === 0 ? scorers_NO_POSITIVES : undefined;
}
function needsBothClasses(labels) {
    const positives = countPositives(labels);
    return positives === 0 || positives === labels.length ? ONE_CLASS : undefined;
}
/** `accuracy_score`: the share of rows whose decision matches the label (scikit-learn's `estimator.score`). */
function accuracyScorer(threshold = 0.5) {
    return {
        name: 'accuracy',
        score(labels, predictions) {
            const c = confusion(labels, predictions, threshold);
            return (c.tp + c.tn) / labels.length;
        },
    };
}
/** `balanced_accuracy_score`: mean recall over the classes present in the labels (scikit-learn drops the others). */
function balancedAccuracyScorer(threshold = 0.5) {
    return {
        name: 'balanced_accuracy',
        score(labels, predictions) {
            const c = confusion(labels, predictions, threshold);
            const recalls = [];
            if (c.tn + c.fp > 0)
                recalls.push(c.tn / (c.tn + c.fp));
            if (c.tp + c.fn > 0)
                recalls.push(c.tp / (c.tp + c.fn));
            return recalls.reduce((a, b) => a + b, 0) / recalls.length;
        },
    };
}
/** `f1_score` of the positive class: 2TP / (2TP + FP + FN); 0 without true positives, as scikit-learn. */
function f1Scorer(threshold = 0.5) {
    return {
        name: 'f1',
        undefinedReason: needsPositives,
        score(labels, predictions) {
            const c = confusion(labels, predictions, threshold);
            return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
        },
    };
}
/**
 * Scores of the positive and of the negative rows, each sorted ascending, in buffers kept between calls.
 * Two native numeric sorts (no comparator) and a merge cost a fifth of one index sort with a comparator,
 * which matters at (1 + repeats × features) scores per explanation. NaN sorts as +∞ so that every tie
 * group is well defined (evaluate has already refused NaN in the unpermuted predictions).
 */
class ClassScores {
    positives = new Float64Array(0);
    negatives = new Float64Array(0);
    split(labels, predictions) {
        if (this.positives.length < labels.length) {
            this.positives = new Float64Array(labels.length);
            this.negatives = new Float64Array(labels.length);
        }
        let p = 0;
        let n = 0;
        for (let i = 0; i < labels.length; i++) {
            const value = predictions[i];
            const score = value === value ? value : Infinity;
            if (labels[i] === 1)
                this.positives[p++] = score;
            else
                this.negatives[n++] = score;
        }
        return { pos: this.positives.subarray(0, p).sort(), neg: this.negatives.subarray(0, n).sort() };
    }
}
/**
 * `roc_auc_score`: the Mann–Whitney statistic with tied scores counting one half, which is what the
 * trapezoids over scikit-learn's ROC curve (one point per distinct score) add up to.
 */
function rocAucScorer() {
    const buffers = new ClassScores();
    return {
        name: 'roc_auc',
        undefinedReason: needsBothClasses,
        score(labels, predictions) {
            const { pos, neg } = buffers.split(labels, predictions);
            let j = 0;
            let twiceArea = 0;
            for (let i = 0; i < pos.length;) {
                const value = pos[i];
                while (j < neg.length && neg[j] < value)
                    j++;
                let tied = 0;
                while (j + tied < neg.length && neg[j + tied] === value)
                    tied++;
                let positives = 0;
                for (; i < pos.length && pos[i] === value; i++)
                    positives++;
                twiceArea += positives * (2 * j + tied);
            }
            return twiceArea / (2 * pos.length * neg.length);
        },
    };
}
/**
 * `average_precision_score`: Σ (R_k − R_{k−1}) P_k over the distinct scores from the highest down, tied
 * scores entering together (scikit-learn 1.2.1's uninterpolated step sum over `precision_recall_curve`).
 * Only scores held by a positive move recall, so the sum runs over the positives' distinct scores.
 */
function averagePrecisionScorer() {
    const buffers = new ClassScores();
    return {
        name: 'average_precision',
        undefinedReason: needsPositives,
        score(labels, predictions) {
            const { pos, neg } = buffers.split(labels, predictions);
            let j = neg.length - 1;
            let tp = 0;
            let fp = 0;
            let sum = 0;
            for (let i = pos.length - 1; i >= 0;) {
                const value = pos[i];
                let positives = 0;
                for (; i >= 0 && pos[i] === value; i--)
                    positives++;
                for (; j >= 0 && neg[j] >= value; j--)
                    fp++;
                tp += positives;
                sum += (positives / pos.length) * (tp / (tp + fp));
            }
            return sum;
        },
    };
}
/**
 * `neg_log_loss`: the negated mean log loss of the positive-class probability, clipped at the eps of the
 * model output's dtype and renormalised as scikit-learn 1.2.1 does (shared/metrics' `binaryLogLossTerm`).
 * Computed on a one-class set too (scikit-learn's `log_loss` with `labels=[0, 1]`); scores outside [0, 1]
 * are not probabilities, so the score is undefined for them.
 */
function negLogLossScorer(dtype = 'float64') {
    const eps = values_DTYPE_EPS[dtype];
    return {
        name: 'neg_log_loss',
        undefinedReason(_labels, predictions) {
            for (let i = 0; i < predictions.length; i++) {
                if (!(predictions[i] >= 0 && predictions[i] <= 1))
                    return `the model's scores are not probabilities (row ${i} scores ${predictions[i]})`;
            }
            return undefined;
        },
        score(labels, predictions) {
            let loss = 0;
            for (let i = 0; i < labels.length; i++)
                loss += binaryLogLossTerm(labels[i], predictions[i], eps);
            return -loss / labels.length;
        },
    };
}
/** `r2_score`: 1 − SSres/SStot; a constant target gives 1 for a perfect fit and 0 otherwise, as scikit-learn. */
function r2Scorer() {
    return {
        name: 'r2',
        score(labels, predictions) {
            let mean = 0;
            for (let i = 0; i < labels.length; i++)
                mean += labels[i];
            mean /= labels.length;
            let residual = 0;
            let total = 0;
            for (let i = 0; i < labels.length; i++) {
                residual += (labels[i] - predictions[i]) ** 2;
                total += (labels[i] - mean) ** 2;
            }
            if (total === 0)
                return residual === 0 ? 1 : 0;
            return 1 - residual / total;
        },
    };
}
function meanError(labels, predictions, power) {
    let sum = 0;
    for (let i = 0; i < labels.length; i++) {
        const error = Math.abs(labels[i] - predictions[i]);
        sum += power === 1 ? error : error * error;
    }
    return sum / labels.length;
}
/** `neg_mean_absolute_error`. */
function negMeanAbsoluteErrorScorer() {
    return { name: 'neg_mean_absolute_error', score: (labels, predictions) => -meanError(labels, predictions, 1) };
}
/** `neg_mean_squared_error`. */
function negMeanSquaredErrorScorer() {
    return { name: 'neg_mean_squared_error', score: (labels, predictions) => -meanError(labels, predictions, 2) };
}
/** `neg_root_mean_squared_error` (scikit-learn 1.2.1: `mean_squared_error(squared=False)`, the root of the MSE). */
function negRootMeanSquaredErrorScorer() {
    return { name: 'neg_root_mean_squared_error', score: (labels, predictions) => -Math.sqrt(meanError(labels, predictions, 2)) };
}

// EXTERNAL MODULE: ./shared/explain/scoring-names.ts
var scoring_names = __webpack_require__(2922);
;// CONCATENATED MODULE: ./shared/explain/scoring.ts



/**
 * The name checked for the task; undefined means the task's default. A name scikit-learn has for another
 * task, or no name at all, is a `UserError` naming the input and listing the valid names.
 */
function checkScoring(name, task, input = 'explain-scoring') {
    if (name === undefined)
        return undefined;
    const valid = task ? scoring_names/* SCORING_NAMES */.L9[task] : scoring_names/* ALL_SCORING_NAMES */["do"];
    if (valid.includes(name))
        return name;
    const other = task && scoring_names/* ALL_SCORING_NAMES */["do"].includes(name) ? ` is not a scorer for a ${task} model` : ' is not a scorer mlci knows';
    throw new errors/* UserError */.yo(`${input} '${name}'${other}; valid names${task ? ` for ${task}` : ''}: ${valid.join(', ')}.`, {
        input,
        fix: task
            ? `Set ${input} to one of ${valid.join(', ')}, or leave it empty for ${scoring_names/* DEFAULT_SCORING */.cH[task]} (scikit-learn's default).`
            : `Use a scikit-learn scorer name: binary ${scoring_names/* SCORING_NAMES */.L9.binary.join(', ')}; regression ${scoring_names/* SCORING_NAMES */.L9.regression.join(', ')}.`,
    });
}
/** The scorer for a task and an (optional, checked) scikit-learn scoring name. */
function scorerFor(task, name, settings = {}) {
    const scoring = checkScoring(name, task) ?? scoring_names/* DEFAULT_SCORING */.cH[task];
    const threshold = settings.threshold ?? 0.5;
    const make = {
        accuracy: () => accuracyScorer(threshold),
        balanced_accuracy: () => balancedAccuracyScorer(threshold),
        f1: () => f1Scorer(threshold),
        roc_auc: rocAucScorer,
        average_precision: averagePrecisionScorer,
        neg_log_loss: () => negLogLossScorer(settings.probabilityDtype),
        r2: r2Scorer,
        neg_mean_absolute_error: negMeanAbsoluteErrorScorer,
        neg_mean_squared_error: negMeanSquaredErrorScorer,
        neg_root_mean_squared_error: negRootMeanSquaredErrorScorer,
    };
    return make[scoring]();
}

;// CONCATENATED MODULE: ./shared/explain/explain.ts









const EXPLAIN_DEFAULTS = { rows: 10_000, shapRows: 200, backgroundRows: 100, seed: 0, repeats: 5, budgetRows: 5_000_000, topFeatures: 10 };
async function explainModel(options) {
    if (options.method === 'none')
        return undefined;
    validate(options);
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const seed = options.seed ?? EXPLAIN_DEFAULTS.seed;
    const plan = planFor(options);
    const notes = [];
    let permutationRows = 0;
    const section = {
        method: options.method,
        seed,
        features: [...options.matrix.names],
        budget: { limitRows: options.budgetRows ?? EXPLAIN_DEFAULTS.budgetRows, requestedRows: plan.requestedRows, plannedRows: plan.plannedRows, usedRows: 0, subsampled: plan.subsampled, notes: plan.notes },
        timings: { totalMs: 0 },
    };
    if (plan.permutationRows > 0) {
        const t = clock();
        const permutation = await permutationSection(options, plan.permutationRows, seed, notes);
        if (permutation.section)
            section.permutation = permutation.section;
        permutationRows = permutation.inferenceRows;
        section.timings.permutationMs = clock() - t;
    }
    if (plan.shapRows > 0) {
        const t = clock();
        section.shap = await shapSection(options, plan.shapRows, seed);
        section.timings.shapMs = clock() - t;
    }
    if (notes.length > 0)
        section.notes = notes;
    section.budget.usedRows = permutationRows + (section.shap?.inferenceRows ?? 0);
    section.timings.totalMs = clock() - started;
    return section;
}
function validate(options) {
    if (options.featureTypes)
        assertNumericFeatures(options.featureTypes);
    checkScoring(options.scoring, options.task);
    const background = options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows;
    if (!Number.isInteger(background) || background < 1 || background > MAX_BACKGROUND_ROWS) {
        throw new errors/* UserError */.yo(`explain-background must be an integer from 1 to ${MAX_BACKGROUND_ROWS}, got ${background}.`, {
            input: 'explain-background',
            fix: `Use at most ${MAX_BACKGROUND_ROWS} background rows; more costs inference without changing the values much.`,
        });
    }
    if (options.matrix.rows === 0) {
        throw new errors/* UserError */.yo('there are no rows to explain.', { input: 'data', fix: 'Evaluate on a non-empty data set, or set explain to none.' });
    }
}
function planFor(options) {
    const { matrix } = options;
    return planExplanations({
        method: options.method,
        availableRows: matrix.rows,
        features: matrix.featureCount,
        permutationRows: options.rows ?? EXPLAIN_DEFAULTS.rows,
        repeats: options.repeats ?? EXPLAIN_DEFAULTS.repeats,
        shapRows: options.shapRows ?? EXPLAIN_DEFAULTS.shapRows,
        backgroundRows: Math.min(options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows, matrix.rows),
        shapPermutations: options.shapPermutations ?? DEFAULT_SHAP_PERMUTATIONS,
        exactMaxFeatures: DEFAULT_EXACT_MAX_FEATURES,
        models: options.baselinePredict ? 2 : 1,
        budgetRows: options.budgetRows ?? EXPLAIN_DEFAULTS.budgetRows,
    });
}
/** Seeded subsample of `count` rows (all rows, in order, when count covers them). */
function sampleRows(total, count, seed) {
    return new SeededRandom(seed).sampleWithoutReplacement(total, count);
}
async function importanceOrReason(run, rows) {
    try {
        return await run();
    }
    catch (error) {
        if (!(error instanceof ScoreUndefinedError))
            throw error;
        return { reason: error.reason, inferenceRows: rows };
    }
}
/**
 * Importances of the candidate (and the baseline model) on the same rows and shuffles. A scorer that
 * cannot score the rows (ROC AUC of one class) leaves the section out and says why in `notes`: the rest
 * of the evaluation stands, as a metric that cannot be computed does.
 */
async function permutationSection(options, rows, seed, notes) {
    const picked = sampleRows(options.matrix.rows, rows, seed);
    const matrix = selectRows(options.matrix, picked);
    const labels = selectValues(options.labels, picked);
    const scorer = options.scorer ?? scorerFor(options.task, options.scoring, { threshold: options.threshold ?? 0.5, probabilityDtype: options.probabilityDtype ?? 'float64' });
    const run = (predict) => () => permutationImportance({ predict, matrix, labels, scorer, repeats: options.repeats ?? EXPLAIN_DEFAULTS.repeats, seed: seed + 1 });
    const candidate = await importanceOrReason(run(options.predict), rows);
    if ('reason' in candidate) {
        notes.push(`permutation importance not computed: ${scorer.name} cannot score the ${rows} explained rows (${candidate.reason})`);
        return { inferenceRows: candidate.inferenceRows };
    }
    const section = {
        scoring: candidate.scoring,
        rows: candidate.rows,
        repeats: candidate.repeats,
        baselineScore: candidate.baselineScore,
        features: candidate.features,
        inferenceRows: candidate.inferenceRows,
    };
    if (options.baselinePredict) {
        const baseline = await importanceOrReason(run(options.baselinePredict), rows);
        section.inferenceRows += baseline.inferenceRows;
        if ('reason' in baseline) {
            notes.push(`the baseline model's permutation importance not computed: ${scorer.name} cannot score its predictions (${baseline.reason})`);
        }
        else {
            section.baselineModel = { baselineScore: baseline.baselineScore, features: baseline.features };
            section.rankChange = rankChanges(byMean(candidate), byMean(baseline), options.topFeatures ?? EXPLAIN_DEFAULTS.topFeatures);
        }
    }
    return { section, inferenceRows: section.inferenceRows };
}
function byMean(result) {
    return result.features.map((f) => ({ feature: f.feature, value: f.mean }));
}
async function shapSection(options, rows, seed) {
    const backgroundCount = Math.min(options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows, options.matrix.rows);
    const matrix = selectRows(options.matrix, sampleRows(options.matrix.rows, rows, seed + 2));
    const background = selectRows(options.matrix, sampleRows(options.matrix.rows, backgroundCount, seed + 3));
    const run = (predict) => shapValues({ predict, matrix, background, seed: seed + 4, permutations: options.shapPermutations ?? DEFAULT_SHAP_PERMUTATIONS });
    const candidate = await run(options.predict);
    const section = {
        method: candidate.method,
        rows: candidate.rows,
        backgroundRows: candidate.backgroundRows,
        ...(candidate.permutations === undefined ? {} : { permutations: candidate.permutations }),
        expectedValue: candidate.expectedValue,
        maxEfficiencyGap: candidate.maxEfficiencyGap,
        features: candidate.features,
        inferenceRows: candidate.inferenceRows,
    };
    if (options.baselinePredict) {
        const baseline = await run(options.baselinePredict);
        section.baselineModel = { expectedValue: baseline.expectedValue, features: baseline.features };
        section.inferenceRows += baseline.inferenceRows;
        const rank = (r) => r.features.map((f) => ({ feature: f.feature, value: f.meanAbs }));
        section.rankChange = rankChanges(rank(candidate), rank(baseline), options.topFeatures ?? EXPLAIN_DEFAULTS.topFeatures);
    }
    return section;
}

// EXTERNAL MODULE: ./shared/explain/schema.ts
var schema = __webpack_require__(943);
;// CONCATENATED MODULE: ./shared/explain/index.ts












;// CONCATENATED MODULE: ./shared/evaluate/options.ts


const EVALUATE_DEFAULTS = {
    threshold: 0.5,
    minSliceSize: 30,
    seed: 0,
    resamples: 1000,
    missing: 'error',
    fairnessMinGroup: 30,
    explain: 'permutation',
    output: 'evaluation-record.json',
};
/** `i/n` with 1 ≤ i ≤ n, as a matrix job passes it (`${{ matrix.shard }}/4`). */
function parseShard(spec) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count || count > 10_000) {
        throw new errors/* UserError */.yo(`shard '${spec}' is not of the form i/n with 1 ≤ i ≤ n.`, {
            input: 'shard',
            fix: "Pass e.g. '2/4' for the second of four shards (from a matrix: shard: ${{ matrix.shard }}/4 with shard: [1, 2, 3, 4]).",
        });
    }
    return { index, count };
}
/**
 * Adapters pass what they read; an empty list or string means "not given" (as an empty workflow input
 * does), so defaults apply the same way from the action and the CLI.
 */
function normalizeOptions(options) {
    const normalized = {};
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
            continue;
        normalized[key] = value;
    }
    return normalized;
}
/** Checks that do not need any file, so bad settings fail before minutes of reading and inference. */
function checkOptions(options) {
    if (options.merge !== undefined) {
        if (options.shard !== undefined)
            throw new errors/* UserError */.yo('shard and merge cannot be used together.', { input: 'merge', fix: 'Run the shards with shard: i/n, then one job with merge: <glob of their records>.' });
        return;
    }
    if (!options.model)
        throw new errors/* UserError */.yo('no model given.', { input: 'model', fix: 'Set model to the path of the ONNX file to evaluate.' });
    if (!options.data)
        throw new errors/* UserError */.yo('no evaluation data given.', { input: 'data', fix: 'Set data to a CSV, JSONL or Parquet file, or a dataset version name@version.' });
    if (!options.label)
        throw new errors/* UserError */.yo('no label column given.', { input: 'label', fix: 'Set label to the column holding the true labels (or targets).' });
    if (options.shard !== undefined)
        parseShard(options.shard);
    checkRange('threshold', options.threshold, 0, 1, false);
    checkRange('min-slice-size', options.minSliceSize, 1, Number.MAX_SAFE_INTEGER, true);
    checkRange('resamples', options.resamples, 2, 1_000_000, true);
    checkRange('fairness-min-group', options.fairnessMinGroup, 1, Number.MAX_SAFE_INTEGER, true);
    checkRange('batch-rows', options.batchRows, 1, 10_000_000, true);
    // The task, when given, is checked too; an inferred one is checked once the model is loaded (explain-hook.ts).
    checkScoring(options.explainScoring, options.task === 'multiclass' ? undefined : options.task);
    if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
        throw new errors/* UserError */.yo(`seed ${options.seed} is not an integer.`, { input: 'seed', fix: 'Use an integer seed such as 1.' });
    }
    const overlap = (options.slices ?? []).concat(options.sensitive ?? []).includes(options.label) ? options.label : undefined;
    if (overlap)
        throw new errors/* UserError */.yo(`the label column '${overlap}' cannot also be a slice or sensitive column.`, { input: 'slices', fix: 'Slice by a feature or attribute column.' });
}
function checkRange(input, value, min, max, integer) {
    if (value === undefined)
        return;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        throw new errors/* UserError */.yo(`${input} is ${value}; it must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any size' : max}.`, {
            input,
            fix: `Set ${input} within that range.`,
        });
    }
}

;// CONCATENATED MODULE: ./shared/evaluate/explain-hook.ts




/**
 * `explain-scoring` against the model's task, before any inference: `checkOptions` can only check it
 * against a task given as an input. Multiclass models are not explained, so any known name passes there.
 */
function checkExplainScoring(options, task) {
    checkScoring(options.explainScoring, task === 'multiclass' ? undefined : task);
}
/**
 * Explanations over the whole evaluation set (shared/explain subsamples within the budget, seeded), so
 * an unsharded run and shard 1 of a sharded run compute the same section. Multiclass models are not
 * explained yet (shared/explain scores one number per row); the log says so.
 */
async function explainIfAsked(options, source) {
    const method = options.explain ?? EVALUATE_DEFAULTS.explain;
    if (method === 'none')
        return undefined;
    // explain-scoring was checked against this task when the model loaded (evaluate.ts, loadModels).
    const task = source.model.task;
    if (task === 'multiclass') {
        source.log(`Explanations skipped: '${method}' explains binary and regression models; this model is multiclass.`);
        return undefined;
    }
    const features = source.binding.features;
    const scoreColumn = source.positiveIndex ?? 1;
    const sameFeatures = source.baseline && source.baseline.binding.features.join('\u0000') === features.join('\u0000');
    if (source.baseline && !sameFeatures)
        source.log('Baseline explanations skipped: the baseline model takes different features.');
    const section = await explainModel({
        method,
        task,
        predict: matrixPredictor(source.model, source.binding, scoreColumn),
        ...(source.baseline && sameFeatures ? { baselinePredict: matrixPredictor(source.baseline.model, source.baseline.binding, scoreColumn) } : {}),
        matrix: { values: featureMatrix(source.table, features), rows: source.table.rowCount, featureCount: features.length, names: features },
        featureTypes: features.map((name) => ({ name, type: (0,tabular_table/* getColumn */.bf)(source.table, name).type })),
        labels: source.yTrue,
        threshold: source.threshold,
        ...(options.explainScoring === undefined ? {} : { scoring: options.explainScoring }),
        probabilityDtype: source.model.plan.dtype,
        ...defined('rows', options.explainRows),
        ...defined('backgroundRows', options.explainBackground),
        seed: options.explainSeed ?? options.seed ?? EVALUATE_DEFAULTS.seed,
        ...defined('budgetRows', options.explainBudgetRows),
    });
    // What was asked and not computed (e.g. ROC AUC on rows of one class) is in the record; say it here too.
    for (const note of section?.notes ?? [])
        source.log(`Explanations: ${note}.`);
    return section;
}
function defined(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function featureMatrix(table, features) {
    const width = features.length;
    const matrix = new Float64Array(table.rowCount * width);
    features.forEach((name, j) => {
        const values = (0,tabular_table/* getColumn */.bf)(table, name).values;
        for (let row = 0; row < table.rowCount; row += 1)
            matrix[row * width + j] = values[row];
    });
    return matrix;
}

;// CONCATENATED MODULE: ./shared/evaluate/labels.ts


function encodeLabels(table, label, task, plan, positiveLabel) {
    const column = (0,tabular_table/* getColumn */.bf)(table, label, 'label');
    if (task === 'regression')
        return { yTrue: regressionTargets(table, label) };
    const classes = plan.classes ?? (plan.kind === 'score' ? binaryClassesFromData(table, label) : indexClasses(plan.width));
    const lookup = classLookup(classes);
    // Binary rows are written as 1 (positive) / 0 in the same pass; an unknown positive-label fails below,
    // after the labels outside the classes (the error users see first when both are wrong).
    const positive = task === 'binary' ? (positiveLabel === undefined ? classes.length - 1 : lookup(positiveLabel)) : undefined;
    const textOf = (row) => (0,tabular_table/* cellText */.Ie)(column, row) ?? '';
    const yTrue = new Float64Array(table.rowCount);
    const outside = column.type === 'string' ? encodeCodes(column.codes, textOf, lookup, positive, yTrue) : encodeNumbers(column, textOf, lookup, positive, yTrue);
    if (outside.size > 0)
        throw labelsOutside(table, label, classes, outside);
    if (task === 'multiclass')
        return { yTrue, classes };
    return { yTrue, classes, positiveIndex: positiveIndexOf(classes, positiveLabel) };
}
/** Outside the classes, and not looked up yet (markers in the per-value caches below). */
const OUTSIDE = -1;
const UNSEEN = -2;
/** Distinct numeric labels kept in a short list searched before the map (labels have few values). */
const RECENT = 8;
/**
 * Dictionary-coded labels: each code's class is looked up once, then every row is a table read.
 * `positive` set: binary output (1 for that class, else 0); else the class index. Returns the texts
 * outside the classes with their first row.
 */
function encodeCodes(codes, textOf, lookup, positive, yTrue) {
    let maxCode = -1;
    for (let row = 0; row < codes.length; row += 1)
        if (codes[row] > maxCode)
            maxCode = codes[row];
    const classOfCode = new Int32Array(maxCode + 2).fill(UNSEEN);
    const outside = new Map();
    for (let row = 0; row < codes.length; row += 1) {
        const slot = codes[row] + 1;
        let index = classOfCode[slot];
        if (index === UNSEEN)
            classOfCode[slot] = index = lookup(textOf(row)) ?? OUTSIDE;
        if (index === OUTSIDE)
            noteOutside(outside, textOf(row), row);
        else
            yTrue[row] = positive === undefined ? index : index === positive ? 1 : 0;
    }
    return outside;
}
/** Numeric labels (missing ones as NaN): each distinct value's class is looked up once. */
function encodeNumbers(column, textOf, lookup, positive, yTrue) {
    const { values, nulls } = column;
    const recentKeys = new Float64Array(RECENT);
    const recentClasses = new Int32Array(RECENT);
    let recent = 0;
    const known = new Map();
    const outside = new Map();
    for (let row = 0; row < values.length; row += 1) {
        const key = nulls?.[row] ? NaN : values[row];
        let index = UNSEEN;
        for (let i = 0; i < recent; i += 1) {
            if (recentKeys[i] === key) {
                index = recentClasses[i];
                break;
            }
        }
        if (index === UNSEEN) {
            // NaN (a missing label) never equals itself: it is only ever found in the map.
            index = known.get(key) ?? lookup(textOf(row)) ?? OUTSIDE;
            known.set(key, index);
            if (recent < RECENT && key === key) {
                recentKeys[recent] = key;
                recentClasses[recent++] = index;
            }
        }
        if (index === OUTSIDE)
            noteOutside(outside, textOf(row), row);
        else
            yTrue[row] = positive === undefined ? index : index === positive ? 1 : 0;
    }
    return outside;
}
function noteOutside(outside, text, row) {
    if (!outside.has(text))
        outside.set(text, row);
}
function regressionTargets(table, label) {
    const column = (0,tabular_table/* getColumn */.bf)(table, label, 'label');
    if (column.type === 'string') {
        throw new errors/* UserError */.yo(`label column '${label}' is text ('${column.categories[0] ?? ''}', …) but the task is regression.`, {
            input: 'label',
            file: table.file,
            fix: 'Use a numeric target column, or set task to binary or multiclass for class labels.',
        });
    }
    for (let row = 0; row < column.values.length; row += 1) {
        if (!Number.isFinite(column.values[row])) {
            const where = (0,tabular_table/* describeRow */._)(table, row);
            throw new errors/* UserError */.yo(`label column '${label}' has ${column.values[row]} at ${where.text}; targets must be finite.`, {
                input: 'label', file: table.file, ...(where.line === undefined ? {} : { line: where.line }), fix: 'Fix or drop that row.',
            });
        }
    }
    return column.values;
}
function indexClasses(width) {
    return Array.from({ length: width }, (_, i) => String(i));
}
function binaryClassesFromData(table, label) {
    const column = (0,tabular_table/* getColumn */.bf)(table, label, 'label');
    const seen = new Set();
    for (let row = 0; row < table.rowCount && seen.size <= 2; row += 1)
        seen.add((0,tabular_table/* cellText */.Ie)(column, row) ?? '');
    const values = [...seen].sort();
    if (values.every((v) => v === '0' || v === '1'))
        return ['0', '1'];
    if (values.every((v) => v === 'false' || v === 'true'))
        return ['false', 'true'];
    if (values.length === 2)
        return values;
    throw new errors/* UserError */.yo(`label column '${label}' has ${values.length > 2 ? 'more than two' : 'one'} distinct value${values.length > 2 ? 's' : ''} (${values.slice(0, 3).join(', ')}), but the model gives one score per row (binary).`, {
        input: 'label',
        file: table.file,
        fix: values.length > 2 ? 'Use a binary label column, or a model with a probability output per class.' : 'Use labels 0/1 (or false/true) so the positive class is known.',
    });
}
/** Class text → index, accepting `true`/`false` for classes `1`/`0` and the reverse. */
function classLookup(classes) {
    const index = new Map(classes.map((c, i) => [c, i]));
    const alias = { true: '1', false: '0', '1': 'true', '0': 'false', '1.0': '1', '0.0': '0' };
    return (text) => index.get(text) ?? (alias[text] === undefined ? undefined : index.get(alias[text]));
}
function positiveIndexOf(classes, positiveLabel) {
    if (positiveLabel === undefined)
        return classes.length - 1;
    const index = classLookup(classes)(positiveLabel);
    if (index === undefined) {
        throw new errors/* UserError */.yo(`positive-label '${positiveLabel}' is not one of the model's classes (${classes.join(', ')}).`, {
            input: 'positive-label',
            fix: `Use one of: ${classes.join(', ')}.`,
        });
    }
    return index;
}
function labelsOutside(table, label, classes, outside) {
    const examples = [...outside.entries()].slice(0, 5).map(([value, row]) => `'${value}' (${(0,tabular_table/* describeRow */._)(table, row).text})`);
    const first = (0,tabular_table/* describeRow */._)(table, [...outside.values()][0]);
    return new errors/* UserError */.yo(`label column '${label}' has values outside the model's classes (${classes.join(', ')}): ${examples.join(', ')}${outside.size > 5 ? ', …' : ''}.`, {
        input: 'label',
        file: table.file,
        ...(first.line === undefined ? {} : { line: first.line }),
        fix: "Check that the label column and the model belong together (class order as in training), or filter out rows of unknown classes.",
    });
}

// EXTERNAL MODULE: ./shared/train/glob.ts
var glob = __webpack_require__(7965);
;// CONCATENATED MODULE: ./shared/evaluate/record-io.ts






/** Validated on write: a temporary file renamed into place, so a failed run leaves no half record. */
async function writeRecord(path, record) {
    const text = record.kind === 'evaluation-record' ? evaluation_record/* evaluationRecordType */.oo.serialize(record) : evaluation_record/* evaluationShardType */.jx.serialize(record);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, text + '\n');
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}
async function readEvaluationRecord(path) {
    return evaluationRecordType.parse(await readText(path, 'record'), path);
}
async function readShardRecord(path) {
    return evaluationShardType.parse(await readText(path, 'merge'), path);
}
async function readText(path, input) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            throw new UserError(`${path} does not exist.`, { file: path, input });
        throw error;
    }
}
/** Files matching a glob (`shards/*.json`, `**` across directories), sorted; relative to `cwd`. */
async function expandGlob(pattern, cwd) {
    const absolute = (0,external_node_path_.isAbsolute)(pattern);
    const root = absolute ? '/' : cwd;
    const relativePattern = absolute ? (0,external_node_path_.relative)('/', pattern) : pattern;
    const firstGlob = relativePattern.search(/[*?[]/);
    const base = firstGlob < 0 ? relativePattern : relativePattern.slice(0, relativePattern.lastIndexOf('/', firstGlob) + 1);
    if (firstGlob < 0)
        return [(0,external_node_path_.resolve)(root, relativePattern)];
    const matcher = (0,glob/* globToRegExp */.M)(relativePattern);
    const files = [];
    await walk((0,external_node_path_.resolve)(root, base || '.'), async (file) => {
        const path = (0,external_node_path_.relative)(root, file).split('\\').join('/');
        // globToRegExp also matches below a directory; merge wants the files themselves.
        if (matcher.test(path) && exactly(relativePattern, path))
            files.push(file);
    });
    return files.sort();
}
function exactly(pattern, path) {
    return pattern.includes('**') || pattern.split('/').length === path.split('/').length;
}
async function walk(directory, visit) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return;
        throw error;
    }
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(directory, entry.name);
        if (entry.isDirectory())
            await walk(path, visit);
        else if (entry.isFile())
            await visit(path);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./shared/evaluate/shard-codec.ts

/**
 * A shard's prediction set as one gzip'd buffer of little-endian typed arrays (base64 in the JSON
 * record). Float64 end to end, so a merge sees exactly the numbers the shard computed.
 */
function encodePredictionSet(set) {
    const columns = [];
    const buffers = [];
    const add = (name, array, type, width, categories) => {
        columns.push({ name, type, width, ...(categories ? { categories } : {}) });
        buffers.push(littleEndian(array));
    };
    add('yTrue', set.yTrue, 'float64', 1);
    add(`candidate:${set.candidate.dtype}`, Float64Array.from(set.candidate.values), 'float64', set.candidate.width);
    if (set.baseline)
        add(`baseline:${set.baseline.dtype}`, Float64Array.from(set.baseline.values), 'float64', set.baseline.width);
    for (const group of set.groups)
        add(`group:${group.name}`, group.codes, 'int32', 1, group.categories);
    return { encoding: 'gzip-base64', rows: set.rows, columns, data: (0,external_node_zlib_.gzipSync)(Buffer.concat(buffers), { level: 6 }).toString('base64') };
}
function decodePredictionSet(encoded) {
    const bytes = (0,external_node_zlib_.gunzipSync)(Buffer.from(encoded.data, 'base64'));
    let offset = 0;
    const rows = encoded.rows;
    const set = { rows, yTrue: new Float64Array(0), candidate: { values: new Float64Array(0), width: 1, dtype: 'float64' }, groups: [] };
    for (const column of encoded.columns) {
        const length = rows * column.width;
        const size = length * (column.type === 'float64' ? 8 : column.type === 'int32' ? 4 : 1);
        if (offset + size > bytes.length)
            throw new Error(`shard data too short for column ${column.name}`);
        const chunk = bytes.subarray(offset, offset + size);
        offset += size;
        shard_codec_assign(set, column, chunk, length);
    }
    if (offset !== bytes.length)
        throw new Error('shard data longer than its columns');
    return set;
}
function shard_codec_assign(set, column, chunk, length) {
    const [role, rest = ''] = splitOnce(column.name);
    if (role === 'group') {
        set.groups.push({ name: rest, codes: readInt32(chunk, length), categories: column.categories ?? [] });
        return;
    }
    const values = readFloat64(chunk, length);
    if (role === 'yTrue')
        set.yTrue = values;
    else if (role === 'candidate' || role === 'baseline')
        set[role] = { values, width: column.width, dtype: rest === 'float32' ? 'float32' : 'float64' };
    else
        throw new Error(`unknown shard column ${column.name}`);
}
function splitOnce(name) {
    const at = name.indexOf(':');
    return at < 0 ? [name] : [name.slice(0, at), name.slice(at + 1)];
}
function littleEndian(array) {
    const view = new DataView(new ArrayBuffer(array.byteLength));
    const float = array instanceof Float64Array;
    for (let i = 0; i < array.length; i += 1) {
        if (float)
            view.setFloat64(i * 8, array[i], true);
        else
            view.setInt32(i * 4, array[i], true);
    }
    return new Uint8Array(view.buffer);
}
// Plain loops: `TypedArray.from` with a mapping callback costs a call per value, seconds on shards of millions of rows.
function readFloat64(chunk, length) {
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const values = new Float64Array(length);
    for (let i = 0; i < length; i += 1)
        values[i] = view.getFloat64(i * 8, true);
    return values;
}
function readInt32(chunk, length) {
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const values = new Int32Array(length);
    for (let i = 0; i < length; i += 1)
        values[i] = view.getInt32(i * 4, true);
    return values;
}
/** Concatenates shard sets in order; group columns are re-coded over the union of their values. */
function concatPredictionSets(sets) {
    const rows = sets.reduce((n, s) => n + s.rows, 0);
    const first = sets[0];
    const joined = {
        rows,
        yTrue: concatFloat(sets.map((s) => s.yTrue)),
        candidate: { ...first.candidate, values: concatFloat(sets.map((s) => s.candidate.values)) },
        groups: first.groups.map((g) => concatGroups(g.name, sets.map((s) => s.groups.find((x) => x.name === g.name)))),
    };
    if (first.baseline)
        joined.baseline = { ...first.baseline, values: concatFloat(sets.map((s) => s.baseline.values)) };
    return joined;
}
function concatFloat(arrays) {
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const array of arrays) {
        out.set(array, at);
        at += array.length;
    }
    return out;
}
function concatGroups(name, parts) {
    const categories = [];
    const index = new Map();
    const codes = new Int32Array(parts.reduce((n, p) => n + p.codes.length, 0));
    let at = 0;
    for (const part of parts) {
        const remap = part.categories.map((value) => {
            let code = index.get(value);
            if (code === undefined)
                index.set(value, (code = categories.push(value) - 1));
            return code;
        });
        for (const code of part.codes)
            codes[at++] = code < 0 ? -1 : remap[code];
    }
    return { name, codes, categories };
}

;// CONCATENATED MODULE: ./shared/stats/distributions.ts
/**
 * The few distribution functions the paired tests need, accurate to ~1e-15 so the fixtures from scipy
 * match to 1e-9:
 *
 * - standard normal cdf/sf via erfc (positive-term series for |x| < 2.5, Lentz continued fraction beyond)
 *   and its quantile (Acklam's rational start polished by Newton steps);
 * - binomial pmf by Loader's saddle-point method (as in R's dbinom), stable for millions of trials, and
 *   tails summed outward from the mean, never as 1 − (a number near 1) for the small side;
 * - the Clopper–Pearson interval by bisection on the binomial tails (equal to scipy's beta.ppf form).
 */
const SQRT_PI = Math.sqrt(Math.PI);
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** erfc(x) for x ≥ 0. */
function erfcNonNegative(x) {
    if (x < 2.5)
        return 1 - erfSeries(x);
    // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated by modified Lentz.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = x + a / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / SQRT_PI / f;
}
/** erf(x) = 2/√π · e^{−x²} · Σ 2^n x^{2n+1} / (1·3·…·(2n+1)): every term positive, no cancellation. */
function erfSeries(x) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
        term *= (2 * x2) / (2 * n + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return ((2 / SQRT_PI) * Math.exp(-x2)) * sum;
}
/** P(Z ≤ x). */
function normalCdf(x) {
    const e = erfcNonNegative(Math.abs(x) / Math.SQRT2) / 2;
    return x < 0 ? e : 1 - e;
}
/** P(Z > x), accurate in the far tail. */
function normalSf(x) {
    return normalCdf(-x);
}
function normalPdf(x) {
    return Math.exp(-0.5 * x * x - LN_SQRT_2PI);
}
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
function poly(coefficients, x) {
    return coefficients.reduce((acc, c) => acc * x + c, 0);
}
/** z with P(Z ≤ z) = p, 0 < p < 1. */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
    let x;
    if (p < 0.02425 || p > 1 - 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p < 0.5 ? p : 1 - p));
        x = poly(C, q) / (poly(D, q) * q + 1);
        if (p > 0.5)
            x = -x;
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x = (poly(A, r) * q) / (poly(B, r) * r + 1);
    }
    // Newton on the accurate cdf; work on the smaller tail so the residual is not swamped by rounding.
    for (let i = 0; i < 3; i++) {
        const residual = p < 0.5 ? normalCdf(x) - p : (1 - p) - normalSf(x);
        x -= residual / normalPdf(x);
    }
    return x;
}
// --- Binomial ---------------------------------------------------------------------------------------
/** log(n!) − log(√(2π)·n^{n+½}·e^{−n}), the Stirling remainder, for integer n ≥ 1. */
function stirlerr(n) {
    if (n <= 15) {
        let logFactorial = 0;
        for (let k = 2; k <= n; k++)
            logFactorial += Math.log(k);
        return logFactorial - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
    }
    const nn = n * n;
    const s0 = 1 / 12;
    const s1 = 1 / 360;
    const s2 = 1 / 1260;
    const s3 = 1 / 1680;
    const s4 = 1 / 1188;
    if (n > 500)
        return (s0 - s1 / nn) / n;
    if (n > 80)
        return (s0 - (s1 - s2 / nn) / nn) / n;
    if (n > 35)
        return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}
/** x·log(x/np) + np − x without cancellation when x ≈ np (Loader 2000). */
function bd0(x, np) {
    if (Math.abs(x - np) < 0.1 * (x + np)) {
        let v = (x - np) / (x + np);
        let s = (x - np) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = s + ej / (2 * j + 1);
            if (next === s)
                return next;
            s = next;
        }
        return s;
    }
    return x * Math.log(x / np) + np - x;
}
/** P(X = x) for X ~ Binomial(n, p), integer 0 ≤ x ≤ n. */
function binomialPmf(x, n, p) {
    const q = 1 - p;
    if (p === 0)
        return x === 0 ? 1 : 0;
    if (q === 0)
        return x === n ? 1 : 0;
    if (x === 0)
        return n === 0 ? 1 : Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
    if (x === n)
        return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
    const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
    const lf = 2 * LN_SQRT_2PI + Math.log(x) + Math.log1p(-x / n);
    return Math.exp(lc - 0.5 * lf);
}
/** Σ_{j ≤ k} pmf(j), summed downward from k; accurate when k is at or below the mean. */
function sumDown(k, n, p) {
    let term = binomialPmf(k, n, p);
    let sum = term;
    const odds = (1 - p) / p;
    for (let j = k; j > 0; j--) {
        term *= (j / (n - j + 1)) * odds;
        sum += term;
        if (term <= sum * 1e-17 && j < n * p)
            break;
    }
    return sum;
}
/** Σ_{j ≥ k} pmf(j), summed upward from k; accurate when k is at or above the mean. */
function sumUp(k, n, p) {
    let term = binomialPmf(k, n, p);
    let sum = term;
    const odds = p / (1 - p);
    for (let j = k; j < n; j++) {
        term *= ((n - j) / (j + 1)) * odds;
        sum += term;
        if (term <= sum * 1e-17 && j > n * p)
            break;
    }
    return sum;
}
/** P(X ≤ k). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (p === 0)
        return 1;
    if (p === 1)
        return 0;
    return k <= n * p ? sumDown(k, n, p) : 1 - sumUp(k + 1, n, p);
}
/** P(X ≥ k). */
function binomialSf(k, n, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    if (p === 0)
        return 0;
    if (p === 1)
        return 1;
    return k >= n * p ? sumUp(k, n, p) : 1 - sumDown(k - 1, n, p);
}
/** Root of a monotone function on [lo, hi] by bisection to the last representable digit. */
function bisect(f, lo, hi, increasing) {
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi)
            break;
        if (f(mid) > 0 === increasing)
            hi = mid;
        else
            lo = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Clopper–Pearson interval for a binomial proportion with `k` successes of `n`, two-sided level 1 − alpha:
 * lower = Beta⁻¹(alpha/2; k, n − k + 1), upper = Beta⁻¹(1 − alpha/2; k + 1, n − k).
 */
function clopperPearson(k, n, alpha) {
    const half = alpha / 2;
    const lower = k === 0 ? 0 : bisect((t) => binomialSf(k, n, t) - half, 0, 1, true);
    const upper = k === n ? 1 : bisect((t) => binomialCdf(k, n, t) - half, 0, 1, false);
    return [lower, upper];
}

;// CONCATENATED MODULE: ./shared/stats/percentile.ts

/** Quantile q of ascending-sorted `sorted` with numpy's linear interpolation. */
function quantileSorted(sorted, q) {
    const position = (sorted.length - 1) * q;
    const lo = Math.floor(position);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const fraction = position - lo;
    return sorted[lo] + fraction * (sorted[hi] - sorted[lo]);
}
/**
 * `deltas` holds the defined resample deltas; `undefinedCount` resamples had no value (e.g. no positive
 * prediction in the resample). Any undefined resample makes the interval undefined: dropping them would
 * bias the interval towards resamples where the metric exists, and the user should know the metric is
 * fragile at this size.
 */
function percentile_summarizeDeltas(deltas, undefinedCount, undefinedReason, alpha, power) {
    const total = deltas.length + undefinedCount;
    if (undefinedCount > 0 || deltas.length < 2) {
        const reason = deltas.length < 2 && undefinedCount === 0
            ? 'fewer than two bootstrap resamples'
            : `the metric is undefined in ${undefinedCount} of ${total} bootstrap resamples (${undefinedReason})`;
        return { ci: { undefined: reason }, se: { undefined: reason }, significant: false, mde: { undefined: reason } };
    }
    const sorted = Float64Array.from(deltas).sort();
    const ci = [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
    const se = standardDeviation(deltas);
    return { ci, se, significant: ci[0] > 0 || ci[1] < 0, mde: (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se };
}
function standardDeviation(values) {
    let mean = 0;
    for (let i = 0; i < values.length; i++)
        mean += values[i];
    mean /= values.length;
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - mean;
        ss += d * d;
    }
    return Math.sqrt(ss / (values.length - 1));
}

;// CONCATENATED MODULE: ./shared/fairness/bootstrap.ts


const DEFAULT_BOOTSTRAP = { resamples: 1000, seed: 0, confidence: 0.95 };
/** Poisson(λ) draws: inversion for small λ, PTRS (Hörmann 1993, as numpy) for λ ≥ 10. */
class PoissonSampler {
    random;
    constructor(random) {
        this.random = random;
    }
    next(lambda) {
        if (lambda <= 0)
            return 0;
        return lambda < 10 ? this.inversion(lambda) : this.ptrs(lambda);
    }
    inversion(lambda) {
        const limit = Math.exp(-lambda);
        let k = 0;
        let product = this.random.nextFloat();
        while (product > limit) {
            k++;
            product *= this.random.nextFloat();
        }
        return k;
    }
    ptrs(lambda) {
        const slam = Math.sqrt(lambda);
        const loglam = Math.log(lambda);
        const b = 0.931 + 2.53 * slam;
        const a = -0.059 + 0.02483 * b;
        const invalpha = 1.1239 + 1.1328 / (b - 3.4);
        const vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            const u = this.random.nextFloat() - 0.5;
            const v = this.random.nextFloat();
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
                return k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1))
                return k;
        }
    }
}
/** log Γ(x) for x > 0 (Stirling series with shift, as numpy's random_loggam). */
function logGamma(x) {
    const coefficients = [
        8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4,
        -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
    ];
    if (x === 1 || x === 2)
        return 0;
    const shift = x < 7 ? 7 - Math.floor(x) : 0;
    let x0 = x + shift;
    const x2 = 1 / (x0 * x0);
    let series = coefficients[9];
    for (let k = 8; k >= 0; k--)
        series = series * x2 + coefficients[k];
    let result = series / x0 + 0.5 * Math.log(2 * Math.PI) + (x0 - 0.5) * Math.log(x0) - x0;
    for (let k = 0; k < shift; k++) {
        x0 -= 1;
        result -= Math.log(x0);
    }
    return result;
}
/**
 * Percentile interval of the resampled deltas (numpy's default linear interpolation, shared/stats).
 * Resamples where the delta is undefined (a rate with a zero denominator) are dropped; if more than 5%
 * are, the interval is undefined rather than resting on a biased subset. (shared/stats refuses on any
 * undefined resample; a group admitted with 5 positives loses them all in ~0.7% of resamples, so that
 * rule would leave most TPR intervals undefined.)
 */
function percentileInterval(deltas, confidence) {
    const finite = deltas.filter((d) => Number.isFinite(d)).sort();
    if (finite.length < 0.95 * deltas.length || finite.length < 2) {
        return { undefined: `${deltas.length - finite.length} of ${deltas.length} resamples had an undefined value` };
    }
    const alpha = (1 - confidence) / 2;
    return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)];
}

;// CONCATENATED MODULE: ./shared/fairness/disparity.ts
function aggregate(values, overall, aggregation, method) {
    const defined = values.filter((v) => typeof v === 'number');
    if (method === 'between_groups' && defined.length < 2) {
        return { undefined: `${defined.length === 0 ? 'no group' : 'only one group'} qualifies for this metric, nothing to compare` };
    }
    if (method === 'to_overall' && defined.length < 1)
        return { undefined: 'no group qualifies for this metric' };
    if (method === 'to_overall' && typeof overall !== 'number')
        return { undefined: `the overall value is undefined: ${overall.undefined}` };
    if (aggregation === 'difference')
        return differenceOf(defined, overall, method);
    return ratioOf(defined, overall, method);
}
function differenceOf(values, overall, method) {
    if (method === 'between_groups')
        return Math.max(...values) - Math.min(...values);
    return Math.max(...values.map((v) => Math.abs(v - overall)));
}
function ratioOf(values, overall, method) {
    if (method === 'between_groups') {
        const max = Math.max(...values);
        if (max === 0)
            return { undefined: 'every qualifying group has rate 0 (0/0)' };
        return Math.min(...values) / max;
    }
    if (overall === 0)
        return { undefined: 'the overall rate is 0, so a ratio to it is undefined' };
    return Math.min(...values.map((v) => {
        const r = v / overall;
        return r > 1 ? 1 / r : r;
    }));
}
/** Worst case of two disparities: the larger difference or the smaller ratio; undefined if either is. */
function worstCase(a, b, aggregation) {
    if (typeof a !== 'number')
        return { undefined: `TPR part: ${a.undefined}` };
    if (typeof b !== 'number')
        return { undefined: `FPR part: ${b.undefined}` };
    return aggregation === 'difference' ? Math.max(a, b) : Math.min(a, b);
}

;// CONCATENATED MODULE: ./shared/fairness/rates.ts
function binaryRates(c, minimums) {
    const n = c.tp + c.fp + c.tn + c.fn;
    const positives = c.tp + c.fn;
    const negatives = c.fp + c.tn;
    const predictedPositive = c.tp + c.fp;
    const tooFewPositives = positives < minimums.minPositives
        ? { undefined: `${positives} positive${positives === 1 ? '' : 's'} in the group, fewer than the minimum ${minimums.minPositives}` }
        : undefined;
    const tooFewNegatives = negatives < minimums.minNegatives
        ? { undefined: `${negatives} negative${negatives === 1 ? '' : 's'} in the group, fewer than the minimum ${minimums.minNegatives}` }
        : undefined;
    return {
        base_rate: rates_ratio(positives, n, 'no rows'),
        selection_rate: rates_ratio(predictedPositive, n, 'no rows'),
        tpr: tooFewPositives ?? rates_ratio(c.tp, positives, 'no positive labels'),
        fpr: tooFewNegatives ?? rates_ratio(c.fp, negatives, 'no negative labels'),
        fnr: tooFewPositives ?? rates_ratio(c.fn, positives, 'no positive labels'),
        precision: rates_ratio(c.tp, predictedPositive, 'no positive predictions'),
        accuracy: rates_ratio(c.tp + c.tn, n, 'no rows'),
    };
}
function rates_ratio(numerator, denominator, reason) {
    return denominator === 0 ? { undefined: reason } : numerator / denominator;
}
/** Counts of cell (label, candidate decision, baseline decision) per group, in one pass over the rows. */
const CELLS = 8;
function cellIndex(label, candidate, baseline) {
    return (label ? 4 : 0) + (candidate ? 2 : 0) + (baseline ? 1 : 0);
}
/** Confusion counts of one model from a group's 8 cells (`model` 0 = candidate, 1 = baseline). */
function confusionFromCells(cells, offset, model) {
    const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (let cell = 0; cell < CELLS; cell++) {
        const count = cells[offset + cell];
        const label = cell >= 4;
        const predicted = model === 0 ? (cell & 2) !== 0 : (cell & 1) !== 0;
        if (label && predicted)
            c.tp += count;
        else if (label)
            c.fn += count;
        else if (predicted)
            c.fp += count;
        else
            c.tn += count;
    }
    return c;
}

// EXTERNAL MODULE: ./shared/fairness/schema.ts
var fairness_schema = __webpack_require__(1583);
;// CONCATENATED MODULE: ./shared/fairness/binary.ts





/** One pass: counts of the 8 (label, candidate, baseline) cells per group. */
function countCells(grouping, inputs) {
    const cells = new Float64Array(grouping.levels.length * CELLS);
    const { yTrue, yPred, baselinePred } = inputs;
    const codes = grouping.codes;
    for (let i = 0; i < codes.length; i++) {
        cells[codes[i] * CELLS + cellIndex(yTrue[i], yPred[i], baselinePred ? baselinePred[i] : 0)]++;
    }
    return cells;
}
function binaryFeature(grouping, inputs, minimums, bootstrap) {
    const cells = countCells(grouping, inputs);
    const groupCount = grouping.levels.length;
    const candidate = Array.from({ length: groupCount }, (_, g) => confusionFromCells(cells, g * CELLS, 0));
    const eligibility = eligibilityOf(candidate, minimums);
    const overall = sumCounts(candidate);
    const disparities = valuesToDisparities(disparitiesOf(candidate, overall, eligibility));
    const groups = eligibility.kept.map((g) => groupOf(grouping, g, candidate[g], minimums));
    if (inputs.baselinePred) {
        const baseline = Array.from({ length: groupCount }, (_, g) => confusionFromCells(cells, g * CELLS, 1));
        eligibility.kept.forEach((g, k) => (groups[k].baselineMetrics = binaryRates(baseline[g], minimums)));
        compareWithBaseline(disparities, disparitiesOf(baseline, sumCounts(baseline), eligibility), cells, eligibility, bootstrap);
    }
    const ratio = disparities.demographic_parity_ratio.value;
    return {
        columns: grouping.columns,
        overall: { n: total(overall), counts: overall, metrics: binaryRates(overall, { minPositives: 0, minNegatives: 0 }) },
        groups,
        excluded: excludedGroups(grouping, candidate, eligibility, minimums),
        excludedFromRates: rateExclusions(grouping, candidate, eligibility, minimums),
        disparities,
        fourFifths: { ratio, flagged: typeof ratio === 'number' && ratio < 0.8 },
        ...noteFor(eligibility, groupCount, minimums),
    };
}
function eligibilityOf(counts, minimums) {
    const kept = counts.flatMap((c, g) => (total(c) >= minimums.minGroup ? [g] : []));
    return {
        kept,
        tpr: counts.map((c) => c.tp + c.fn >= minimums.minPositives),
        fpr: counts.map((c) => c.fp + c.tn >= minimums.minNegatives),
    };
}
/**
 * All twelve disparities from per-group counts. Rates here are plain ratios (the minimum counts are
 * applied through `eligibility`, fixed from the data), so a bootstrap resample compares the same groups.
 */
function disparitiesOf(counts, overall, eligibility) {
    const selection = eligibility.kept.map((g) => rate(counts[g].tp + counts[g].fp, total(counts[g])));
    const tpr = eligibility.kept.filter((g) => eligibility.tpr[g]).map((g) => rate(counts[g].tp, counts[g].tp + counts[g].fn));
    const fpr = eligibility.kept.filter((g) => eligibility.fpr[g]).map((g) => rate(counts[g].fp, counts[g].fp + counts[g].tn));
    const overallSelection = rate(overall.tp + overall.fp, total(overall));
    const overallTpr = rate(overall.tp, overall.tp + overall.fn);
    const overallFpr = rate(overall.fp, overall.fp + overall.tn);
    const out = {};
    for (const method of ['between_groups', 'to_overall']) {
        const suffix = method === 'to_overall' ? '_to_overall' : '';
        for (const agg of ['difference', 'ratio']) {
            const tprPart = aggregate(tpr, overallTpr, agg, method);
            out[`demographic_parity_${agg}${suffix}`] = aggregate(selection, overallSelection, agg, method);
            out[`equal_opportunity_${agg}${suffix}`] = tprPart;
            out[`equalized_odds_${agg}${suffix}`] = worstCase(tprPart, aggregate(fpr, overallFpr, agg, method), agg);
        }
    }
    return out;
}
function compareWithBaseline(disparities, baseline, cells, eligibility, bootstrap) {
    const deltas = bootstrap ? bootstrapDeltas(cells, eligibility, bootstrap) : undefined;
    fairness_schema/* BINARY_DISPARITIES */.QW.forEach((name, d) => {
        const entry = disparities[name];
        entry.baseline = baseline[name];
        entry.delta = difference(entry.value, entry.baseline);
        if (deltas)
            entry.ci = percentileInterval(deltas[d], bootstrap.confidence);
    });
}
/** deltas[d][b] = candidate − baseline of disparity d in resample b (NaN when either is undefined). */
function bootstrapDeltas(cells, eligibility, options) {
    const poisson = new PoissonSampler(new SeededRandom(options.seed));
    const deltas = fairness_schema/* BINARY_DISPARITIES */.QW.map(() => new Float64Array(options.resamples));
    const resampled = new Float64Array(cells.length);
    const groupCount = cells.length / CELLS;
    for (let b = 0; b < options.resamples; b++) {
        for (let c = 0; c < cells.length; c++)
            resampled[c] = poisson.next(cells[c]);
        const candidate = Array.from({ length: groupCount }, (_, g) => confusionFromCells(resampled, g * CELLS, 0));
        const baseline = Array.from({ length: groupCount }, (_, g) => confusionFromCells(resampled, g * CELLS, 1));
        const c = disparitiesOf(candidate, sumCounts(candidate), eligibility);
        const p = disparitiesOf(baseline, sumCounts(baseline), eligibility);
        fairness_schema/* BINARY_DISPARITIES */.QW.forEach((name, d) => {
            const delta = difference(c[name], p[name]);
            deltas[d][b] = typeof delta === 'number' ? delta : Number.NaN;
        });
    }
    return deltas;
}
function groupOf(grouping, g, counts, minimums) {
    return {
        values: grouping.levels[g],
        n: total(counts),
        positives: counts.tp + counts.fn,
        negatives: counts.fp + counts.tn,
        counts,
        metrics: binaryRates(counts, minimums),
    };
}
function excludedGroups(grouping, counts, eligibility, minimums) {
    const kept = new Set(eligibility.kept);
    return counts.flatMap((c, g) => kept.has(g) ? [] : [{ values: grouping.levels[g], n: total(c), positives: c.tp + c.fn, negatives: c.fp + c.tn, reason: `${total(c)} rows, fewer than the minimum ${minimums.minGroup}` }]);
}
function rateExclusions(grouping, counts, eligibility, minimums) {
    return eligibility.kept.flatMap((g) => {
        const c = counts[g];
        const reasons = [];
        if (!eligibility.tpr[g])
            reasons.push(`${c.tp + c.fn} positives, fewer than ${minimums.minPositives}: left out of TPR and FNR`);
        if (!eligibility.fpr[g])
            reasons.push(`${c.fp + c.tn} negatives, fewer than ${minimums.minNegatives}: left out of FPR`);
        return reasons.length ? [{ values: grouping.levels[g], n: total(c), positives: c.tp + c.fn, negatives: c.fp + c.tn, reason: reasons.join('; ') }] : [];
    });
}
function noteFor(eligibility, groupCount, minimums) {
    if (eligibility.kept.length === 0)
        return { note: `all ${groupCount} groups have fewer than ${minimums.minGroup} rows (fairness-min-group): no disparity can be computed` };
    if (eligibility.kept.length === 1)
        return { note: `only one of ${groupCount} groups has at least ${minimums.minGroup} rows (fairness-min-group): between-group disparities cannot be computed` };
    return {};
}
function valuesToDisparities(values) {
    return Object.fromEntries(fairness_schema/* BINARY_DISPARITIES */.QW.map((name) => [name, { value: values[name] }]));
}
function difference(a, b) {
    if (typeof a !== 'number')
        return { undefined: `candidate: ${a.undefined}` };
    if (typeof b !== 'number')
        return { undefined: `baseline: ${b.undefined}` };
    return a - b;
}
function rate(numerator, denominator) {
    return denominator === 0 ? { undefined: 'zero denominator' } : numerator / denominator;
}
function total(c) {
    return c.tp + c.fp + c.tn + c.fn;
}
function sumCounts(counts) {
    const sum = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (const c of counts) {
        sum.tp += c.tp;
        sum.fp += c.fp;
        sum.tn += c.tn;
        sum.fn += c.fn;
    }
    return sum;
}

;// CONCATENATED MODULE: ./shared/fairness/groups.ts

function keyOf(value) {
    if (value === null || value === undefined || value === '')
        return null;
    return String(value);
}
/** Codes of one column, levels in order of first appearance. */
function encodeColumn(column, rows, source, available) {
    if (column.encoded)
        return recode(column.name, column.encoded, rows, source);
    const values = column.values;
    if (values === undefined)
        throw missingColumn(column.name, source, available);
    if (values.length !== rows) {
        throw new Error(`sensitive column '${column.name}' has ${values.length} values for ${rows} rows`);
    }
    const codes = new Uint32Array(rows);
    const index = new Map();
    const levels = [];
    let previous = undefined;
    let previousCode = -1;
    for (let i = 0; i < rows; i++) {
        // Data is often sorted or clustered by group: skip the Map lookup on a run of equal values.
        const value = values[i];
        if (previousCode >= 0 && value === previous) {
            codes[i] = previousCode;
            continue;
        }
        const key = keyOf(value);
        let code = index.get(key);
        if (code === undefined) {
            code = levels.length;
            index.set(key, code);
            levels.push([key]);
        }
        codes[i] = code;
        previous = value;
        previousCode = code;
    }
    if (levels.length < 2)
        throw singleGroup(column.name, levels[0]?.[0] ?? null, rows, source);
    return { columns: [column.name], codes, levels };
}
/** A dictionary-encoded column to group codes in order of first appearance (unused categories dropped). */
function recode(name, encoded, rows, source) {
    const { codes: input, categories } = encoded;
    if (input.length !== rows)
        throw new Error(`sensitive column '${name}' has ${input.length} codes for ${rows} rows`);
    // Slot 0 is "missing"; category c is slot c + 1.
    const remap = new Int32Array(categories.length + 1).fill(-1);
    // Fresh memory is most of what a pass over millions of rows costs: the narrowest array that holds the codes.
    const codes = categories.length < 0xffff ? new Uint16Array(rows) : new Uint32Array(rows);
    const levels = [];
    // An empty category is missing too, as in the `values` path.
    const empty = Uint8Array.from(categories, (category) => (category === '' ? 1 : 0));
    for (let i = 0; i < rows; i++) {
        const raw = input[i];
        const slot = raw < 0 || empty[raw] === 1 ? 0 : raw + 1;
        let code = remap[slot];
        if (code < 0) {
            code = levels.length;
            remap[slot] = code;
            levels.push([slot === 0 ? null : String(categories[raw])]);
        }
        codes[i] = code;
    }
    if (levels.length < 2)
        throw singleGroup(name, levels[0]?.[0] ?? null, rows, source);
    return { columns: [name], codes, levels };
}
/** The intersection of several groupings: one group per combination present in the data. */
function intersect(groupings) {
    const rows = groupings[0].codes.length;
    const codes = new Uint32Array(rows);
    const levels = [];
    // Mixed-radix number per combination; a dense table when the product is small, else a Map.
    const radix = groupings.map((g) => g.levels.length);
    const combinations = radix.reduce((a, b) => a * b, 1);
    if (combinations > Number.MAX_SAFE_INTEGER)
        throw new Error('too many sensitive-group combinations');
    const dense = combinations <= 1 << 22 ? new Int32Array(combinations).fill(-1) : undefined;
    const sparse = new Map();
    for (let i = 0; i < rows; i++) {
        let key = 0;
        for (let c = groupings.length - 1; c >= 0; c--)
            key = key * radix[c] + groupings[c].codes[i];
        let code = dense ? dense[key] : (sparse.get(key) ?? -1);
        if (code < 0) {
            code = levels.length;
            if (dense)
                dense[key] = code;
            else
                sparse.set(key, code);
            levels.push(groupings.flatMap((g) => g.levels[g.codes[i]]));
        }
        codes[i] = code;
    }
    return { columns: groupings.flatMap((g) => g.columns), codes, levels };
}
/** Fail before reading data: every requested sensitive column must be a column of the data. */
function checkSensitiveColumns(requested, available, source) {
    const missing = requested.filter((name) => !available.includes(name));
    if (missing.length > 0)
        throw missingColumn(missing[0], source, available);
}
function missingColumn(name, source, available) {
    const list = available && available.length > 0 ? ` Columns in the data: ${available.slice(0, 30).map((c) => `'${c}'`).join(', ')}${available.length > 30 ? ', …' : ''}.` : '';
    return new errors/* UserError */.yo(`sensitive column '${name}' is not in the data.${list}`, {
        input: 'sensitive',
        ...(source === undefined ? {} : { file: source }),
        field: name,
        fix: `Name a column of the evaluation data in 'sensitive' (names are case-sensitive), or remove '${name}'.`,
    });
}
function singleGroup(name, value, rows, source) {
    const shown = value === null ? 'missing' : `'${value}'`;
    return new errors/* UserError */.yo(`sensitive column '${name}' has one group only (every one of ${rows} rows is ${shown}), so there is nothing to compare.`, {
        input: 'sensitive',
        ...(source === undefined ? {} : { file: source }),
        field: name,
        fix: `Use a column with at least two groups, or remove '${name}' from 'sensitive'.`,
    });
}

;// CONCATENATED MODULE: ./shared/fairness/regression.ts




const BUCKETS = 100;
// Sufficient statistics per bucket: n, Σy, then per model Σ|e|, Σe², Σŷ.
const STATS = 8;
const [N, SUM_Y, ABS_C, SQ_C, PRED_C, ABS_B, SQ_B, PRED_B] = [0, 1, 2, 3, 4, 5, 6, 7];
function regressionFeature(grouping, inputs, minGroup, bootstrap) {
    const groupCount = grouping.levels.length;
    const stats = bucketStats(grouping, inputs, bootstrap?.seed ?? 0);
    const groupSums = sumBuckets(stats, groupCount, null);
    const kept = Array.from({ length: groupCount }, (_, g) => g).filter((g) => groupSums[g * STATS + N] >= minGroup);
    const candidate = (g) => metricsOf(groupSums, g, 0);
    const gaps = gapsOf(kept, candidate, grouping);
    const groups = kept.map((g) => ({ values: grouping.levels[g], n: groupSums[g * STATS + N], metrics: candidate(g) }));
    if (inputs.baselinePred) {
        const baseline = (g) => metricsOf(groupSums, g, 1);
        kept.forEach((g, k) => (groups[k].baselineMetrics = baseline(g)));
        const baselineGaps = gapsOf(kept, baseline, grouping);
        const deltas = bootstrap ? bootstrapGapDeltas(stats, groupCount, kept, bootstrap) : undefined;
        fairness_schema/* REGRESSION_GAPS */.iY.forEach((name, d) => {
            gaps[name].baseline = baselineGaps[name].value;
            gaps[name].delta = difference(gaps[name].value, baselineGaps[name].value);
            if (deltas)
                gaps[name].ci = percentileInterval(deltas[d], bootstrap.confidence);
        });
    }
    const overallSums = sumBuckets(stats, 1, new Uint32Array(groupCount));
    return {
        columns: grouping.columns,
        overall: { n: overallSums[N], metrics: metricsOf(overallSums, 0, 0) },
        groups,
        excluded: excludedOf(grouping, groupSums, kept, minGroup),
        gaps,
        ...(kept.length < 2 ? { note: `${kept.length === 0 ? 'no group' : 'only one group'} of ${groupCount} has at least ${minGroup} rows (fairness-min-group): gaps cannot be computed` } : {}),
    };
}
/** stats[(g * BUCKETS + k) * STATS + s]: one pass over the rows. */
function bucketStats(grouping, inputs, seed) {
    const stats = new Float64Array(grouping.levels.length * BUCKETS * STATS);
    const random = new SeededRandom(seed);
    const { yTrue, yPred, baselinePred } = inputs;
    for (let i = 0; i < grouping.codes.length; i++) {
        const at = (grouping.codes[i] * BUCKETS + random.nextInt(BUCKETS)) * STATS;
        const y = yTrue[i];
        const e = yPred[i] - y;
        stats[at + N] += 1;
        stats[at + SUM_Y] += y;
        stats[at + ABS_C] += Math.abs(e);
        stats[at + SQ_C] += e * e;
        stats[at + PRED_C] += yPred[i];
        if (baselinePred) {
            const eb = baselinePred[i] - y;
            stats[at + ABS_B] += Math.abs(eb);
            stats[at + SQ_B] += eb * eb;
            stats[at + PRED_B] += baselinePred[i];
        }
    }
    return stats;
}
/**
 * Per-group sums over buckets, optionally weighted (weights[g * BUCKETS + k]); `target` maps a group to
 * an output slot (all to 0 for the overall sums), null for the identity.
 */
function sumBuckets(stats, outputs, target, weights) {
    const groupCount = stats.length / (BUCKETS * STATS);
    const sums = new Float64Array(outputs * STATS);
    for (let g = 0; g < groupCount; g++) {
        const out = (target ? target[g] : g) * STATS;
        for (let k = 0; k < BUCKETS; k++) {
            const w = weights ? weights[g * BUCKETS + k] : 1;
            if (w === 0)
                continue;
            const at = (g * BUCKETS + k) * STATS;
            for (let s = 0; s < STATS; s++)
                sums[out + s] += w * stats[at + s];
        }
    }
    return sums;
}
function metricsOf(sums, g, model) {
    const at = g * STATS;
    const n = sums[at + N];
    if (n === 0) {
        const none = { undefined: 'no rows' };
        return { mae: none, rmse: none, mean_prediction: none, mean_label: none };
    }
    return {
        mae: sums[at + (model === 0 ? ABS_C : ABS_B)] / n,
        rmse: Math.sqrt(sums[at + (model === 0 ? SQ_C : SQ_B)] / n),
        mean_prediction: sums[at + (model === 0 ? PRED_C : PRED_B)] / n,
        mean_label: sums[at + SUM_Y] / n,
    };
}
const GAP_METRIC = { mae_gap: 'mae', rmse_gap: 'rmse', mean_prediction_gap: 'mean_prediction' };
function gapsOf(kept, metrics, grouping) {
    const all = kept.map(metrics);
    return Object.fromEntries(fairness_schema/* REGRESSION_GAPS */.iY.map((name) => {
        const values = all.map((m) => m[GAP_METRIC[name]]).filter((v) => typeof v === 'number');
        if (values.length < 2)
            return [name, { value: { undefined: `${values.length === 0 ? 'no group' : 'only one group'} qualifies, nothing to compare` } }];
        const high = values.indexOf(Math.max(...values));
        const low = values.indexOf(Math.min(...values));
        return [name, { value: values[high] - values[low], highest: grouping.levels[kept[high]], lowest: grouping.levels[kept[low]] }];
    }));
}
function bootstrapGapDeltas(stats, groupCount, kept, options) {
    const poisson = new PoissonSampler(new SeededRandom(options.seed + 1));
    const deltas = fairness_schema/* REGRESSION_GAPS */.iY.map(() => new Float64Array(options.resamples));
    const weights = new Float64Array(groupCount * BUCKETS);
    for (let b = 0; b < options.resamples; b++) {
        for (let k = 0; k < weights.length; k++)
            weights[k] = poisson.next(1);
        const sums = sumBuckets(stats, groupCount, null, weights);
        fairness_schema/* REGRESSION_GAPS */.iY.forEach((name, d) => {
            const c = gapValue(kept.map((g) => metricsOf(sums, g, 0)[GAP_METRIC[name]]));
            const p = gapValue(kept.map((g) => metricsOf(sums, g, 1)[GAP_METRIC[name]]));
            deltas[d][b] = c - p;
        });
    }
    return deltas;
}
function gapValue(values) {
    const defined = values.filter((v) => typeof v === 'number');
    return defined.length < 2 ? Number.NaN : Math.max(...defined) - Math.min(...defined);
}
function excludedOf(grouping, sums, kept, minGroup) {
    const keep = new Set(kept);
    return grouping.levels.flatMap((values, g) => {
        const n = sums[g * STATS + N];
        return keep.has(g) ? [] : [{ values, n, reason: `${n} rows, fewer than the minimum ${minGroup}` }];
    });
}

;// CONCATENATED MODULE: ./shared/fairness/fairness-report.ts





const FAIRNESS_DEFAULTS = { minGroup: 30, minPositives: 5, minNegatives: 5 };
function fairnessReport(input) {
    const rows = input.yTrue.length;
    checkShapes(input, rows);
    const groupings = groupingsOf(input, rows);
    const minGroup = input.minGroup ?? FAIRNESS_DEFAULTS.minGroup;
    const bootstrap = input.baselinePred ? { ...DEFAULT_BOOTSTRAP, ...input.bootstrap } : undefined;
    const comparison = bootstrap ? { comparison: { method: 'poisson-bootstrap', ...bootstrap } } : {};
    if (input.task === 'regression') {
        return { task: 'regression', minGroup, features: groupings.map((g) => regressionFeature(g, input, minGroup, bootstrap)), ...comparison };
    }
    checkBinary(input);
    const minimums = { minGroup, minPositives: input.minPositives ?? FAIRNESS_DEFAULTS.minPositives, minNegatives: input.minNegatives ?? FAIRNESS_DEFAULTS.minNegatives };
    return {
        task: 'binary',
        ...minimums,
        features: groupings.map((g) => binaryFeature(g, input, minimums, bootstrap)),
        ...comparison,
    };
}
/** Each sensitive column alone, then (with two or more) their intersection. */
function groupingsOf(input, rows) {
    if (input.sensitive.length === 0) {
        throw new errors/* UserError */.yo('no sensitive column given, so there is nothing to assess.', { input: 'sensitive', fix: 'Name one or more columns in sensitive.' });
    }
    const names = new Set();
    for (const column of input.sensitive) {
        if (names.has(column.name))
            throw new errors/* UserError */.yo(`sensitive column '${column.name}' is listed twice.`, { input: 'sensitive', field: column.name, fix: 'List each column once.' });
        names.add(column.name);
    }
    const single = input.sensitive.map((column) => encodeColumn(column, rows, input.source, input.availableColumns));
    return single.length > 1 ? [...single, intersect(single)] : single;
}
function checkShapes(input, rows) {
    // Internal contract: the caller passes aligned arrays; a mismatch is a bug, not a user error.
    if (input.yPred.length !== rows)
        throw new Error(`fairness: ${input.yPred.length} predictions for ${rows} labels`);
    if (input.baselinePred && input.baselinePred.length !== rows)
        throw new Error(`fairness: ${input.baselinePred.length} baseline predictions for ${rows} labels`);
}
function checkBinary(input) {
    const arrays = [['labels', input.yTrue], ['predictions', input.yPred], ['baseline predictions', input.baselinePred]];
    for (const [what, values] of arrays) {
        if (!values)
            continue;
        for (let i = 0; i < values.length; i++) {
            if (values[i] !== 0 && values[i] !== 1)
                throw new Error(`fairness: binary ${what} must be 0/1, row ${i} is ${values[i]}`);
        }
    }
}

;// CONCATENATED MODULE: ./shared/fairness/index.ts
/** Fairness with Fairlearn's definitions, explicit undefined values and listed small groups. */







;// CONCATENATED MODULE: ./shared/metrics/multiclass.ts
/**
 * Multiclass metrics with scikit-learn 1.2.1 semantics over the C classes named by the model
 * (`labels=range(C)`), with explicit undefined values where scikit-learn warns and substitutes 0:
 *
 * - macro averages are undefined when any class's per-class value is ill-defined (scikit-learn would
 *   average in a 0); weighted averages only when such a class has true rows (weight > 0), because a
 *   zero-weight class cannot move the value;
 * - `roc_auc_ovr` / `roc_auc_ovr_weighted` follow `roc_auc_score(multi_class='ovr')`: undefined when a class
 *   has no rows (scikit-learn raises) or when probability rows do not sum to 1 within `np.allclose`'s
 *   tolerance (scikit-learn raises too).
 */




/** First argmax of row i (numpy's tie rule), or the model's own label when given. */
function predictedClass(input, i) {
    if (input.yPred)
        return input.yPred[i];
    return argmaxRow(input.proba, i * input.classes, input.classes);
}
function argmaxRow(proba, start, classes) {
    let best = 0;
    let bestValue = proba[start];
    for (let c = 1; c < classes; c++) {
        const v = proba[start + c];
        if (v > bestValue) {
            best = c;
            bestValue = v;
        }
    }
    return best;
}
/** C×C counts, `[true][predicted]`. */
function multiclassConfusion(input) {
    const c = input.classes;
    const flat = new Float64Array(c * c);
    for (let i = 0; i < input.yTrue.length; i++) {
        const at = input.yTrue[i] * c + predictedClass(input, i);
        flat[at] = flat[at] + 1;
    }
    return Array.from({ length: c }, (_, t) => Array.from(flat.subarray(t * c, (t + 1) * c)));
}
function classCounts(confusion) {
    return classCountsFromFlat(Float64Array.from(confusion.flat()), 0, confusion.length);
}
/** Same, from a row-major C×C block of `flat` starting at `offset` (the bootstrap's layout). */
function classCountsFromFlat(flat, offset, c) {
    const counts = { tp: new Float64Array(c), predicted: new Float64Array(c), actual: new Float64Array(c), n: 0 };
    for (let t = 0; t < c; t++) {
        for (let p = 0; p < c; p++) {
            const k = flat[offset + t * c + p];
            counts.actual[t] = counts.actual[t] + k;
            counts.predicted[p] = counts.predicted[p] + k;
            if (t === p)
                counts.tp[t] = k;
            counts.n += k;
        }
    }
    return counts;
}
const precisionParts = (k, c) => ({ num: k.tp[c], den: k.predicted[c] });
const recallParts = (k, c) => ({ num: k.tp[c], den: k.actual[c] });
const f1Parts = (k, c) => ({ num: 2 * k.tp[c], den: k.predicted[c] + k.actual[c] });
function classList(classes) {
    return classes.length > 5 ? `${classes.slice(0, 5).join(', ')}, …` : classes.join(', ');
}
/** Macro or support-weighted mean of a per-class ratio (loops over classes, not rows). */
function averaged(k, parts, weighted, what) {
    if (k.n === 0)
        return { undefined: values_EMPTY_SET };
    const c = k.tp.length;
    const bad = [];
    let total = 0;
    for (let i = 0; i < c; i++) {
        const { num, den } = parts(k, i);
        const weight = weighted ? k.actual[i] : 1;
        if (den === 0) {
            if (weight > 0)
                bad.push(i);
            continue;
        }
        total += weight * (num / den);
    }
    if (bad.length > 0)
        return { undefined: `${what} is undefined for class ${classList(bad)} (scikit-learn warns and counts 0)` };
    return total / (weighted ? k.n : c);
}
/** Precision, recall and F1 (macro, micro, weighted) from class counts. */
function multiclassAverages(k) {
    const micro = k.n === 0 ? { undefined: values_EMPTY_SET } : sumArray(k.tp) / k.n;
    return {
        precision_macro: averaged(k, precisionParts, false, 'precision (no predictions of the class)'),
        precision_micro: micro,
        precision_weighted: averaged(k, precisionParts, true, 'precision (no predictions of the class)'),
        recall_macro: averaged(k, recallParts, false, 'recall (no rows of the class)'),
        recall_micro: micro,
        recall_weighted: averaged(k, recallParts, true, 'recall (no rows of the class)'),
        f1_macro: averaged(k, f1Parts, false, 'F1 (no rows and no predictions of the class)'),
        f1_micro: micro,
        f1_weighted: averaged(k, f1Parts, true, 'F1 (no rows and no predictions of the class)'),
    };
}
function sumArray(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s;
}
function multiclassAccuracy(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: EMPTY_SET };
    let correct = 0;
    for (let i = 0; i < n; i++)
        if (predictedClass(input, i) === input.yTrue[i])
            correct++;
    return correct / n;
}
function probabilityProblem(input) {
    const p = input.proba;
    for (let i = 0; i < p.length; i++) {
        const v = p[i];
        if (!(v >= 0 && v <= 1))
            return 'probabilities outside [0, 1]';
    }
    return undefined;
}
/**
 * One row's log loss as scikit-learn 1.2.1 computes it: clip every probability to [eps, 1 − eps],
 * renormalise the row by its clipped sum, take −log of the true class's share.
 */
function multiclassLogLossTerm(proba, start, classes, y, eps) {
    let sum = 0;
    let own = 0;
    for (let c = 0; c < classes; c++) {
        const v = proba[start + c];
        const clipped = v < eps ? eps : v > 1 - eps ? 1 - eps : v;
        sum += clipped;
        if (c === y)
            own = clipped;
    }
    return -Math.log(own / sum);
}
function multiclassLogLoss(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: values_EMPTY_SET };
    const problem = probabilityProblem(input);
    if (problem)
        return { undefined: problem };
    const eps = values_DTYPE_EPS[input.probabilityDtype ?? 'float64'];
    let total = 0;
    for (let i = 0; i < n; i++)
        total += multiclassLogLossTerm(input.proba, i * input.classes, input.classes, input.yTrue[i], eps);
    return total / n;
}
/** `np.allclose(1, row_sums)`: |1 − s| ≤ 1e-8 + 1e-5·|s|. */
function rowsSumToOne(proba, classes) {
    for (let start = 0; start < proba.length; start += classes) {
        let s = 0;
        for (let c = 0; c < classes; c++)
            s += proba[start + c];
        if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s)))
            return false;
    }
    return true;
}
/** One-vs-rest ROC AUC per class (one sort per class). */
function ovrAucPerClass(input) {
    const { classes, yTrue, proba } = input;
    const n = yTrue.length;
    const isPositive = new Uint8Array(n);
    const column = new Float64Array(n);
    const out = [];
    for (let c = 0; c < classes; c++) {
        for (let i = 0; i < n; i++) {
            isPositive[i] = yTrue[i] === c ? 1 : 0;
            column[i] = proba[i * classes + c];
        }
        out.push(ranking_rankingMetrics(isPositive, column).rocAuc);
    }
    return out;
}
/** `roc_auc_score(multi_class='ovr', average='macro' | 'weighted', labels=range(C))`. */
function ovrAuc(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { macro: { undefined: values_EMPTY_SET }, weighted: { undefined: values_EMPTY_SET } };
    if (!rowsSumToOne(input.proba, input.classes)) {
        const reason = 'probability rows do not sum to 1 (scikit-learn requires probabilities for one-vs-rest AUC)';
        return { macro: { undefined: reason }, weighted: { undefined: reason } };
    }
    return averageOvr(ovrAucPerClass(input), classSupport(input), n);
}
function classSupport(input) {
    const support = new Float64Array(input.classes);
    for (let i = 0; i < input.yTrue.length; i++) {
        const y = input.yTrue[i];
        support[y] = support[y] + 1;
    }
    return support;
}
/** Macro and prevalence-weighted means of per-class AUCs; undefined when any class's AUC is. */
function averageOvr(perClass, support, n) {
    const missing = perClass.flatMap((v, c) => (typeof v === 'number' ? [] : [c]));
    if (missing.length > 0) {
        const reason = `one-vs-rest AUC is undefined for class ${classList(missing)}: it has no rows, or only its rows (scikit-learn raises)`;
        return { macro: { undefined: reason }, weighted: { undefined: reason } };
    }
    let macro = 0;
    let weighted = 0;
    perClass.forEach((v, c) => {
        macro += v;
        weighted += v * support[c];
    });
    return { macro: macro / perClass.length, weighted: weighted / n };
}
/** Adds row i to top-label calibration bins (confidence = max probability, prediction = first argmax). */
function addMulticlassCalibration(sums, offset, proba, start, classes, y) {
    const best = argmaxRow(proba, start, classes);
    addToBins(sums, offset, proba[start + best], best === y);
}
function multiclassEce(input) {
    const n = input.yTrue.length;
    if (n === 0)
        return { undefined: values_EMPTY_SET };
    const problem = probabilityProblem(input);
    if (problem)
        return { undefined: problem };
    const bins = new calibration_CalibrationBins();
    for (let i = 0; i < n; i++)
        addMulticlassCalibration(bins.sums, 0, input.proba, i * input.classes, input.classes, input.yTrue[i]);
    return calibration_eceFromSums(bins.sums, 0, n);
}
function multiclassMetrics(input) {
    validateMulticlass(input);
    const n = input.yTrue.length;
    const confusion = multiclassConfusion(input);
    const counts = classCounts(confusion);
    const auc = ovrAuc(input);
    return {
        task: 'multiclass',
        n,
        metrics: {
            accuracy: n === 0 ? { undefined: values_EMPTY_SET } : sumArray(counts.tp) / n,
            ...multiclassAverages(counts),
            log_loss: multiclassLogLoss(input),
            roc_auc_ovr: auc.macro,
            roc_auc_ovr_weighted: auc.weighted,
            ece: multiclassEce(input),
        },
        confusionMatrix: confusion,
    };
}

;// CONCATENATED MODULE: ./shared/metrics/regression.ts


function regressionSums(input) {
    const s = { n: input.yTrue.length, absError: 0, sqError: 0, relError: 0, zeroTargets: 0 };
    for (let i = 0; i < s.n; i++) {
        const y = input.yTrue[i];
        const e = input.yPred[i] - y;
        s.absError += Math.abs(e);
        s.sqError += e * e;
        if (y === 0)
            s.zeroTargets++;
        else
            s.relError += Math.abs(e) / Math.abs(y);
    }
    return s;
}
function maeFromSums(s) {
    return s.n === 0 ? { undefined: values_EMPTY_SET } : s.absError / s.n;
}
function mseFromSums(s) {
    return s.n === 0 ? { undefined: values_EMPTY_SET } : s.sqError / s.n;
}
function rmseFromSums(s) {
    return s.n === 0 ? { undefined: values_EMPTY_SET } : Math.sqrt(s.sqError / s.n);
}
function mapeFromSums(s) {
    if (s.n === 0)
        return { undefined: values_EMPTY_SET };
    if (s.zeroTargets > 0)
        return { undefined: `${s.zeroTargets} target value(s) are 0; percentage error is undefined (scikit-learn divides by machine epsilon)` };
    return s.relError / s.n;
}
/** R² = 1 − SSE / SST; `totalSquares` is SST computed around the exact mean (see `totalSumOfSquares`). */
function r2FromParts(n, sqError, totalSquares, constant) {
    if (n < 2)
        return { undefined: 'R² needs at least two rows (scikit-learn returns NaN)' };
    if (constant || totalSquares === 0) {
        return sqError === 0 ? 1 : { undefined: 'the target is constant, so R² is undefined (scikit-learn reports 0)' };
    }
    return 1 - sqError / totalSquares;
}
/** Σ (y − ȳ)² with the two-pass mean scikit-learn uses, and whether every y is the same. */
function totalSumOfSquares(yTrue) {
    const n = yTrue.length;
    let sum = 0;
    let constant = true;
    const first = yTrue[0];
    for (let i = 0; i < n; i++) {
        const y = yTrue[i];
        sum += y;
        if (y !== first)
            constant = false;
    }
    const mean = sum / n;
    let total = 0;
    for (let i = 0; i < n; i++) {
        const d = yTrue[i] - mean;
        total += d * d;
    }
    return { totalSquares: total, constant };
}
function meanAbsoluteError(input) {
    return maeFromSums(regressionSums(input));
}
function meanSquaredError(input) {
    return mseFromSums(regressionSums(input));
}
function rootMeanSquaredError(input) {
    return rmseFromSums(regressionSums(input));
}
function meanAbsolutePercentageError(input) {
    return mapeFromSums(regressionSums(input));
}
function r2Score(input) {
    const s = regressionSums(input);
    const { totalSquares, constant } = totalSumOfSquares(input.yTrue);
    return r2FromParts(s.n, s.sqError, totalSquares, constant);
}
function regressionMetrics(input) {
    validateRegression(input);
    const s = regressionSums(input);
    const { totalSquares, constant } = totalSumOfSquares(input.yTrue);
    return {
        task: 'regression',
        n: s.n,
        metrics: {
            mae: maeFromSums(s),
            mse: mseFromSums(s),
            rmse: rmseFromSums(s),
            r2: r2FromParts(s.n, s.sqError, totalSquares, constant),
            mape: mapeFromSums(s),
        },
    };
}

;// CONCATENATED MODULE: ./shared/metrics/types.ts
/** Metric names per task, in display order. */
const METRIC_NAMES = {
    binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'],
    multiclass: [
        'accuracy',
        'precision_macro',
        'precision_micro',
        'precision_weighted',
        'recall_macro',
        'recall_micro',
        'recall_weighted',
        'f1_macro',
        'f1_micro',
        'f1_weighted',
        'log_loss',
        'roc_auc_ovr',
        'roc_auc_ovr_weighted',
        'ece',
    ],
    regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
};
/** Losses and errors improve downward; everything else upward. Report and gate read this. */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier', 'ece', 'mae', 'mse', 'rmse', 'mape']);
function higherIsBetter(metric) {
    return !LOWER_IS_BETTER.has(metric);
}
function undefinedValue(reason) {
    return { undefined: reason };
}

;// CONCATENATED MODULE: ./shared/metrics/grouped.ts
/**
 * Binary metrics of many disjoint row groups (the slices of a column) from the whole set's one sort,
 * without building any per-group array: a pass over the rows in row order adds each row to its group's
 * sums, and a walk down the whole set's sort runs each group's ranking walk side by side.
 *
 * Every figure is bit-identical to `binaryMetrics` on the group's rows alone: a group's sums receive its
 * rows' terms in row order, exactly as summing the group alone does, and a group's ranking walk meets
 * its rows in the same order as a walk over the group's own stable sort (the whole sort restricted to the
 * group is that sort), closing a threshold whenever the group's score changes.
 */


/**
 * The metrics of each group, for an input that was already validated (`validateBinary`) and sorted with
 * its labels (`sortScores(score, yTrue)`). `sums`: the grouping's blocks from a `binarySums` pass the
 * caller already made (with other groupings, or for the whole set's metrics).
 */
function groupedBinaryMetrics(input, sorted, keys, sums = binarySums(input, [keys]).groups[0]) {
    const ranking = groupRanking(input.yTrue, sorted, keys);
    return Array.from({ length: keys.groups }, (_, g) => binaryResult(sums, g * BINARY_SUMS, ranking(g)));
}
/** Per-group ranking state, one slot per group. */
const TP = 0;
const ALL = 1;
const TP_BEFORE = 2;
const ALL_BEFORE = 3;
const AREA2 = 4;
const AP_SUM = 5;
const STATE = 6;
/**
 * Each group's ranking walk (ranking.ts) over the whole set's sort, from the highest score down. A row's
 * group is looked up through `order` (a random read per row, into `rowGroups`; carrying the key through
 * the sort would cost a scatter stream in every radix pass instead).
 */
function groupRanking(isPositive, sorted, keys) {
    const { order, sorted: values } = sorted;
    const labels = sortedLabels(isPositive, sorted);
    const groupOfRow = keys.rowGroups ?? rowGroups(keys);
    const state = new Float64Array(keys.groups * STATE);
    const last = new Float64Array(keys.groups).fill(NaN);
    for (let i = values.length - 1; i >= 0; i--) {
        const g = groupOfRow[order[i]] - 1;
        if (g < 0)
            continue;
        const at = g * STATE;
        const value = values[i];
        if (value !== last[g]) {
            closeThreshold(state, at);
            state[at + TP_BEFORE] = state[at + TP];
            state[at + ALL_BEFORE] = state[at + ALL];
            last[g] = value;
        }
        state[at + TP] = state[at + TP] + labels[i];
        state[at + ALL] = state[at + ALL] + 1;
    }
    for (let g = 0; g < keys.groups; g++)
        closeThreshold(state, g * STATE);
    return (g) => {
        const at = g * STATE;
        const tp = state[at + TP];
        return finishRanking(tp, state[at + ALL] - tp, state[at + AREA2], state[at + AP_SUM]);
    };
}
/** Adds the threshold just walked past (rows since the last score change) to the area and AP sums. */
function closeThreshold(state, at) {
    const tp = state[at + TP];
    const all = state[at + ALL];
    const tpBefore = state[at + TP_BEFORE];
    const allBefore = state[at + ALL_BEFORE];
    if (all === allBefore)
        return;
    const fp = all - tp;
    const fpBefore = allBefore - tpBefore;
    state[at + AREA2] = state[at + AREA2] + (fp - fpBefore) * (tp + tpBefore);
    if (tp > tpBefore)
        state[at + AP_SUM] = state[at + AP_SUM] + (tp - tpBefore) * (tp / all);
}

;// CONCATENATED MODULE: ./shared/metrics/index.ts
/**
 * The metrics library: scikit-learn 1.2.1 semantics on columnar typed arrays, explicit undefined values.
 * `computeMetrics(task, input)` is the one entry evaluate uses; the individual functions are exported for
 * slices, the paired statistics and tests.
 */



function computeMetrics(task, input) {
    switch (task) {
        case 'binary':
            return binaryMetrics(input);
        case 'multiclass':
            return multiclassMetrics(input);
        case 'regression':
            return regressionMetrics(input);
        default:
            throw new Error(`unknown task ${String(task)}`);
    }
}











;// CONCATENATED MODULE: ./shared/stats/additive.ts
/**
 * Additive per-row statistics for the fast bootstrap. Every non-ranking metric is a function of sums over
 * rows (confusion counts, Σ log-loss terms, Σ squared errors, per-bin calibration sums), so a resample is
 * fully described by how many times each row (or block of rows) is drawn: the resample's sums are
 * Σ_block count · block sums. Each layout writes one model's statistics into a slice of a block's vector
 * and turns summed vectors back into metric values with the same helpers the point metrics use.
 */





const ECE_WIDTH = 3 * ECE_BINS;
/** [tp, fp, fn, tn, Σ log-loss terms, Σ squared errors, ECE bins…] per model. */
const BINARY_LAYOUT_WIDTH = 6 + ECE_WIDTH;
class BinaryLayout {
    input;
    width = BINARY_LAYOUT_WIDTH;
    probabilities;
    eps;
    constructor(input) {
        this.input = input;
        this.probabilities = allProbabilities(input.score);
        this.eps = values_DTYPE_EPS[input.probabilityDtype ?? 'float64'];
    }
    accumulate(row, out, offset) {
        const y = this.input.yTrue[row];
        const p = this.input.score[row];
        const cell = offset + (y === 1 ? (predictedPositive(this.input, row) ? 0 : 2) : predictedPositive(this.input, row) ? 1 : 3);
        out[cell] = out[cell] + 1;
        if (!this.probabilities)
            return;
        out[offset + 4] = out[offset + 4] + binaryLogLossTerm(y, p, this.eps);
        out[offset + 5] = out[offset + 5] + (y - p) * (y - p);
        addBinaryCalibration(out, offset + 6, y, p);
    }
    metrics(sums, offset, n) {
        const tp = sums[offset];
        const fp = sums[offset + 1];
        const fn = sums[offset + 2];
        return {
            precision: precisionFromCounts(tp, fp),
            recall: recallFromCounts(tp, fn),
            f1: f1FromCounts(tp, fp, fn),
            log_loss: sums[offset + 4] / n,
            brier: sums[offset + 5] / n,
            ece: calibration_eceFromSums(sums, offset + 6, n),
        };
    }
}
class MulticlassLayout {
    input;
    width;
    cells;
    probabilities;
    eps;
    constructor(input) {
        this.input = input;
        this.cells = input.classes * input.classes;
        this.width = this.cells + 1 + ECE_WIDTH;
        this.probabilities = probabilityProblem(input) === undefined;
        this.eps = values_DTYPE_EPS[input.probabilityDtype ?? 'float64'];
    }
    accumulate(row, out, offset) {
        const { classes, proba } = this.input;
        const y = this.input.yTrue[row];
        const cell = offset + y * classes + predictedClass(this.input, row);
        out[cell] = out[cell] + 1;
        if (!this.probabilities)
            return;
        const at = offset + this.cells;
        out[at] = out[at] + multiclassLogLossTerm(proba, row * classes, classes, y, this.eps);
        addMulticlassCalibration(out, at + 1, proba, row * classes, classes, y);
    }
    metrics(sums, offset, n) {
        return {
            ...multiclassAverages(classCountsFromFlat(sums, offset, this.input.classes)),
            log_loss: sums[offset + this.cells] / n,
            ece: calibration_eceFromSums(sums, offset + this.cells + 1, n),
        };
    }
}
/** Targets are centred on the full-set mean first, so SST = Σ y'² − (Σ y')²/n keeps its precision. */
class RegressionLayout {
    input;
    width = 6;
    mean;
    constant;
    constructor(input) {
        this.input = input;
        const n = input.yTrue.length;
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += input.yTrue[i];
        this.mean = n === 0 ? 0 : sum / n;
        this.constant = n === 0 || totalSumOfSquares(input.yTrue).constant;
    }
    accumulate(row, out, offset) {
        const y = this.input.yTrue[row];
        const e = this.input.yPred[row] - y;
        const centred = y - this.mean;
        out[offset] = out[offset] + Math.abs(e);
        out[offset + 1] = out[offset + 1] + e * e;
        if (y === 0)
            out[offset + 3] = out[offset + 3] + 1;
        else
            out[offset + 2] = out[offset + 2] + Math.abs(e) / Math.abs(y);
        out[offset + 4] = out[offset + 4] + centred;
        out[offset + 5] = out[offset + 5] + centred * centred;
    }
    metrics(sums, offset, n) {
        const s = { n, absError: sums[offset], sqError: sums[offset + 1], relError: sums[offset + 2], zeroTargets: sums[offset + 3] };
        const sumC = sums[offset + 4];
        const totalSquares = sums[offset + 5] - (sumC * sumC) / n;
        return { mae: maeFromSums(s), mse: mseFromSums(s), rmse: rmseFromSums(s), r2: r2FromParts(n, s.sqError, totalSquares, this.constant), mape: mapeFromSums(s) };
    }
}
function additiveLayout(task, input) {
    if (task === 'binary')
        return new BinaryLayout(input);
    if (task === 'multiclass')
        return new MulticlassLayout(input);
    return new RegressionLayout(input);
}

;// CONCATENATED MODULE: ./shared/stats/delong.ts
/**
 * Paired DeLong test (DeLong, DeLong & Clarke-Pearson 1988) for the difference of two ROC AUCs on the
 * same rows, with the O(n log n) midrank algorithm of Sun & Xu (2014).
 *
 * For model k, the placement of positive i is V10_i = (#negatives scored below + ½·#tied)/N and of
 * negative j is V01_j = (#positives scored above + ½·#tied)/P; AUC_k = mean V10 = mean V01 (ties count
 * one half, the same AUC as scikit-learn). With S10, S01 the 2×2 sample covariances (denominator m − 1)
 * of the placements across models,
 *   Var(AUC_a − AUC_b) = (S10_aa + S10_bb − 2·S10_ab)/P + (S01_aa + S01_bb − 2·S01_ab)/N.
 * z = Δ/√Var, two-sided p = 2·Φ(−|z|), interval Δ ± z_{1−α/2}·√Var, MDE = (z_{1−α/2} + z_{1−β})·√Var.
 *
 * One radix index sort per model computes the placements in a single walk over tied groups; no per-class
 * resorting is needed because a group's counts give every member's placement.
 */




/**
 * Placement values of one model's scores (Sun & Xu's midrank construction, via group counts). `into`:
 * the array to write them to (default a new one); with `minus`, each row gets `minus[row] − placement`
 * instead (`into` may be `minus` itself), the paired difference the variance needs.
 */
function placements(isPositive, score, positives, negatives, sorted = sortScores(score, isPositive), into = new Float64Array(score.length), minus) {
    const { order, sorted: values } = sorted;
    const labels = sortedLabels(isPositive, sorted);
    const at = into;
    let negBelow = 0;
    let posBelow = 0;
    // Twice the number of (positive above negative) pairs plus ties: an exact integer, as in ranking.ts,
    // so this AUC is bit-identical to the point metric.
    let pairs2 = 0;
    let i = 0;
    while (i < order.length) {
        const value = values[i];
        let end = i;
        let posHere = 0;
        for (; end < order.length && values[end] === value; end++)
            posHere += labels[end];
        const negHere = end - i - posHere;
        const v10 = (negBelow + 0.5 * negHere) / negatives;
        const v01 = (positives - posBelow - posHere + 0.5 * posHere) / positives;
        if (minus) {
            for (let j = i; j < end; j++) {
                const row = order[j];
                at[row] = minus[row] - (labels[j] ? v10 : v01);
            }
        }
        else
            for (let j = i; j < end; j++)
                at[order[j]] = labels[j] ? v10 : v01;
        pairs2 += posHere * (2 * negBelow + negHere);
        negBelow += negHere;
        posBelow += posHere;
        i = end;
    }
    return { auc: pairs2 / (2 * positives * negatives), at };
}
/**
 * Sample variances (denominator count − 1) of the paired placement differences a − b (per row, in
 * `difference`), over positive rows and over negative rows: S_aa + S_bb − 2·S_ab for V10 and for V01.
 * Two passes (mean, then squares) for accuracy.
 */
function differenceVariances(isPositive, difference, positives, negatives) {
    let sumPos = 0;
    let sumNeg = 0;
    for (let i = 0; i < difference.length; i++) {
        const d = difference[i];
        if (isPositive[i])
            sumPos += d;
        else
            sumNeg += d;
    }
    const meanPos = sumPos / positives;
    const meanNeg = sumNeg / negatives;
    let ssPos = 0;
    let ssNeg = 0;
    for (let i = 0; i < difference.length; i++) {
        const d = difference[i];
        if (isPositive[i])
            ssPos += (d - meanPos) * (d - meanPos);
        else
            ssNeg += (d - meanNeg) * (d - meanNeg);
    }
    return [ssPos / (positives - 1), ssNeg / (negatives - 1)];
}
/** `sorted`: the two score arrays' sorts when the caller already has them (evaluate sorts once). */
function pairedDeLong(yTrue, candidate, baseline, alpha = 0.05, power = 0.8, sorted) {
    let positives = 0;
    for (let i = 0; i < yTrue.length; i++)
        positives += yTrue[i] === 1 ? 1 : 0;
    const negatives = yTrue.length - positives;
    if (positives < 2 || negatives < 2) {
        const reason = positives === 0 || negatives === 0 ? 'ROC AUC needs both classes in y_true' : 'the DeLong variance needs at least two rows of each class';
        const undefinedAuc = positives === 0 || negatives === 0;
        return undefinedResult(reason, undefinedAuc ? undefined : [yTrue, candidate, baseline, positives, negatives]);
    }
    // The candidate's placements, then the baseline's subtracted from them in place: one array of
    // per-row differences (a − b, as the variances need), in scratch memory a sort has just given back.
    const scratch = borrowScratch(8 * yTrue.length);
    const difference = new Float64Array(scratch, 0, yTrue.length);
    const a = placements(yTrue, candidate, positives, negatives, sorted?.[0], difference);
    const b = placements(yTrue, baseline, positives, negatives, sorted?.[1], difference, difference);
    const [s10, s01] = differenceVariances(yTrue, difference, positives, negatives);
    returnScratch(scratch);
    const variance = s10 / positives + s01 / negatives;
    const delta = a.auc - b.auc;
    const zAlpha = normalQuantile(1 - alpha / 2);
    if (!(variance > 0)) {
        const reason = 'the paired DeLong variance is 0: both models rank every positive-negative pair the same way';
        return { candidate: a.auc, baseline: b.auc, delta, variance: 0, pValue: delta === 0 ? 1 : 0, ci: [delta, delta], significant: delta !== 0, mde: { undefined: reason } };
    }
    const se = Math.sqrt(variance);
    const pValue = Math.min(1, 2 * normalSf(Math.abs(delta) / se));
    return {
        candidate: a.auc,
        baseline: b.auc,
        delta,
        variance,
        pValue,
        ci: [delta - zAlpha * se, delta + zAlpha * se],
        significant: pValue < alpha,
        mde: (zAlpha + normalQuantile(power)) * se,
    };
}
function undefinedResult(reason, computeAucs) {
    let candidate = { undefined: reason };
    let baseline = { undefined: reason };
    if (computeAucs) {
        const [y, c, b, p, n] = computeAucs;
        candidate = placements(y, c, p, n).auc;
        baseline = placements(y, b, p, n).auc;
    }
    const delta = typeof candidate === 'number' && typeof baseline === 'number' ? candidate - baseline : { undefined: reason };
    return { candidate, baseline, delta, variance: { undefined: reason }, ci: { undefined: reason }, significant: false, mde: { undefined: reason } };
}

;// CONCATENATED MODULE: ./shared/stats/mcnemar.ts

/** Exact two-sided p-value of b successes in b + c trials at p = ½. */
function mcnemarExactPValue(b, c) {
    const m = b + c;
    if (b === c)
        return 1;
    return Math.min(1, 2 * binomialCdf(Math.min(b, c), m, 0.5));
}
function mcnemarTest(candidateOnly, baselineOnly, n, alpha = 0.05, power = 0.8) {
    const m = candidateOnly + baselineOnly;
    const pValue = mcnemarExactPValue(candidateOnly, baselineOnly);
    let ci;
    if (m === 0) {
        const bound = n === 0 ? 1 : clopperPearson(0, n, alpha)[1];
        ci = [-bound, bound];
    }
    else {
        const [lo, hi] = clopperPearson(candidateOnly, m, alpha);
        ci = [((2 * lo - 1) * m) / n, ((2 * hi - 1) * m) / n];
    }
    const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
    const mde = m === 0 ? { undefined: 'the models never disagree, so the discordance that sets the detectable effect is unknown' } : z * Math.sqrt(m / n / n);
    return { n, candidateOnly, baselineOnly, delta: n === 0 ? 0 : (candidateOnly - baselineOnly) / n, pValue, ci, significant: pValue < alpha, mde };
}
/** Counts discordant rows from per-row correctness (1 = right). */
function discordantCounts(candidateCorrect, baselineCorrect) {
    let candidateOnly = 0;
    let baselineOnly = 0;
    for (let i = 0; i < candidateCorrect.length; i++) {
        const a = candidateCorrect[i];
        const b = baselineCorrect[i];
        if (a > b)
            candidateOnly++;
        else if (b > a)
            baselineOnly++;
    }
    return { candidateOnly, baselineOnly };
}

;// CONCATENATED MODULE: ./shared/stats/types.ts
/** Defaults, exported so reports can state them. */
const types_DEFAULT_RESAMPLES = 1000;
const types_DEFAULT_CONFIDENCE = 0.95;
const types_DEFAULT_POWER = 0.8;
const DEFAULT_RANKING_WORK = 3e8;

;// CONCATENATED MODULE: ./shared/stats/compare.ts
/**
 * Paired comparison of a candidate model with a baseline on the same rows, per metric:
 *
 * - `accuracy`: exact McNemar test and exact conditional interval (mcnemar.ts);
 * - binary `roc_auc`: paired DeLong (delong.ts);
 * - every other metric: seeded paired bootstrap, percentile interval (percentile.ts).
 *
 * Point values are the exact metrics (`computeMetrics`); the bootstrap only supplies the interval.
 *
 * Bootstrap engine. Resampling rows with replacement is the same as giving each row a draw count. Rows
 * are grouped into G = min(n, 4096) units: when n ≤ 4096 a unit is a row (the ordinary row bootstrap);
 * beyond, rows are assigned to units at random (seeded) and the units are resampled — a cluster bootstrap
 * of random clusters, which has the same variance as the row bootstrap to first order and costs O(G·K)
 * per resample instead of O(n). Non-ranking metrics are functions of additive sums (additive.ts), so a
 * resample costs O(G·K). Ranking metrics (average precision, one-vs-rest AUC) need a weighted pass over
 * the pre-sorted rows, O(n) per resample; when n·B exceeds `rankingWork` their interval is explicitly
 * undefined rather than silently computed from fewer resamples.
 */

















const UNIT_BITS = 12;
const MAX_BOOTSTRAP_UNITS = 1 << UNIT_BITS;
const RANKING = new Set(['average_precision', 'roc_auc_ovr', 'roc_auc_ovr_weighted']);
function compareModels(task, candidate, baseline, options) {
    return comparePair(task, candidate, baseline, options).comparison;
}
function comparePair(task, candidate, baseline, options) {
    const settings = resolveSettings(options);
    assertSameRows(candidate, baseline);
    const sorts = task === 'binary' ? (options.sorts ?? [sortScores(candidate.score, candidate.yTrue), sortScores(baseline.score, candidate.yTrue)]) : undefined;
    if (sorts) {
        validateBinary(candidate);
        validateBinary(baseline);
    }
    const names = options.metrics ?? METRIC_NAMES[task];
    const bootstrapNames = names.filter((name) => !(name === 'accuracy' || (task === 'binary' && name === 'roc_auc')));
    const plan = planResampling(task, candidate, baseline, bootstrapNames, settings, options.candidateUnits);
    const resultA = options.candidateMetrics ?? (sorts ? binaryPoint(candidate, sorts[0], plan?.binary?.[0]) : computeMetrics(task, candidate));
    const resultB = sorts ? binaryPoint(baseline, sorts[1], plan?.binary?.[1]) : computeMetrics(task, baseline);
    for (const name of names) {
        if (!(name in resultA.metrics))
            throw new errors/* UserError */.yo(`unknown metric "${name}" for task ${task}`, { field: 'metrics', fix: `Use one of: ${METRIC_NAMES[task].join(', ')}.` });
    }
    const boot = compare_bootstrapDeltas(task, candidate, baseline, bootstrapNames, settings, sorts, plan);
    // The units' row assignment is scratch memory (see assignUnits): the DeLong placements reuse it.
    if (plan)
        returnScratch(plan.units.of.buffer);
    const out = {};
    for (const name of names) {
        if (name === 'accuracy' && task !== 'regression')
            out[name] = accuracyComparison(task, candidate, baseline, settings);
        else if (name === 'roc_auc' && sorts)
            out[name] = aucComparison(candidate, baseline, settings, sorts);
        else
            out[name] = bootstrapComparison(name, resultA.metrics, resultB.metrics, boot.get(name), settings);
    }
    const comparison = { confidence: 1 - settings.alpha, bootstrap: { resamples: settings.resamples, seed: settings.seed }, metrics: out };
    return { candidate: resultA, baseline: resultB, comparison };
}
function resolveSettings(options) {
    const resamples = options.resamples ?? types_DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? types_DEFAULT_CONFIDENCE;
    const power = options.power ?? types_DEFAULT_POWER;
    if (!Number.isSafeInteger(options.seed))
        throw new errors/* UserError */.yo(`seed ${options.seed} is not an integer`, { input: 'seed', fix: 'Use an integer seed, e.g. 1.' });
    if (!Number.isInteger(resamples) || resamples < 2)
        throw new errors/* UserError */.yo(`bootstrap resamples ${resamples} must be an integer ≥ 2`, { input: 'resamples', fix: 'Use e.g. 1000.' });
    if (!(confidence > 0 && confidence < 1))
        throw new errors/* UserError */.yo(`confidence ${confidence} must be between 0 and 1`, { input: 'confidence', fix: 'Use e.g. 0.95.' });
    if (!(power > 0 && power < 1))
        throw new errors/* UserError */.yo(`power ${power} must be between 0 and 1`, { input: 'power', fix: 'Use e.g. 0.8.' });
    return { resamples, alpha: 1 - confidence, power, seed: options.seed, rankingWork: options.rankingWork ?? DEFAULT_RANKING_WORK };
}
function assertSameRows(candidate, baseline) {
    const n = candidate.yTrue.length;
    let same = baseline.yTrue.length === n;
    for (let i = 0; same && i < n; i++)
        same = candidate.yTrue[i] === baseline.yTrue[i];
    if (!same) {
        throw new errors/* UserError */.yo('the candidate and the baseline were not evaluated on the same rows (their labels differ)', {
            field: 'yTrue',
            fix: 'Run both models over the same evaluation set, in the same row order.',
        });
    }
}
function undefinedComparison(name, candidate, baseline, method, reason) {
    const u = { undefined: reason };
    return { candidate, baseline, delta: u, ci: u, method, significant: false, mde: u, higherIsBetter: higherIsBetter(name) };
}
function accuracyComparison(task, candidate, baseline, s) {
    const n = candidate.yTrue.length;
    if (n === 0)
        return undefinedComparison('accuracy', { undefined: 'no rows' }, { undefined: 'no rows' }, 'mcnemar-exact', 'the evaluation set has no rows');
    const { a, b, candidateOnly, baselineOnly } = task === 'binary' ? binaryAgreement(candidate, baseline) : agreement(task, candidate, baseline);
    const test = mcnemarTest(candidateOnly, baselineOnly, n, s.alpha, s.power);
    return {
        candidate: a.count / n,
        baseline: b.count / n,
        delta: a.count / n - b.count / n,
        ci: test.ci,
        method: 'mcnemar-exact',
        pValue: test.pValue,
        significant: test.significant,
        mde: test.mde,
        higherIsBetter: true,
    };
}
function correctness(task, input) {
    const n = input.yTrue.length;
    const correct = new Uint8Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
        const right = task === 'binary' ? predictedPositive(input, i) === (input.yTrue[i] === 1) : predictedClass(input, i) === input.yTrue[i];
        correct[i] = right ? 1 : 0;
        count += correct[i];
    }
    return { correct, count };
}
function agreement(task, candidate, baseline) {
    const a = correctness(task, candidate);
    const b = correctness(task, baseline);
    return { a, b, ...discordantCounts(a.correct, b.correct) };
}
/** `agreement` for binary inputs in one pass, without per-row arrays. */
function binaryAgreement(candidate, baseline) {
    const { yTrue } = candidate;
    let a = 0;
    let b = 0;
    let candidateOnly = 0;
    let baselineOnly = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const positive = yTrue[i] === 1;
        const rightA = (candidate.yPred ? candidate.yPred[i] === 1 : candidate.score[i] >= candidate.threshold) === positive ? 1 : 0;
        const rightB = (baseline.yPred ? baseline.yPred[i] === 1 : baseline.score[i] >= baseline.threshold) === (baseline.yTrue[i] === 1) ? 1 : 0;
        a += rightA;
        b += rightB;
        if (rightA > rightB)
            candidateOnly++;
        else if (rightB > rightA)
            baselineOnly++;
    }
    return { a: { count: a }, b: { count: b }, candidateOnly, baselineOnly };
}
function aucComparison(candidate, baseline, s, sorts) {
    const d = pairedDeLong(candidate.yTrue, candidate.score, baseline.score, s.alpha, s.power, [sorts[0], sorts[1]]);
    const result = { candidate: d.candidate, baseline: d.baseline, delta: d.delta, ci: d.ci, method: 'delong', significant: d.significant, mde: d.mde, higherIsBetter: true };
    if (d.pValue !== undefined)
        result.pValue = d.pValue;
    return result;
}
function bootstrapComparison(name, candidate, baseline, deltas, s) {
    const a = candidate[name];
    const b = baseline[name];
    if (typeof a !== 'number' || typeof b !== 'number') {
        const reason = typeof a !== 'number' ? `candidate: ${a.undefined}` : `baseline: ${b.undefined}`;
        return undefinedComparison(name, a, b, 'paired-bootstrap', reason);
    }
    if (!deltas || deltas.skipped)
        return undefinedComparison(name, a, b, 'paired-bootstrap', deltas?.skipped ?? 'not bootstrapped');
    const summary = percentile_summarizeDeltas(deltas.values.subarray(0, deltas.defined), deltas.undefinedCount, deltas.reason, s.alpha, s.power);
    return { candidate: a, baseline: b, delta: a - b, ci: summary.ci, method: 'paired-bootstrap', significant: summary.significant, mde: summary.mde, higherIsBetter: higherIsBetter(name) };
}
function newDeltas(resamples) {
    return { values: new Float64Array(resamples), defined: 0, undefinedCount: 0, reason: '' };
}
function record(target, a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        target.values[target.defined++] = a - b;
    else {
        target.undefinedCount++;
        target.reason ||= typeof a === 'object' ? a.undefined : typeof b === 'object' ? b.undefined : 'missing';
    }
}
function assignUnits(n, rng) {
    const count = Math.min(n, MAX_BOOTSTRAP_UNITS);
    // Borrowed (a sort has usually just given back its buffers) and given back once the bootstrap is done.
    const of = new Uint32Array(borrowScratch(4 * n), 0, n);
    const rows = new Float64Array(count);
    // 2^UNIT_BITS units: the top UNIT_BITS bits of one 32-bit draw are an exactly uniform unit.
    if (n <= MAX_BOOTSTRAP_UNITS)
        for (let i = 0; i < n; i++)
            of[i] = i;
    else
        rng.fillShifted(of, 32 - UNIT_BITS);
    for (let i = 0; i < n; i++) {
        const u = of[i];
        rows[u] = rows[u] + 1;
    }
    return { of, count, rows };
}
function drawBootstrapUnits(n, seed) {
    const rng = new prng_Xoshiro128(seed);
    const units = assignUnits(n, rng);
    return { seed, rng, units, keys: unitKeys(units) };
}
/** Units as groups for `binarySums`: unit u is group u. */
function unitKeys(units) {
    return {
        key: new Int32Array(units.of.buffer, units.of.byteOffset, units.of.length),
        groupOfKey: Int32Array.from({ length: units.count + 1 }, (_, slot) => slot - 1),
        groups: units.count,
    };
}
/**
 * Draws the units (first use of the seeded stream) and, for binary additive metrics, sums each model's
 * rows per unit in one pass that also gives the whole set's sums for the point metrics. Units the caller
 * drew for this seed and row count, with the candidate's sums, are used as they are.
 */
function planResampling(task, candidate, baseline, names, s, given) {
    const n = candidate.yTrue.length;
    if (names.length === 0 || n === 0)
        return undefined;
    const usable = given && given.units.seed === s.seed && given.units.units.of.length === n && task === 'binary' ? given : undefined;
    const { rng, units, keys } = usable?.units ?? drawBootstrapUnits(n, s.seed);
    if (task !== 'binary' || names.every((name) => RANKING.has(name)))
        return { rng, units };
    const candidateSums = usable?.sums ?? binarySums(candidate, [keys]);
    return { rng, units, binary: [candidateSums, usable?.baselineSums ?? binarySums(baseline, [keys])] };
}
/** A binary model's exact metrics, from its whole-set sums when the unit pass made them. */
function binaryPoint(input, sorted, sums) {
    if (!sums)
        return binaryMetrics(input, sorted);
    return binaryResult(sums.whole, 0, ranking_rankingMetrics(input.yTrue, input.score, sorted));
}
function compare_bootstrapDeltas(task, candidate, baseline, names, s, sorts, plan) {
    const result = new Map(names.map((name) => [name, newDeltas(s.resamples)]));
    if (!plan)
        return result;
    const { rng, units } = plan;
    const additive = names.filter((name) => !RANKING.has(name));
    const ranking = names.filter((name) => RANKING.has(name));
    const additiveSums = additive.length > 0 ? new AdditiveSums(task, candidate, baseline, units, plan.binary) : undefined;
    const rankingPass = ranking.length > 0 ? rankingEngine(task, candidate, baseline, units, s, result, ranking, sorts) : undefined;
    const weights = new Float64Array(units.count);
    for (let r = 0; r < s.resamples; r++) {
        drawWeights(rng, weights);
        if (additiveSums) {
            const [a, b] = additiveSums.metrics(weights);
            for (const name of additive)
                record(result.get(name), a[name], b[name]);
        }
        if (rankingPass) {
            const [a, b] = rankingPass(weights);
            for (const name of ranking)
                record(result.get(name), a[name], b[name]);
        }
    }
    return result;
}
/** Multinomial draw counts: G units drawn with replacement from G. */
function drawWeights(rng, weights) {
    weights.fill(0);
    rng.countDraws(weights, weights.length);
}
/**
 * Per-unit sums of both models' additive statistics; a resample is a weighted sum over units. The sums
 * are kept per statistic (column-major), only for statistics that are not zero in every unit (a column
 * of zeros sums to +0 whatever the weights: binary ECE bins below 0.5 confidence are always empty), and
 * a resample visits only the units it drew. Each column still adds its units' terms in unit order, so the
 * figures are those of the plain row-major loop.
 */
class AdditiveSums {
    units;
    layouts;
    /** Statistic index (both layouts side by side) and that statistic's per-unit sums. */
    columns;
    sums;
    drawn;
    drawnWeight;
    constructor(task, candidate, baseline, units, binary) {
        this.units = units;
        this.layouts = [additiveLayout(task, candidate), additiveLayout(task, baseline)];
        const [a, b] = this.layouts;
        const width = a.width + b.width;
        const perUnit = binary ? binaryPerUnit(binary, units) : layoutPerUnit(a, b, units);
        this.columns = [];
        for (let k = 0; k < width; k++) {
            const column = new Float64Array(units.count);
            let zero = true;
            for (let u = 0; u < units.count; u++)
                zero = (column[u] = perUnit[u * width + k]) === 0 && zero;
            if (!zero)
                this.columns.push({ k, perUnit: column });
        }
        this.sums = new Float64Array(width);
        this.drawn = new Int32Array(units.count);
        this.drawnWeight = new Float64Array(units.count);
    }
    metrics(weights) {
        const { sums, drawn, drawnWeight } = this;
        let m = 0;
        let n = 0;
        for (let u = 0; u < weights.length; u++) {
            const w = weights[u];
            if (w === 0)
                continue;
            n += w * this.units.rows[u];
            drawn[m] = u;
            drawnWeight[m++] = w;
        }
        sums.fill(0);
        for (const { k, perUnit } of this.columns) {
            let sum = 0;
            for (let j = 0; j < m; j++)
                sum += drawnWeight[j] * perUnit[drawn[j]];
            sums[k] = sum;
        }
        const [a, b] = this.layouts;
        return [a.metrics(sums, 0, n), b.metrics(sums, a.width, n)];
    }
}
/** Both layouts' statistics summed per unit, row by row (units × (a.width + b.width), row-major). */
function layoutPerUnit(a, b, units) {
    const width = a.width + b.width;
    const perUnit = new Float64Array(units.count * width);
    for (let row = 0; row < units.of.length; row++) {
        const offset = units.of[row] * width;
        a.accumulate(row, perUnit, offset);
        b.accumulate(row, perUnit, offset + a.width);
    }
    return perUnit;
}
/**
 * The binary layouts' per-unit statistics from `binarySums` with units as groups (the same terms added in
 * the same row order as `BinaryLayout.accumulate`, in one monomorphic pass per model), rearranged into the
 * layout's columns [tp, fp, fn, tn, Σ log loss, Σ squared error, bins…]. A model with scores outside
 * [0, 1] has no loss or bin sums in its layout (they stay 0), as there.
 */
function binaryPerUnit(sums, units) {
    const width = 2 * BINARY_LAYOUT_WIDTH;
    const perUnit = new Float64Array(units.count * width);
    sums.forEach(({ whole, groups }, model) => {
        const probabilities = whole[4] === 0;
        const blocks = groups[0];
        for (let u = 0; u < units.count; u++) {
            const from = u * BINARY_SUMS;
            const to = u * width + model * BINARY_LAYOUT_WIDTH;
            perUnit[to] = blocks[from + 3];
            perUnit[to + 1] = blocks[from + 1];
            perUnit[to + 2] = blocks[from + 2];
            perUnit[to + 3] = blocks[from];
            if (!probabilities)
                continue;
            for (let k = 4; k < BINARY_LAYOUT_WIDTH; k++)
                perUnit[to + k] = blocks[from + k + 1];
        }
    });
    return perUnit;
}
/** Sets up the weighted ranking passes, or marks the ranking metrics skipped when over budget. */
function rankingEngine(task, candidate, baseline, units, s, result, names, sorts) {
    const n = candidate.yTrue.length;
    const passes = task === 'multiclass' ? candidate.classes : 1;
    const work = n * 2 * passes * s.resamples;
    if (work > s.rankingWork) {
        const reason = `bootstrapping ranking metrics needs n·B·passes = ${work.toExponential(2)} row visits, over the ranking budget of ${s.rankingWork.toExponential(2)}; lower the resamples or raise rankingWork`;
        for (const name of names)
            result.get(name).skipped = reason;
        return undefined;
    }
    if (sorts) {
        const a = binaryRanking(candidate, units, sorts[0]);
        const b = binaryRanking(baseline, units, sorts[1]);
        return (w) => [a(w), b(w)];
    }
    const a = ovrRanking(candidate, units);
    const b = ovrRanking(baseline, units);
    return (w) => [a(w), b(w)];
}
function binaryRanking(input, units, sorted) {
    const rows = prepareWeightedRanking(input.yTrue, sorted, units.of);
    return (weights) => ({ average_precision: weightedRankingMetrics(rows, weights).averagePrecision });
}
function ovrRanking(input, units) {
    const { classes, yTrue, proba } = input;
    const n = yTrue.length;
    const columns = Array.from({ length: classes }, (_, c) => {
        const isPositive = new Uint8Array(n);
        const score = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            isPositive[i] = yTrue[i] === c ? 1 : 0;
            score[i] = proba[i * classes + c];
        }
        return prepareWeightedRanking(isPositive, sortScores(score, isPositive), units.of);
    });
    return (weights) => {
        const support = new Float64Array(classes);
        let total = 0;
        const perClass = columns.map((rows, c) => {
            const r = weightedRankingMetrics(rows, weights);
            support[c] = r.positives;
            total += r.positives;
            return r.rocAuc;
        });
        const avg = averageOvr(perClass, support, total);
        return { roc_auc_ovr: avg.macro, roc_auc_ovr_weighted: avg.weighted };
    };
}

;// CONCATENATED MODULE: ./shared/stats/bootstrap.ts



function gatherer(task, input) {
    if (task === 'regression') {
        const src = input;
        const out = { yTrue: new Float64Array(src.yTrue.length), yPred: new Float64Array(src.yTrue.length) };
        return ((idx) => {
            for (let i = 0; i < idx.length; i++) {
                out.yTrue[i] = src.yTrue[idx[i]];
                out.yPred[i] = src.yPred[idx[i]];
            }
            return out;
        });
    }
    if (task === 'binary') {
        const src = input;
        const n = src.yTrue.length;
        const out = { ...src, yTrue: new Uint8Array(n), score: new Float64Array(n), yPred: src.yPred ? new Uint8Array(n) : undefined };
        return ((idx) => {
            for (let i = 0; i < idx.length; i++) {
                const row = idx[i];
                out.yTrue[i] = src.yTrue[row];
                out.score[i] = src.score[row];
                if (out.yPred && src.yPred)
                    out.yPred[i] = src.yPred[row];
            }
            return out;
        });
    }
    const src = input;
    const n = src.yTrue.length;
    const c = src.classes;
    const out = { ...src, yTrue: new Int32Array(n), proba: new Float64Array(n * c), yPred: src.yPred ? new Int32Array(n) : undefined };
    return ((idx) => {
        for (let i = 0; i < idx.length; i++) {
            const row = idx[i];
            out.yTrue[i] = src.yTrue[row];
            out.proba.set(src.proba.subarray(row * c, row * c + c), i * c);
            if (out.yPred && src.yPred)
                out.yPred[i] = src.yPred[row];
        }
        return out;
    });
}
function pairedBootstrap(task, metric, candidate, baseline, options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const alpha = 1 - (options.confidence ?? DEFAULT_CONFIDENCE);
    const power = options.power ?? DEFAULT_POWER;
    const n = candidate.yTrue.length;
    if (baseline.yTrue.length !== n)
        throw new RangeError(`paired bootstrap needs the same rows: ${n} vs ${baseline.yTrue.length}`);
    const pointCandidate = metric(candidate);
    const pointBaseline = metric(baseline);
    const base = { candidate: pointCandidate, baseline: pointBaseline, resamples, seed: options.seed };
    if (typeof pointCandidate !== 'number' || typeof pointBaseline !== 'number') {
        const reason = typeof pointCandidate !== 'number' ? pointCandidate.undefined : pointBaseline.undefined;
        const u = { undefined: reason };
        return { ...base, delta: u, ci: u, se: u, significant: false, mde: u };
    }
    const drawCandidate = gatherer(task, candidate);
    const drawBaseline = gatherer(task, baseline);
    const rng = new Xoshiro128(options.seed);
    const indices = new Uint32Array(n);
    const deltas = [];
    let undefinedCount = 0;
    let reason = '';
    for (let r = 0; r < resamples; r++) {
        for (let i = 0; i < n; i++)
            indices[i] = rng.nextBelow(n);
        const a = metric(drawCandidate(indices));
        const b = metric(drawBaseline(indices));
        if (typeof a === 'number' && typeof b === 'number')
            deltas.push(a - b);
        else {
            undefinedCount++;
            reason ||= typeof a === 'number' ? b.undefined : a.undefined;
        }
    }
    return { ...base, delta: pointCandidate - pointBaseline, ...summarizeDeltas(Float64Array.from(deltas), undefinedCount, reason, alpha, power) };
}

;// CONCATENATED MODULE: ./shared/stats/index.ts
/** Paired statistics: McNemar, DeLong, bootstrap, and `compareModels` that picks the right one per metric. */









;// CONCATENATED MODULE: ./shared/evaluate/prediction-set.ts

/** The metrics library's input for one model over all rows. */
function metricInput(set, outputs, context) {
    return context.task === 'binary' ? binaryInput(set, outputs, context) : metricInputs(set, outputs, context)[0];
}
/** Binary labels as the metrics take them (1 = positive), one byte per row. */
function binaryLabels(set) {
    const labels = new Uint8Array(set.rows);
    for (let row = 0; row < set.rows; row += 1)
        labels[row] = set.yTrue[row];
    return labels;
}
/**
 * A binary model's input over all rows. A single-score output is the score column itself (no copy); a
 * probability column of a float32 model is copied into a Float32Array (exact: the values are float32
 * values, checked while copying), half the fresh memory of a Float64Array. `yTrue` may be passed when
 * the caller already has the labels (both models share them).
 */
function binaryInput(set, outputs, context, yTrue = binaryLabels(set)) {
    const { values, width } = outputs;
    const input = (score) => ({ yTrue, score, threshold: context.threshold, probabilityDtype: outputs.dtype });
    if (width === 1)
        return input(values.length === set.rows ? values : values.subarray(0, set.rows));
    if (outputs.dtype === 'float32') {
        const narrow = new Float32Array(set.rows);
        if (copyScores(outputs, context, narrow, 0, set.rows))
            return input(narrow);
    }
    const score = new Float64Array(set.rows);
    copyScores(outputs, context, score, 0, set.rows);
    return input(score);
}
/**
 * Rows [from, to) of a binary probability output's positive column into `score`; whether every value
 * was kept exactly (a float32 column holds a float64 output's values only when they are float32 values).
 */
function copyScores(outputs, context, score, from, to) {
    const { values, width } = outputs;
    const column = context.positiveIndex ?? 1;
    let exact = true;
    for (let row = from; row < to; row += 1) {
        const value = values[row * width + column];
        score[row] = value;
        exact &&= score[row] === value;
    }
    return exact;
}
/**
 * The metrics library's inputs for one model per group (one group of all rows by default), each group's
 * rows in row order. One sequential pass deals the rows to their groups; gathering each group's rows
 * instead reads the outputs scattered across memory, group after group.
 */
function metricInputs(set, outputs, context, grouping) {
    const sizes = grouping?.sizes ?? Int32Array.of(set.rows);
    // Without a grouping every row is in group 0 (no per-row group array to allocate and fill).
    const of = grouping?.of;
    const at = new Int32Array(sizes.length);
    const width = outputs.width;
    const values = outputs.values;
    if (context.task === 'regression') {
        const inputs = Array.from(sizes, (n) => ({ yTrue: new Float64Array(n), yPred: new Float64Array(n) }));
        for (let row = 0; row < set.rows; row += 1) {
            const g = of ? of[row] : 0;
            if (g < 0)
                continue;
            const i = at[g]++;
            inputs[g].yTrue[i] = set.yTrue[row];
            inputs[g].yPred[i] = values[row];
        }
        return inputs;
    }
    if (context.task === 'binary') {
        const column = width === 1 ? 0 : context.positiveIndex ?? 1;
        const inputs = Array.from(sizes, (n) => ({ yTrue: new Uint8Array(n), score: new Float64Array(n), threshold: context.threshold, probabilityDtype: outputs.dtype }));
        for (let row = 0; row < set.rows; row += 1) {
            const g = of ? of[row] : 0;
            if (g < 0)
                continue;
            const i = at[g]++;
            inputs[g].yTrue[i] = set.yTrue[row];
            inputs[g].score[i] = values[row * width + column];
        }
        return inputs;
    }
    const inputs = Array.from(sizes, (n) => ({ yTrue: new Int32Array(n), proba: new Float64Array(n * width), classes: width, probabilityDtype: outputs.dtype }));
    for (let row = 0; row < set.rows; row += 1) {
        const g = of ? of[row] : 0;
        if (g < 0)
            continue;
        const i = at[g]++;
        inputs[g].yTrue[i] = set.yTrue[row];
        inputs[g].proba.set(values.subarray(row * width, (row + 1) * width), i * width);
    }
    return inputs;
}
/** Binary: 1 where the model predicts the positive label (score ≥ threshold), as the metrics do. */
function binaryDecisions(outputs, context, rows) {
    const column = outputs.width === 1 ? 0 : context.positiveIndex ?? 1;
    const decisions = new Uint8Array(rows);
    for (let i = 0; i < rows; i += 1)
        decisions[i] = outputs.values[i * outputs.width + column] >= context.threshold ? 1 : 0;
    return decisions;
}

;// CONCATENATED MODULE: ./shared/evaluate/summarize.ts




const MISSING_GROUP = '(missing)';
function planSummary(set, withBaseline, context, settings) {
    const binary = context.task === 'binary';
    const units = binary && withBaseline && set.rows > 0 && Number.isSafeInteger(settings.seed) ? drawBootstrapUnits(set.rows, settings.seed) : undefined;
    return {
        ...(binary ? { labels: binaryLabels(set) } : {}),
        slices: settings.slices.map((name) => slicePlan(group(set, name), settings.minSliceSize, binary)),
        ...(units ? { units } : {}),
    };
}
/** Slice keys, then bootstrap units: the groupings of the candidate's row pass. */
function summedGroupings(plan) {
    return [...plan.slices.map((slice) => slice.keys), ...(plan.units ? [plan.units.keys] : [])];
}
/**
 * `plan` may come made (before inference ended), and so may the models' binary views, made while their
 * predictions arrived (`BinaryViewInProgress`: the candidate's summed over `summedGroupings(plan)`, the
 * baseline's over the bootstrap units alone); the figures are the same either way.
 */
function summarize_summarize(set, context, settings, time, made = {}) {
    const plan = made.plan ?? time('metricsMs', () => planSummary(set, set.baseline !== undefined, context, settings));
    const { labels, units } = plan;
    const candidate = made.candidate ?? time('metricsMs', () => modelView(set, set.candidate, context, labels));
    const baseline = set.baseline && (made.baseline ?? time('metricsMs', () => modelView(set, set.baseline, context, labels)));
    const plans = plan.slices;
    // Binary: one pass over the rows sums the whole set, every slice and, with a baseline, the candidate's
    // bootstrap units (each row's terms computed once).
    const sums = made.candidate?.sums ?? (candidate.sorted && time('metricsMs', () => binarySums(candidate.input, summedGroupings(plan))));
    const candidateUnits = units && sums && { units, sums: { whole: sums.whole, groups: [sums.groups[plans.length]] }, ...(made.baseline ? { baselineSums: made.baseline.sums } : {}) };
    const exact = sums && time('metricsMs', () => binaryResult(sums.whole, 0, ranking_rankingMetrics(candidate.input.yTrue, candidate.input.score, candidate.sorted)));
    // With a baseline, the comparison computes the baseline's exact metrics itself, from the same sorts.
    const pair = baseline &&
        time('comparisonMs', () => comparePair(context.task, candidate.input, baseline.input, {
            seed: settings.seed,
            resamples: settings.resamples,
            ...(candidate.sorted && baseline.sorted ? { sorts: [candidate.sorted, baseline.sorted] } : {}),
            ...(exact ? { candidateMetrics: exact } : {}),
            ...(candidateUnits ? { candidateUnits } : {}),
        }));
    const result = pair ? pair.candidate : exact ?? time('metricsMs', () => computeMetrics(context.task, candidate.input));
    const summary = { metrics: result.metrics, slices: [] };
    if (result.confusionMatrix)
        summary.confusionMatrix = { labels: confusionLabels(context, settings.classes), counts: result.confusionMatrix };
    if (pair)
        summary.baselineMetrics = pair.baseline.metrics;
    summary.slices = time('slicesMs', () => plans.map((slice, k) => sliceColumn(set, context, slice, candidate, sums?.groups[k])));
    if (pair)
        summary.comparison = pair.comparison;
    if (settings.sensitive.length > 0)
        summary.fairness = time('fairnessMs', () => fairness(set, context, settings));
    return summary;
}
function modelView(set, outputs, context, labels) {
    if (context.task !== 'binary')
        return { input: metricInput(set, outputs, context) };
    const binary = binaryInput(set, outputs, context, labels);
    validateBinary(binary);
    return { input: binary, sorted: sortScores(binary.score, binary.yTrue) };
}
/**
 * A model's binary view (`modelView`, and its row sums over `groupings`) made while its predictions
 * arrive in row order, batch by batch: the score column is filled and the rows summed as they come, and
 * the scores are sorted as soon as the last batch lands (a baseline that finishes first is sorted while
 * the candidate still predicts; float32 scores' sort keys are computed as they come). The same arrays,
 * sums and sort, to the last bit, as made from all rows at once. The scores are sorted once, not in
 * runs merged as they come: merging costs fresh memory, ~3 ms per MB of first touch on the bench VMs
 * (page faults here were once measured slowing inference in the other threads by 75%; 0–12% since).
 * The float32 sort pages its own buffers in as the rows come (`Float32SortInProgress`).
 */
class BinaryViewInProgress {
    rows;
    outputs;
    context;
    score;
    input;
    sums;
    /** Float32 scores' sort keys, computed as they come (other scores are sorted at the end). */
    sort;
    added = 0;
    made;
    constructor(rows, outputs, context, labels, groupings) {
        this.rows = rows;
        this.outputs = outputs;
        this.context = context;
        // Float32 outputs arrive as a Float32Array (`predictionArray`), so the narrow column is exact.
        this.score = outputs.width === 1 ? new Float64Array(0) : outputs.dtype === 'float32' ? new Float32Array(rows) : new Float64Array(rows);
        this.input = { yTrue: labels, score: this.score, threshold: context.threshold, probabilityDtype: outputs.dtype };
        this.sums = new BinarySumsInProgress(groupings, outputs.dtype);
        if (outputs.dtype === 'float32')
            this.sort = new Float32SortInProgress(rows, labels);
    }
    /** Rows [from, to) of `values` (all rows' outputs, as `ModelOutputs.values`) are final; `from` is where the last call ended. */
    add = (values, from, to) => {
        if (from !== this.added)
            throw new Error(`binary view: rows ${from}–${to} after rows up to ${this.added}`);
        if ((this.outputs.dtype === 'float32') !== values instanceof Float32Array)
            throw new Error(`binary view: ${this.outputs.dtype} outputs in a ${values.constructor.name}`);
        this.added = to;
        const input = this.outputs.width === 1 ? { ...this.input, score: values.subarray(0, this.rows) } : this.input;
        if (this.outputs.width !== 1)
            copyScores({ values, width: this.outputs.width }, this.context, this.score, from, to);
        validateBinaryRows(input, from, to);
        this.sums.add(input, from, to);
        this.sort?.add(input.score, from, to);
        if (to !== this.rows)
            return;
        validateBinaryShape(input);
        const sorted = this.sort ? this.sort.sort(input.score) : sortScores(input.score, input.yTrue);
        this.made = { input, sorted, sums: this.sums.result() };
    };
    /** The view over all rows; undefined unless every row was added. */
    finish() {
        return this.made;
    }
}
function confusionLabels(context, classes) {
    if (context.task !== 'binary')
        return classes ?? [];
    const positive = context.positiveIndex ?? 1;
    const labels = classes ?? ['0', '1'];
    return [labels.find((_, i) => i !== positive) ?? 'negative', labels[positive] ?? 'positive'];
}
function group(set, name) {
    const column = set.groups.find((g) => g.name === name);
    if (!column)
        throw new Error(`group column ${name} missing from the prediction set`);
    return column;
}
/** `ranked`: the slices' ranking walk will run (binary), so each row's slice is looked up ahead. */
function slicePlan(column, minSize, ranked) {
    const values = valueCounts(column);
    const kept = values.filter(({ n }) => n >= minSize);
    const groupOfKey = new Int32Array(column.categories.length + 1).fill(-1);
    kept.forEach(({ code }, g) => (groupOfKey[code + 1] = g));
    const keys = { key: column.codes, groupOfKey, groups: kept.length };
    if (ranked)
        keys.rowGroups = rowGroups(keys);
    return { column, minSize, values, kept, keys };
}
/**
 * Per-value metrics, in a stable value order; values under the minimum are listed, not computed. With the
 * whole set's sort (binary), the slices' metrics come from that one sort and the slices' sums from the
 * whole set's row pass (`groupedBinaryMetrics`), with no per-slice copy of the rows.
 */
function sliceColumn(set, context, plan, view, sums) {
    const { column, minSize, values, kept, keys } = plan;
    const results = view.sorted
        ? groupedBinaryMetrics(view.input, view.sorted, keys, sums)
        : metricInputs(set, set.candidate, context, groupingOf(column, keys.groupOfKey, kept)).map((input) => computeMetrics(context.task, input));
    return {
        column: column.name,
        minSize,
        groups: kept.map(({ value, n }, g) => ({ value, n, metrics: results[g].metrics })),
        excluded: values.filter(({ n }) => n < minSize).map(({ value, n }) => ({ value, n })),
    };
}
/** Each value present in the column with its row count, in `compareValues` order (missing as MISSING_GROUP). */
function valueCounts(column) {
    const counts = new Int32Array(column.categories.length + 1);
    const codes = column.codes;
    for (let row = 0; row < codes.length; row += 1)
        counts[codes[row] + 1] += 1;
    const values = [];
    counts.forEach((n, slot) => {
        if (n > 0)
            values.push({ value: slot === 0 ? MISSING_GROUP : column.categories[slot - 1], code: slot - 1, n });
    });
    return values.sort((a, b) => compareValues(a.value, b.value));
}
/** Rows dealt to the kept values (`groupOfCode[code + 1]`); rows of other values in no group. */
function groupingOf(column, groupOfCode, kept) {
    const of = new Int32Array(column.codes.length);
    for (let row = 0; row < of.length; row += 1)
        of[row] = groupOfCode[column.codes[row] + 1];
    return { of, sizes: Int32Array.from(kept, ({ n }) => n) };
}
/** Numbers in numeric order, then text, so slices read naturally and never depend on row order. */
function compareValues(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y)
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}
function fairness(set, context, settings) {
    if (context.task === 'multiclass')
        throw new Error('fairness needs a binary or regression task');
    const predictions = (outputs) => context.task === 'binary' ? binaryDecisions(outputs, context, set.rows) : outputs.values instanceof Float64Array ? outputs.values : Float64Array.from(outputs.values);
    return fairnessReport({
        task: context.task,
        yTrue: set.yTrue,
        yPred: predictions(set.candidate),
        ...(set.baseline ? { baselinePred: predictions(set.baseline) } : {}),
        // The columns are already dictionary-coded: handing over the codes avoids a string per row.
        sensitive: settings.sensitive.map((name) => {
            const { codes, categories } = group(set, name);
            return { name, values: undefined, encoded: { codes, categories } };
        }),
        source: settings.source,
        minGroup: settings.fairnessMinGroup,
        bootstrap: { seed: settings.seed, resamples: settings.resamples },
    });
}

;// CONCATENATED MODULE: ./shared/evaluate/timer.ts
/** Wall-clock milliseconds per phase, added up when a phase runs more than once. */
class PhaseTimer {
    clock;
    timings = {};
    started;
    constructor(clock = () => performance.now()) {
        this.clock = clock;
        this.started = clock();
    }
    time = (phase, work) => {
        const start = this.clock();
        try {
            return work();
        }
        finally {
            this.add(phase, this.clock() - start);
        }
    };
    timeAsync = async (phase, work) => {
        const start = this.clock();
        try {
            return await work();
        }
        finally {
            this.add(phase, this.clock() - start);
        }
    };
    finish() {
        this.timings.totalMs = round(this.clock() - this.started);
        return this.timings;
    }
    add(phase, ms) {
        this.timings[phase] = round((this.timings[phase] ?? 0) + ms);
    }
}
function round(ms) {
    return Math.max(0, Math.round(ms * 1000) / 1000);
}

;// CONCATENATED MODULE: ./shared/evaluate/merge.ts









/**
 * Merges the shard records matched by `pattern` into one evaluation record. The shards must come from
 * the same models, data and settings and cover the rows exactly once; the merged prediction set then
 * goes through the same summary as an unsharded run, so the figures are identical.
 */
async function mergeShards(pattern, deps) {
    const timer = new PhaseTimer(deps.clock);
    const files = await expandGlob(pattern, deps.cwd);
    if (files.length === 0)
        throw new errors/* UserError */.yo(`merge pattern '${pattern}' matches no files.`, { input: 'merge', fix: 'Download the shard records (actions/download-artifact) and point merge at them, e.g. shards/*.json.' });
    const loaded = await timer.timeAsync('readMs', () => Promise.all(files.map(loadShard)));
    const ordered = checkShards(loaded);
    const first = ordered[0].shard;
    const settings = first.settings;
    const set = timer.time('decodeMs', () => concatPredictionSets(ordered.map((s) => decodePredictionSet(s.shard.predictions))));
    const summary = summarize_summarize(set, settings.context, { ...settings.summary, source: first.data.source }, timer.time);
    const { kind: _kind, shard: _shard, settings: _settings, predictions: _predictions, timings: _timings, createdAt: _createdAt, ...common } = first;
    const shardInference = ordered.reduce((total, s) => total + (s.shard.timings.inferenceMs ?? 0) + (s.shard.timings.baselineInferenceMs ?? 0), 0);
    return {
        ...common,
        kind: 'evaluation-record',
        createdAt: (deps.now?.() ?? new Date()).toISOString(),
        rows: set.rows,
        ...summary,
        shards: { count: first.shard.count, partials: ordered.map((s) => (0,shared_digest/* digestBytes */.QN)(s.text)) },
        timings: { ...timer.finish(), shardInferenceMs: shardInference },
    };
}
async function loadShard(file) {
    const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(file), 'utf8');
    return { file, text, shard: evaluation_record/* evaluationShardType */.jx.parse(text, file) };
}
/** Same run, every shard once, rows contiguous; returns the shards in order. */
function checkShards(shards) {
    const first = shards[0];
    for (const other of shards.slice(1)) {
        sameOrFail(first, other, 'model', (s) => s.model.digest, 'shards of different models cannot be merged');
        sameOrFail(first, other, 'baseline', (s) => s.baseline?.digest ?? 'none', 'shards with different baseline models cannot be merged');
        sameOrFail(first, other, 'data', (s) => s.data.digest, 'shards of different data cannot be merged');
        sameOrFail(first, other, 'shard count', (s) => String(s.shard.count), 'shards of runs with different shard counts cannot be merged');
        sameOrFail(first, other, 'settings', (s) => (0,shared_digest/* canonicalJson */.dj)([s.settings, s.task, s.label, s.features, s.threshold, s.positiveLabel, s.classes, s.seed]), 'shards run with different settings cannot be merged');
    }
    const count = first.shard.shard.count;
    const byIndex = new Map();
    for (const loaded of shards) {
        const clash = byIndex.get(loaded.shard.shard.index);
        if (clash)
            throw new errors/* UserError */.yo(`shard ${loaded.shard.shard.index}/${count} appears twice (${clash.file} and ${loaded.file}).`, { input: 'merge', file: loaded.file, fix: 'Merge the records of one run only.' });
        byIndex.set(loaded.shard.shard.index, loaded);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
        throw new errors/* UserError */.yo(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing from the merge (found ${shards.length} of ${count}).`, {
            input: 'merge',
            fix: 'Wait for every shard job (needs: the matrix job) and download all their records.',
        });
    }
    const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1));
    let next = 0;
    for (const { shard, file } of ordered) {
        if (shard.shard.rowStart !== next || shard.predictions.rows !== shard.shard.rowEnd - shard.shard.rowStart) {
            throw new errors/* UserError */.yo(`${file} covers rows ${shard.shard.rowStart}–${shard.shard.rowEnd}, expected to start at row ${next}.`, { input: 'merge', file, fix: 'Merge the records of one run only.' });
        }
        next = shard.shard.rowEnd;
    }
    if (next !== first.shard.shard.totalRows)
        throw new errors/* UserError */.yo(`the shards cover ${next} of ${first.shard.shard.totalRows} rows.`, { input: 'merge', fix: 'Merge the records of one run only.' });
    return ordered;
}
function sameOrFail(a, b, what, key, message) {
    if (key(a.shard) === key(b.shard))
        return;
    throw new errors/* UserError */.yo(`${message}: ${a.file} and ${b.file} differ in ${what} (${key(a.shard).slice(0, 80)} vs ${key(b.shard).slice(0, 80)}).`, {
        input: 'merge',
        file: b.file,
        fix: 'Merge the shard records of a single evaluate run (same model, baseline, data and inputs).',
    });
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./shared/evaluate/version.ts
// Derived, not typed by hand: a hand-kept copy drifts from package.json at the first release that forgets
// it, and every evaluation record then names the wrong version. A JSON import works in both places that
// run this code: tsx/vitest read package.json from the checkout, and ncc inlines it into each bundle
// (the only cost is the few hundred bytes of package.json in every dist/index.js). TypeScript
// (`resolveJsonModule`, NodeNext) types the import and checks that `version` is a string.

/** The suite's version as recorded in evaluation records: package.json's `version`. */
const MLCI_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./shared/evaluate/evaluate.ts




















/**
 * The evaluate use case: read the data, run the model (and the baseline on the same rows), and compute
 * metrics, slices, the paired comparison, fairness and explanations. With `shard` it stops after
 * inference and returns a shard record; with `merge` it combines shard records instead.
 */
async function evaluateModel(given, deps) {
    const normalized = normalizeOptions(given);
    checkOptions(normalized);
    if (normalized.merge !== undefined)
        return mergeShards(normalized.merge, deps);
    const baseline = normalized.baselineModel ? await deps.resolveModel?.(normalized.baselineModel, 'baseline-model') : undefined;
    const options = baseline ? { ...normalized, baselineModel: baseline.path } : normalized;
    const timer = new PhaseTimer(deps.clock);
    try {
        const data = await resolveData(options.data, deps.cwd, deps.openDataset);
        try {
            return await evaluateData(options, deps, data, timer);
        }
        finally {
            await data.cleanup?.();
        }
    }
    finally {
        await baseline?.cleanup();
    }
}
async function evaluateData(options, deps, data, timer) {
    const prepared = await prepare(options, deps, data, timer);
    const { table, model, binding, baseline, labels, context } = prepared;
    const batchRows = inferenceBatchRows(options, binding);
    const shard = options.shard === undefined ? undefined : parseShard(options.shard);
    const range = shard ? shardRange(table.rowCount, batchRows, shard.index, shard.count) : { start: 0, end: table.rowCount };
    const groups = prepared.groupColumns.map((name) => groupColumn(table, name, range));
    const settings = summaryOf(options, labels, data.source);
    // What the figures need besides the predictions is made while a worker still predicts, and so is as
    // much of the candidate's share as its predictions that have arrived allow.
    const plan = shard ? undefined : timer.time('metricsMs', () => planSummary({ rows: range.end - range.start, yTrue: labels.yTrue.subarray(range.start, range.end), groups }, baseline !== undefined, context, settings));
    const views = plan && context.task === 'binary' ? binaryViews(prepared, plan, context) : {};
    // The record's validator compiles while workers predict rather than when the record is written, after
    // everything else: with the sections this run will write, 0.1–0.35 s of compiling.
    const sections = [...(options.sensitive?.length ? ['fairness'] : []), ...((options.explain ?? EVALUATE_DEFAULTS.explain) !== 'none' ? ['explanations'] : [])];
    setImmediate(() => (shard ? evaluation_record/* evaluationShardType */.jx : evaluation_record/* evaluationRecordType */.oo).prepare(sections));
    const set = await buildPredictionSet({
        table, yTrue: labels.yTrue, model, binding, groups, batchRows, range, time: timer.timeAsync,
        ...(baseline ? { baseline } : {}),
        ...(prepared.streamed ? { streamed: prepared.streamed } : {}),
    });
    const explain = () => timer.timeAsync('explainMs', () => explainIfAsked(options, { table, yTrue: labels.yTrue, model, binding, positiveIndex: labels.positiveIndex, threshold: context.threshold, log: deps.log ?? (() => undefined), ...(baseline ? { baseline } : {}) }));
    const common = recordCommon(options, prepared, data, deps);
    if (shard) {
        const explanations = shard.index === 1 ? await explain() : undefined;
        const { source: _source, ...summary } = settings;
        const shardSettings = { context, summary, batchRows, missing: options.missing ?? EVALUATE_DEFAULTS.missing };
        return {
            kind: 'evaluation-shard', schemaVersion: 1, ...common,
            shard: { index: shard.index, count: shard.count, rowStart: range.start, rowEnd: range.end, totalRows: table.rowCount },
            settings: shardSettings,
            predictions: encodePredictionSet(set),
            ...(explanations ? { explanations } : {}),
            timings: timer.finish(),
        };
    }
    const candidateView = views.candidate?.finish();
    const baselineView = views.baseline?.finish();
    const summary = summarize_summarize(set, context, settings, timer.time, { ...(plan ? { plan } : {}), ...(candidateView ? { candidate: candidateView } : {}), ...(baselineView ? { baseline: baselineView } : {}) });
    const explanations = await explain();
    return { kind: 'evaluation-record', schemaVersion: 1, ...common, rows: set.rows, ...summary, ...(explanations ? { explanations } : {}), timings: timer.finish() };
}
/**
 * Binary views of the models whose predictions a worker streams, fed as they are stored: the candidate
 * summed over the plan's slices and bootstrap units, the baseline over the units alone.
 */
function binaryViews(prepared, plan, context) {
    const rows = prepared.table.rowCount;
    const views = {};
    const { candidate, baseline } = prepared.streamed ?? {};
    if (candidate) {
        views.candidate = new BinaryViewInProgress(rows, prepared.model.plan, context, plan.labels, summedGroupings(plan));
        candidate.onStored(views.candidate.add);
    }
    if (baseline && prepared.baseline) {
        views.baseline = new BinaryViewInProgress(rows, prepared.baseline.model.plan, context, plan.labels, plan.units ? [plan.units.keys] : []);
        baseline.onStored(views.baseline.add);
    }
    return views;
}
async function prepare(options, deps, data, timer) {
    const runtime = await deps.runtime();
    const early = await startEarlyInference(options, data, runtime);
    try {
        const { model, baseline } = await loadModels(options, runtime, timer);
        const header = await (0,read_table/* readColumnNames */.p4)(data.path, { input: 'data' });
        const columns = columnsToRead(options, [model, baseline], header);
        const groupColumns = [...new Set([...(options.slices ?? []), ...(options.sensitive ?? [])])];
        const exclude = [options.label, ...groupColumns];
        const bindOptions = { features: options.features, exclude, modelInput: 'model' };
        const baselineBindOptions = { features: options.features, exclude, modelInput: 'baseline-model' };
        early?.bind([{ model, bindOptions }, ...(baseline ? [{ model: baseline, bindOptions: baselineBindOptions }] : [])]);
        const read = () => (0,read_table/* readTable */.xz)(data.path, { missing: 'allow', input: 'data', ...(columns ? { columns } : {}), ...(early ? { onRowsReady: early.onRowsReady } : {}) });
        const reading = Promise.all([digestFile(data.path), timer.timeAsync('readMs', read)]);
        const [digest, raw] = await reading;
        if (raw.rowCount === 0)
            throw new errors/* UserError */.yo(`${data.source} has no rows to evaluate.`, { file: data.path, input: 'data', fix: 'Pass a file with a header and at least one row.' });
        for (const name of options.slices ?? [])
            (0,tabular_table/* getColumn */.bf)(raw, name, 'slices');
        for (const name of options.sensitive ?? [])
            (0,tabular_table/* getColumn */.bf)(raw, name, 'sensitive');
        (0,tabular_table/* getColumn */.bf)(raw, options.label, 'label');
        const binding = bindInputs(model, raw, bindOptions);
        const baselineBinding = baseline && bindInputs(baseline, raw, baselineBindOptions);
        const used = [options.label, ...groupColumns, ...binding.features, ...(baselineBinding?.features ?? [])];
        const table = enforceMissing(raw, used, options.missing ?? EVALUATE_DEFAULTS.missing);
        if (table.rowCount === 0)
            throw new errors/* UserError */.yo(`no rows of ${data.source} are left after dropping rows with missing values.`, { input: 'missing', fix: 'Fill the missing values instead of dropping rows.' });
        const labels = encodeLabels(table, options.label, model.task, model.plan, options.positiveLabel);
        const candidate = early?.take(0, table, binding);
        const streamedBaseline = baselineBinding && early?.take(1, table, baselineBinding);
        return {
            model, binding, table, digest, groupColumns, labels,
            ...(candidate || streamedBaseline ? { streamed: { ...(candidate ? { candidate } : {}), ...(streamedBaseline ? { baseline: streamedBaseline } : {}) } } : {}),
            context: setContext(options, model, labels),
            ...(baseline && baselineBinding ? { baseline: { model: baseline, binding: baselineBinding } } : {}),
        };
    }
    catch (error) {
        early?.stop();
        throw error;
    }
}
/**
 * Inference workers for a large Parquet file, started before anything else so that their threads,
 * runtime and sessions are ready when the first rows land (`EarlyInference`). A shard predicts a row
 * range, and dropping rows renumbers them: the head start is for whole sets.
 */
async function startEarlyInference(options, data, runtime) {
    if (options.shard !== undefined || options.missing === 'drop')
        return undefined;
    // A file that cannot be read gets its error from the read itself, in the usual order.
    const rows = await (0,read_table/* statedRowCount */.bJ)(data.path, { input: 'data' }).catch(() => undefined);
    if (rows === undefined || !worthAWorker(rows))
        return undefined;
    const files = [{ path: options.model, input: 'model', ...(options.task ? { task: options.task } : {}) }];
    if (options.baselineModel)
        files.push({ path: options.baselineModel, input: 'baseline-model', ...(options.task ? { task: options.task } : {}) });
    return new EarlyInference(files, runtime, (binding) => inferenceBatchRows(options, binding));
}
/** Rows per inference batch: the option, else what suits the feature count (shards split on these). */
function inferenceBatchRows(options, binding) {
    return options.batchRows ?? batchRowsFor(binding.features.length);
}
/**
 * The columns evaluate uses, when the header tells them without reading the rows: label, slices,
 * sensitive columns and the features (listed, or the models' per-column input names). Undefined means
 * read everything (JSONL, default [N, F] features, or a name not in the header, which then gets its
 * error message from the usual checks).
 */
function columnsToRead(options, models, header) {
    if (!header)
        return undefined;
    const wanted = [options.label, ...(options.slices ?? []), ...(options.sensitive ?? [])];
    for (const model of models) {
        if (!model)
            continue;
        if (options.features)
            wanted.push(...options.features);
        else if (model.inputs.every((input) => header.includes(input.name)))
            wanted.push(...model.inputs.map((input) => input.name));
        else
            return undefined;
    }
    const unique = [...new Set(wanted)];
    return unique.every((name) => header.includes(name)) ? unique : undefined;
}
async function loadModels(options, runtime, timer) {
    const model = await timer.timeAsync('loadMs', () => loadModel(options.model, { runtime, task: options.task, input: 'model' }));
    // The task is known now (it may have been inferred from the model): a scorer for another task fails here, before any inference.
    checkExplainScoring(options, model.task);
    if (model.task === 'multiclass' && options.sensitive?.length) {
        throw new errors/* UserError */.yo('fairness metrics are defined for binary classification and regression; this model is multiclass.', {
            input: 'sensitive',
            fix: 'Leave sensitive empty for this model, or evaluate a one-vs-rest binary model per class of interest.',
        });
    }
    if (!options.baselineModel)
        return { model };
    const baseline = await timer.timeAsync('loadMs', () => loadModel(options.baselineModel, { runtime, task: model.task, input: 'baseline-model' }));
    checkSameClasses(model, baseline);
    return { model, baseline };
}
function checkSameClasses(model, baseline) {
    const same = model.plan.width === baseline.plan.width && (model.plan.classes ?? []).join('\u0000') === (baseline.plan.classes ?? model.plan.classes ?? []).join('\u0000');
    if (same)
        return;
    throw new errors/* UserError */.yo(`the baseline model ${baseline.name} predicts different classes than ${model.name} (${describeClasses(baseline)} vs ${describeClasses(model)}).`, {
        input: 'baseline-model',
        fix: 'Compare models trained for the same task and classes.',
    });
}
function describeClasses(model) {
    return model.plan.classes ? model.plan.classes.join(', ') : `${model.plan.width} output column${model.plan.width === 1 ? '' : 's'}`;
}
function setContext(options, model, labels) {
    return {
        task: model.task,
        threshold: options.threshold ?? EVALUATE_DEFAULTS.threshold,
        ...(labels.positiveIndex === undefined ? {} : { positiveIndex: labels.positiveIndex }),
        ...(labels.classes ? { classCount: labels.classes.length } : {}),
    };
}
function summaryOf(options, labels, source) {
    return {
        slices: options.slices ?? [],
        minSliceSize: options.minSliceSize ?? EVALUATE_DEFAULTS.minSliceSize,
        seed: options.seed ?? EVALUATE_DEFAULTS.seed,
        resamples: options.resamples ?? EVALUATE_DEFAULTS.resamples,
        sensitive: options.sensitive ?? [],
        fairnessMinGroup: options.fairnessMinGroup ?? EVALUATE_DEFAULTS.fairnessMinGroup,
        ...(labels.classes ? { classes: labels.classes } : {}),
        source,
    };
}
/** The members a full record and a shard record share. */
function recordCommon(options, prepared, data, deps) {
    const { model, baseline, binding, labels, context } = prepared;
    const positiveLabel = labels.positiveIndex === undefined ? undefined : labels.classes?.[labels.positiveIndex];
    return {
        createdAt: (deps.now?.() ?? new Date()).toISOString(),
        task: model.task,
        model: modelRef(model, options.model),
        ...(baseline ? { baseline: modelRef(baseline.model, options.baselineModel) } : {}),
        data: {
            digest: prepared.digest,
            source: data.source,
            format: (0,read_table/* detectFormat */.Tz)(data.path, 'data'),
            ...(data.version ? { version: data.version } : {}),
            ...(data.manifest ? { manifest: data.manifest } : {}),
        },
        label: options.label,
        features: binding.features,
        ...(positiveLabel === undefined ? {} : { positiveLabel }),
        ...(context.task === 'binary' ? { threshold: context.threshold } : {}),
        ...(labels.classes ? { classes: labels.classes } : {}),
        runtime: { node: process.version, onnxruntime: model.runtime.version, mlci: MLCI_VERSION },
        seed: options.seed ?? EVALUATE_DEFAULTS.seed,
    };
}
function modelRef(model, path) {
    return { digest: model.digest, name: (0,external_node_path_.basename)(path), path, inputs: model.inputs, outputs: model.outputs };
}

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(6682);
;// CONCATENATED MODULE: ./shared/evaluate/summary-markdown.ts



/**
 * The job summary of an evaluation: the metric table (with the baseline comparison when there is one)
 * and the slices. Model, data and slice values are untrusted text and go through the escapers.
 */
function evaluationSummary(record) {
    const lines = [
        `### Evaluation of ${(0,report_escape/* escapeMarkdown */.FV)(record.model.name)}`,
        '',
        `${record.rows} rows of ${(0,report_escape/* escapeMarkdown */.FV)(record.data.version ?? record.data.source)} · task ${record.task}` +
            (record.threshold === undefined ? '' : ` · threshold ${record.threshold}`) +
            (record.baseline ? ` · baseline ${(0,report_escape/* escapeMarkdown */.FV)(record.baseline.name)}` : '') +
            (record.shards ? ` · merged from ${record.shards.count} shards` : ''),
        '',
        metricTable(record),
    ];
    for (const slice of record.slices)
        lines.push('', sliceTable(slice));
    return lines.join('\n') + '\n';
}
function metricTable(record) {
    const comparison = record.comparison?.metrics;
    const header = comparison ? ['metric', 'candidate', 'baseline', 'delta', '95% CI', 'significant'] : ['metric', 'value'];
    const rows = Object.entries(record.metrics).map(([name, value]) => {
        const c = comparison?.[name];
        if (!comparison)
            return [name, formatValue(value)];
        if (!c)
            return [name, formatValue(value), '', '', '', ''];
        const ci = Array.isArray(c.ci) ? `[${formatNumber(c.ci[0])}, ${formatNumber(c.ci[1])}]` : '—';
        return [name, formatValue(c.candidate), formatValue(c.baseline), formatValue(c.delta), ci, c.significant ? 'yes' : 'no'];
    });
    return (0,markdown_table/* markdownTable */.Q)([header, ...rows], { align: header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}
function sliceTable(slice) {
    const metrics = [...new Set(slice.groups.flatMap((g) => Object.keys(g.metrics)))].slice(0, 4);
    const rows = slice.groups.map((g) => [(0,report_escape/* escapeMarkdownTableCell */.Zs)(g.value), String(g.n), ...metrics.map((m) => formatValue(g.metrics[m]))]);
    const table = (0,markdown_table/* markdownTable */.Q)([[`${(0,report_escape/* escapeMarkdownTableCell */.Zs)(slice.column)}`, 'n', ...metrics], ...rows]);
    const excluded = slice.excluded.length
        ? `\n\nExcluded (under ${slice.minSize} rows): ${slice.excluded.map((e) => `${(0,report_escape/* escapeMarkdown */.FV)(e.value)} (${e.n})`).join(', ')}`
        : '';
    return `#### Slices by ${(0,report_escape/* escapeMarkdown */.FV)(slice.column)}\n\n${table}${excluded}`;
}
function formatValue(value) {
    if (value === undefined)
        return '';
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(value))
        return `undefined (${(0,report_escape/* escapeMarkdownTableCell */.Zs)(value.undefined)})`;
    return formatNumber(value);
}
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

;// CONCATENATED MODULE: ./shared/evaluate/run-evaluate.ts






/**
 * What the action and the CLI call: evaluate (or merge), then write the record, validated, in one
 * rename. Any error before that leaves no file behind.
 */
async function runEvaluate(given, deps) {
    const options = normalizeOptions(given);
    const record = await evaluateModel(options, deps);
    const path = (0,external_node_path_.resolve)(deps.cwd, options.output ?? defaultOutput(options));
    await writeRecord(path, record);
    if (record.kind === 'evaluation-shard') {
        const { index, count, rowStart, rowEnd } = record.shard;
        return { record, path, summary: `Shard ${index}/${count} of the evaluation of ${record.model.name}: rows ${rowStart}–${rowEnd}, predictions in ${path}.\n` };
    }
    return { record, path, metrics: (0,evaluation_record/* compactMetrics */.dP)(record), summary: evaluationSummary(record) };
}
function defaultOutput(options) {
    if (options.shard === undefined)
        return EVALUATE_DEFAULTS.output;
    const { index, count } = parseShard(options.shard);
    return `evaluation-shard-${index}-of-${count}.json`;
}

;// CONCATENATED MODULE: ./shared/evaluate/index.ts










// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./shared/model/runtime-install.ts


/**
 * Installing the pinned onnxruntime-node when the bundled action cannot resolve it. ncc cannot bundle
 * the native binding, so the action installs it once into the runner's tool cache and saves that with
 * the Actions cache (keyed by version, OS and arch). The steps are here; the `@actions/*` calls are
 * injected (`ToolCacheApi`, implemented in shared/action/onnx-runtime.ts), so this file stays testable.
 */
const ONNXRUNTIME_VERSION = '1.30.0';
const ONNXRUNTIME_PACKAGE = 'onnxruntime-node';
function runtimeCacheKey(version, platform = process.platform, arch = process.arch) {
    return `mlci-${ONNXRUNTIME_PACKAGE}-${version}-${platform}-${arch}`;
}
function installed(directory) {
    return directory !== '' && existsSync(join(directory, 'node_modules', ONNXRUNTIME_PACKAGE, 'package.json'));
}
/** Tool cache, then Actions cache, then npm (skipping the optional CUDA download). */
function createToolCacheInstaller(api, arch = process.arch) {
    return async (version) => {
        const cached = api.find(ONNXRUNTIME_PACKAGE, version, arch);
        if (installed(cached))
            return cached;
        const key = runtimeCacheKey(version, process.platform, arch);
        const toolPath = api.toolPath(ONNXRUNTIME_PACKAGE, version, arch);
        if ((await api.restoreCache([toolPath], key)) && installed(toolPath)) {
            api.log(`${ONNXRUNTIME_PACKAGE} ${version} restored from the Actions cache (${key}).`);
            return toolPath;
        }
        const staging = await api.tempDir();
        api.log(`Installing ${ONNXRUNTIME_PACKAGE}@${version} (once per runner image; cached as ${key}).`);
        await api.npmInstall(staging, `${ONNXRUNTIME_PACKAGE}@${version}`);
        const directory = await api.cacheDir(staging, ONNXRUNTIME_PACKAGE, version, arch);
        await api.saveCache([directory], key).catch((error) => api.log(`Could not save the Actions cache: ${String(error)}`));
        return directory;
    };
}

;// CONCATENATED MODULE: ./shared/model/onnxruntime.ts






let loading;
/**
 * onnxruntime-node, imported on first use. When it cannot be resolved (the bundled action, which keeps
 * it external), the injected installer fetches the pinned version and it is imported from there.
 */
function loadOnnxRuntime(installer) {
    loading ??= importOrt(installer).catch((error) => {
        loading = undefined;
        throw runtimeUnavailable(error);
    });
    return loading.then(({ ort, specifier }) => new OnnxRuntime(ort, specifier));
}
/** The runtime in a worker thread, from the specifier the main thread's `ModelRuntime.specifier` gave. */
async function importOnnxRuntime(specifier) {
    return new OnnxRuntime(await importAtRunTime(specifier), specifier);
}
async function importOrt(installer) {
    try {
        return { ort: await importAtRunTime('onnxruntime-node'), specifier: 'onnxruntime-node' };
    }
    catch (error) {
        if (!installer || !isModuleNotFound(error))
            throw error;
    }
    const directory = await installer(ONNXRUNTIME_VERSION);
    const specifier = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)((0,external_node_path_.join)(directory, 'package.json')).resolve('onnxruntime-node')).href;
    return { ort: await importAtRunTime(specifier), specifier };
}
/**
 * A plain `import()` at run time, which the bundler must leave alone: given a literal it would hoist an
 * external into a static import at the top of the bundle (so the action could not even start where the
 * runtime is not installed, before the installer had a chance), and given a variable it would
 * substitute an empty module context that fails every import.
 */
function importAtRunTime(specifier) {
    return import(/* webpackIgnore: true */ specifier);
}
function isModuleNotFound(error) {
    const code = error.code;
    return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
class OnnxRuntime {
    ort;
    specifier;
    name = 'onnxruntime-node';
    version;
    constructor(ort, specifier) {
        this.ort = ort;
        this.specifier = specifier;
        this.version = ort.env.versions.node ?? ort.env.versions.common ?? ONNXRUNTIME_VERSION;
    }
    async createSession(model) {
        let session;
        try {
            session = await this.ort.InferenceSession.create(model, { graphOptimizationLevel: 'all' });
        }
        catch (error) {
            throw new InvalidModelError(error.message);
        }
        return new OrtSessionAdapter(this.ort, session);
    }
}
class OrtSessionAdapter {
    ort;
    session;
    inputs;
    outputs;
    constructor(ort, session) {
        this.ort = ort;
        this.session = session;
        this.inputs = session.inputMetadata.map(toSpec);
        this.outputs = session.outputMetadata.map(toSpec);
    }
    async run(feeds, outputNames) {
        const tensors = Object.fromEntries(Object.entries(feeds).map(([name, f]) => [name, new this.ort.Tensor(f.type, f.data, f.dims)]));
        const results = await this.session.run(tensors, [...outputNames]);
        return Object.fromEntries(Object.entries(results).map(([name, t]) => [name, { type: t.type, data: t.data, dims: t.dims }]));
    }
    release() {
        return this.session.release();
    }
}
function toSpec(metadata) {
    if (!metadata.isTensor)
        return { name: metadata.name, type: 'non-tensor' };
    return { name: metadata.name, type: metadata.type, shape: [...metadata.shape] };
}
/** Turns an installer failure into something the user can act on. */
function runtimeUnavailable(error) {
    return new errors/* UserError */.yo(`onnxruntime-node ${ONNXRUNTIME_VERSION} could not be loaded: ${error.message}`, {
        fix: 'Run on a GitHub-hosted runner (Linux, macOS or Windows, x64 or arm64) or install onnxruntime-node in the workspace.',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./shared/model/index.ts








// EXTERNAL MODULE: ./shared/registry/git-tag-store.ts
var git_tag_store = __webpack_require__(9121);
// EXTERNAL MODULE: ./shared/registry/resolve.ts
var resolve = __webpack_require__(5592);
// EXTERNAL MODULE: ./shared/numbers.ts
var numbers = __webpack_require__(8964);
// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./shared/cli/store-options.ts
var store_options = __webpack_require__(4057);
;// CONCATENATED MODULE: ./shared/cli/commands/evaluate.ts



// The registry's resolver alone: its index also loads promotion rules and their YAML parser.





/** Flags share the action's input names; list flags repeat or take commas. */
const STRING_FLAGS = [
    'model', 'baseline-model', 'data', 'label', 'task', 'threshold', 'positive-label', 'min-slice-size', 'missing', 'output', 'shard', 'merge',
    'seed', 'bootstrap-resamples', 'batch-rows', 'fairness-min-group', 'explain', 'explain-rows', 'explain-background', 'explain-seed', 'explain-budget-rows',
    'explain-scoring',
];
const LIST_FLAGS = ['features', 'slices', 'sensitive'];
function number(args, name, bounds) {
    const text = (0,command/* stringOption */.Pp)(args, name);
    return text === undefined ? undefined : (0,numbers/* parseNumber */.$)(text, bounds, { input: `--${name}` });
}
function choice(args, name, choices) {
    const value = (0,command/* stringOption */.Pp)(args, name);
    if (value === undefined || choices.includes(value))
        return value;
    throw new errors/* UserError */.yo(`--${name} must be one of ${choices.join(', ')}; got '${value}'.`, { input: `--${name}` });
}
function list(args, name) {
    return (0,command/* stringListOption */.z7)(args, name).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
}
function optionsFrom(args) {
    return {
        model: (0,command/* stringOption */.Pp)(args, 'model'),
        baselineModel: (0,command/* stringOption */.Pp)(args, 'baseline-model'),
        data: (0,command/* stringOption */.Pp)(args, 'data'),
        label: (0,command/* stringOption */.Pp)(args, 'label'),
        task: choice(args, 'task', ['binary', 'multiclass', 'regression']),
        features: list(args, 'features'),
        threshold: number(args, 'threshold', { min: 0, max: 1 }),
        positiveLabel: (0,command/* stringOption */.Pp)(args, 'positive-label'),
        slices: list(args, 'slices'),
        minSliceSize: number(args, 'min-slice-size', { min: 1, integer: true }),
        missing: choice(args, 'missing', ['error', 'drop', 'allow']),
        output: (0,command/* stringOption */.Pp)(args, 'output'),
        shard: (0,command/* stringOption */.Pp)(args, 'shard'),
        merge: (0,command/* stringOption */.Pp)(args, 'merge'),
        seed: number(args, 'seed', { integer: true }),
        resamples: number(args, 'bootstrap-resamples', { min: 2, integer: true }),
        batchRows: number(args, 'batch-rows', { min: 1, integer: true }),
        sensitive: list(args, 'sensitive'),
        fairnessMinGroup: number(args, 'fairness-min-group', { min: 1, integer: true }),
        explain: choice(args, 'explain', ['none', 'permutation', 'shap', 'all']),
        explainRows: number(args, 'explain-rows', { min: 1, integer: true }),
        explainBackground: number(args, 'explain-background', { min: 1, max: 100, integer: true }),
        explainSeed: number(args, 'explain-seed', { integer: true }),
        explainBudgetRows: number(args, 'explain-budget-rows', { min: 1, integer: true }),
        explainScoring: (0,command/* stringOption */.Pp)(args, 'explain-scoring'),
    };
}
const evaluate = {
    path: ['evaluate'],
    summary: 'evaluate an ONNX model: metrics, slices, baseline comparison, fairness, explanations',
    usage: `mlci evaluate --model <model.onnx> --data <file|name@version> --label <column> [options]
mlci evaluate --merge '<glob of shard records>' [--output <record.json>]

  --baseline-model <onnx|ref> compare with this model on the same rows (McNemar, DeLong, paired bootstrap);
                              a registry reference (churn#prod, churn@v1.2.0) is read from the tags and the store
  --task <binary|multiclass|regression>   default: inferred from the model outputs
  --features <a,b,…>          columns of the model's [N, F] input, in order (default: by name / numeric columns)
  --threshold <p>             binary decision threshold (default 0.5)
  --positive-label <value>    binary positive class (default: the last class)
  --slices <col,…>            per-value metrics; --min-slice-size <n> (default 30)
  --missing <error|drop|allow>   missing values in used columns (default error)
  --output <path>             record path (default evaluation-record.json)
  --shard <i/n>               evaluate the i-th of n row ranges; write a shard record
  --merge <glob>              merge shard records into one record
  --seed <n>  --bootstrap-resamples <B>  --batch-rows <n>
  --sensitive <col,…>  --fairness-min-group <n>
  --explain <none|permutation|shap|all>  --explain-rows <n>  --explain-background <n>
  --explain-seed <n>  --explain-budget-rows <n>
  --explain-scoring <name>    scikit-learn scorer of permutation importance: binary accuracy (default),
                              balanced_accuracy, f1, roc_auc, average_precision, neg_log_loss; regression
                              r2 (default), neg_mean_absolute_error, neg_mean_squared_error,
                              neg_root_mean_squared_error

${store_options/* STORE_USAGE */.UC}`,
    options: {
        ...store_options/* STORE_OPTIONS */.n0,
        ...Object.fromEntries(STRING_FLAGS.map((name) => [name, { type: 'string' }])),
        ...Object.fromEntries(LIST_FLAGS.map((name) => [name, { type: 'string', multiple: true }])),
    },
    async run(args, io) {
        const result = await runEvaluate(optionsFrom(args), {
            runtime: () => loadOnnxRuntime(),
            openDataset: storeDatasetOpener(() => (0,store_options/* storeFromArgs */.z8)(args, io)),
            resolveModel: (0,resolve/* registryModelResolver */.dI)(() => new git_tag_store/* GitTagStore */.k(io.cwd), () => (0,store_options/* storeFromArgs */.z8)(args, io)),
            cwd: io.cwd,
            log: (line) => io.err(line),
        });
        (0,command/* printResult */.RS)(io, { record: result.path, metrics: result.metrics ?? null }, `${result.summary}\nrecord: ${result.path}`);
    },
};
const commands = [evaluate];


/***/ }),

/***/ 7965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ globToRegExp),
/* harmony export */   t: () => (/* binding */ compileGlobs)
/* harmony export */ });
function compileGlobs(patterns) {
    const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
    return {
        matches: (path) => (include.length === 0 || include.some((re) => re.test(path))) && !exclude.some((re) => re.test(path)),
    };
}
function globToRegExp(pattern) {
    const clean = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    let source = '';
    for (let i = 0; i < clean.length; i++) {
        const char = clean[i];
        if (char === '*' && clean[i + 1] === '*') {
            const slash = clean[i + 2] === '/';
            source += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // Anything below a matched directory matches too.
    return new RegExp(`^${source}(?:/.*)?$`);
}


/***/ })

};
