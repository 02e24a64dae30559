import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 568:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isDigest = isDigest;
exports.toDigest = toDigest;
exports.digestHex = digestHex;
exports.digestBytes = digestBytes;
exports.canonicalJson = canonicalJson;
exports.digestOfJson = digestOfJson;
const node_crypto_1 = __nccwpck_require__(598);
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function toDigest(hex) {
    const digest = `sha256:${hex}`;
    if (!isDigest(digest))
        throw new Error(`not a SHA-256 hex string: ${hex}`);
    return digest;
}
function digestHex(digest) {
    return digest.slice('sha256:'.length);
}
function digestBytes(bytes) {
    return toDigest((0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex'));
}
/**
 * JSON with object keys sorted recursively and no insignificant whitespace, so that equal values have
 * equal bytes and therefore equal digests. Undefined object members are dropped, as JSON.stringify does.
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            sorted[key] = sortKeys(member);
    }
    return sorted;
}
function digestOfJson(value) {
    return digestBytes(canonicalJson(value));
}


/***/ }),

/***/ 635:
/***/ ((__unused_webpack_module, exports) => {


/**
 * One error path for the whole suite. A `UserError` is something the user can fix (bad input, missing
 * permission, unreachable store); everything else is an internal failure and is reported as a bug.
 * Adapters (actions, CLI) print `formatUserError` and exit non-zero; they never print stack traces for
 * user errors.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UserError = void 0;
exports.isUserError = isUserError;
exports.describeLocation = describeLocation;
exports.formatUserError = formatUserError;
exports.errnoCode = errnoCode;
class UserError extends Error {
    name = 'UserError';
    location;
    fix;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        const { fix, cause: _cause, ...location } = options;
        this.location = location;
        this.fix = fix;
    }
}
exports.UserError = UserError;
function isUserError(error) {
    return error instanceof UserError;
}
/** `file:line:column` (or the input name) the way editors and GitHub annotations expect it. */
function describeLocation(location) {
    const parts = [];
    if (location.file !== undefined) {
        let place = location.file;
        if (location.line !== undefined)
            place += `:${location.line}`;
        if (location.line !== undefined && location.column !== undefined)
            place += `:${location.column}`;
        parts.push(place);
    }
    if (location.field !== undefined)
        parts.push(`field ${location.field}`);
    if (location.input !== undefined)
        parts.push(`input '${location.input}'`);
    return parts.join(', ');
}
/** Multi-line message: what was wrong, where, how to fix it. */
function formatUserError(error) {
    const where = describeLocation(error.location);
    const lines = [where ? `${where}: ${error.message}` : error.message];
    if (error.fix)
        lines.push(`How to fix: ${error.fix}`);
    return lines.join('\n');
}
/** Node's errno code of an error, if any (ENOENT, EACCES, …). */
function errnoCode(error) {
    if (typeof error === 'object' && error !== null && 'code' in error) {
        const code = error.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 927:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FeedBuffers = void 0;
exports.bindInputs = bindInputs;
exports.buildFeeds = buildFeeds;
exports.feedsFromMatrix = feedsFromMatrix;
const errors_js_1 = __nccwpck_require__(635);
const table_js_1 = __nccwpck_require__(460);
const model_js_1 = __nccwpck_require__(25);
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
    throw new errors_js_1.UserError(`model input '${spec.name}' of ${model.path} has type ${spec.type}; evaluate feeds float32, float64, int64 or int32 tensors.`, {
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
        throw new errors_js_1.UserError(`model input ${(0, model_js_1.describeSpec)(spec)} expects ${width} features per row, but evaluate has ${listed}.`, {
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
            throw new errors_js_1.UserError(`model input ${(0, model_js_1.describeSpec)(spec)} has no column of that name in ${table.file}.`, {
                file: table.file,
                input: options.input ?? 'features',
                fix: model.inputs.length === 1
                    ? `Add a column '${spec.name}', or list the feature columns in 'features' to fill the [N, F] input in order.`
                    : `Add or rename a column to '${spec.name}' (inputs: ${model.inputs.map((i) => i.name).join(', ')}).`,
            });
        }
        const dims = spec.shape?.length ?? 2;
        if ((dims !== 1 && dims !== 2) || (dims === 2 && spec.shape[1] !== 1 && typeof spec.shape[1] === 'number')) {
            throw new errors_js_1.UserError(`model input ${(0, model_js_1.describeSpec)(spec)} takes more than one value per row, so column '${spec.name}' cannot fill it.`, {
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
    const column = (0, table_js_1.getColumn)(table, name, input);
    if (column.type !== 'string')
        return;
    const sample = column.categories.slice(0, 3).map((c) => `'${c}'`).join(', ');
    throw new errors_js_1.UserError(`column '${name}' is text (${sample}…) but model input ${(0, model_js_1.describeSpec)(spec)} takes ${spec.type} numbers.`, {
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
        const columns = binding.features.map((name) => (0, table_js_1.getColumn)(table, name));
        const data = allocate(binding.input, binding.type, rows * columns.length);
        columns.forEach((column, j) => fill(data, column, table, start, end, j, columns.length, binding.type));
        return { [binding.input]: { type: binding.type, data, dims: [rows, columns.length] } };
    }
    const feeds = {};
    for (const item of binding.inputs) {
        const data = allocate(item.input, item.type, rows);
        fill(data, (0, table_js_1.getColumn)(table, item.column), table, start, end, 0, 1, item.type);
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
exports.FeedBuffers = FeedBuffers;
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
    const where = (0, table_js_1.describeRow)(table, row);
    return new errors_js_1.UserError(`column '${column.name}' has ${what} at ${where.text} of ${table.file}; the model needs finite numbers.`, {
        file: table.file,
        ...(where.line === undefined ? {} : { line: where.line }),
        input: 'data',
        fix: `Clean or impute '${column.name}' before evaluation (or drop such rows with missing: drop when they are empty cells).`,
    });
}


/***/ }),

/***/ 25:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadModel = loadModel;
exports.planOutputs = planOutputs;
exports.describeSpecs = describeSpecs;
exports.describeSpec = describeSpec;
const promises_1 = __nccwpck_require__(455);
const node_path_1 = __nccwpck_require__(760);
const digest_js_1 = __nccwpck_require__(568);
const errors_js_1 = __nccwpck_require__(635);
const onnx_proto_js_1 = __nccwpck_require__(578);
const types_js_1 = __nccwpck_require__(881);
async function loadModel(path, options) {
    const input = options.input ?? 'model';
    const bytes = await readModelFile(path, input);
    const digest = (0, digest_js_1.digestBytes)(bytes);
    const { model: runnable, zipMaps } = rewriteForRuntime(bytes, path, input);
    let session;
    try {
        session = await options.runtime.createSession(runnable);
    }
    catch (error) {
        if (!(error instanceof types_js_1.InvalidModelError))
            throw error;
        throw notOnnx(path, input, error.message);
    }
    const plan = planOutputs(session.outputs, zipMaps, options.task, path, input);
    const task = options.task ?? inferTask(plan);
    checkTaskFits(plan, task, path, input);
    return {
        path, name: (0, node_path_1.basename)(path), digest, session, inputs: session.inputs,
        outputs: session.outputs, plan, task,
        runtime: { name: options.runtime.name, version: options.runtime.version, ...(options.runtime.specifier ? { specifier: options.runtime.specifier } : {}) },
        release: () => session.release(),
    };
}
async function readModelFile(path, input) {
    try {
        const bytes = await (0, promises_1.readFile)(path);
        if (bytes.length === 0)
            throw notOnnx(path, input, 'the file is empty');
        return bytes;
    }
    catch (error) {
        if (error instanceof errors_js_1.UserError)
            throw error;
        const code = (0, errors_js_1.errnoCode)(error);
        if (code === 'ENOENT')
            throw new errors_js_1.UserError(`model file ${path} does not exist.`, { file: path, input, fix: 'Check the path; it is relative to the working directory.' });
        if (code === 'EISDIR')
            throw new errors_js_1.UserError(`${path} is a directory, not an ONNX model file.`, { file: path, input, fix: 'Pass the .onnx file itself.' });
        throw error;
    }
}
function rewriteForRuntime(bytes, path, input) {
    try {
        return (0, onnx_proto_js_1.stripZipMap)(bytes);
    }
    catch (error) {
        if (error instanceof onnx_proto_js_1.ProtobufError)
            throw notOnnx(path, input, error.message);
        throw error;
    }
}
function notOnnx(path, input, detail) {
    return new errors_js_1.UserError(`${path} is not an ONNX model the runtime can load (${detail}).`, {
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
            throw new errors_js_1.UserError(`output '${probabilities.name}' of ${path} has a symbolic class dimension (${String(width)}).`, {
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
    throw new errors_js_1.UserError(`${path} has no output evaluate can read (outputs: ${describeSpecs(outputs)}).`, {
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
    throw new errors_js_1.UserError(`task '${task}' does not fit ${path}: its output '${plan.output}' gives ${has}.`, {
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


/***/ }),

/***/ 578:
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProtobufError = void 0;
exports.stripZipMap = stripZipMap;
exports.decode = decode;
exports.encode = encode;
class ProtobufError extends Error {
}
exports.ProtobufError = ProtobufError;
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


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadOnnxRuntime = loadOnnxRuntime;
exports.importOnnxRuntime = importOnnxRuntime;
exports.runtimeUnavailable = runtimeUnavailable;
const node_module_1 = __nccwpck_require__(995);
const node_path_1 = __nccwpck_require__(760);
const node_url_1 = __nccwpck_require__(136);
const errors_js_1 = __nccwpck_require__(635);
const runtime_install_js_1 = __nccwpck_require__(738);
const types_js_1 = __nccwpck_require__(881);
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
    const directory = await installer(runtime_install_js_1.ONNXRUNTIME_VERSION);
    const specifier = (0, node_url_1.pathToFileURL)((0, node_module_1.createRequire)((0, node_path_1.join)(directory, 'package.json')).resolve('onnxruntime-node')).href;
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
        this.version = ort.env.versions.node ?? ort.env.versions.common ?? runtime_install_js_1.ONNXRUNTIME_VERSION;
    }
    async createSession(model) {
        let session;
        try {
            session = await this.ort.InferenceSession.create(model, { graphOptimizationLevel: 'all' });
        }
        catch (error) {
            throw new types_js_1.InvalidModelError(error.message);
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
    return new errors_js_1.UserError(`onnxruntime-node ${runtime_install_js_1.ONNXRUNTIME_VERSION} could not be loaded: ${error.message}`, {
        fix: 'Run on a GitHub-hosted runner (Linux, macOS or Windows, x64 or arm64) or install onnxruntime-node in the workspace.',
        cause: error,
    });
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.predictionArray = predictionArray;
exports.batchRowsFor = batchRowsFor;
exports.predictTable = predictTable;
exports.matrixPredictor = matrixPredictor;
exports.runBatch = runBatch;
exports.storeOutput = storeOutput;
const errors_js_1 = __nccwpck_require__(635);
const table_js_1 = __nccwpck_require__(460);
const inputs_js_1 = __nccwpck_require__(927);
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
    const buffers = new inputs_js_1.FeedBuffers();
    for (let from = start; from < end; from += batch) {
        const to = Math.min(end, from + batch);
        const output = await runBatch(model, (0, inputs_js_1.buildFeeds)(binding, table, from, to, buffers), to - from);
        storeOutput(output, values, (from - start) * model.plan.width, model, (row) => (0, table_js_1.describeRow)(table, from + row));
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
        const buffers = new inputs_js_1.FeedBuffers();
        for (let from = 0; from < rows; from += batch) {
            const to = Math.min(rows, from + batch);
            const slice = features.subarray(from * featureCount, to * featureCount);
            const output = await runBatch(model, (0, inputs_js_1.feedsFromMatrix)(binding, slice, to - from, buffers), to - from);
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
        throw new errors_js_1.UserError(`output '${model.plan.output}' of ${model.path} has ${output.data.length} values for ${rows} rows; expected ${model.plan.width} per row.`, {
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
    return new errors_js_1.UserError(`model ${model.name} predicted ${String(value)} for ${place.text}; evaluation needs finite predictions.`, {
        file: model.path,
        input: 'model',
        ...(place.line === undefined ? {} : { line: place.line }),
        fix: "Check that row's features against the ranges the model was trained on, or fix the model's numerics.",
    });
}


/***/ }),

/***/ 738:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ONNXRUNTIME_PACKAGE = exports.ONNXRUNTIME_VERSION = void 0;
exports.runtimeCacheKey = runtimeCacheKey;
exports.createToolCacheInstaller = createToolCacheInstaller;
const node_fs_1 = __nccwpck_require__(24);
const node_path_1 = __nccwpck_require__(760);
/**
 * Installing the pinned onnxruntime-node when the bundled action cannot resolve it. ncc cannot bundle
 * the native binding, so the action installs it once into the runner's tool cache and saves that with
 * the Actions cache (keyed by version, OS and arch). The steps are here; the `@actions/*` calls are
 * injected (`ToolCacheApi`, implemented in shared/action/onnx-runtime.ts), so this file stays testable.
 */
exports.ONNXRUNTIME_VERSION = '1.30.0';
exports.ONNXRUNTIME_PACKAGE = 'onnxruntime-node';
function runtimeCacheKey(version, platform = process.platform, arch = process.arch) {
    return `mlci-${exports.ONNXRUNTIME_PACKAGE}-${version}-${platform}-${arch}`;
}
function installed(directory) {
    return directory !== '' && (0, node_fs_1.existsSync)((0, node_path_1.join)(directory, 'node_modules', exports.ONNXRUNTIME_PACKAGE, 'package.json'));
}
/** Tool cache, then Actions cache, then npm (skipping the optional CUDA download). */
function createToolCacheInstaller(api, arch = process.arch) {
    return async (version) => {
        const cached = api.find(exports.ONNXRUNTIME_PACKAGE, version, arch);
        if (installed(cached))
            return cached;
        const key = runtimeCacheKey(version, process.platform, arch);
        const toolPath = api.toolPath(exports.ONNXRUNTIME_PACKAGE, version, arch);
        if ((await api.restoreCache([toolPath], key)) && installed(toolPath)) {
            api.log(`${exports.ONNXRUNTIME_PACKAGE} ${version} restored from the Actions cache (${key}).`);
            return toolPath;
        }
        const staging = await api.tempDir();
        api.log(`Installing ${exports.ONNXRUNTIME_PACKAGE}@${version} (once per runner image; cached as ${key}).`);
        await api.npmInstall(staging, `${exports.ONNXRUNTIME_PACKAGE}@${version}`);
        const directory = await api.cacheDir(staging, exports.ONNXRUNTIME_PACKAGE, version, arch);
        await api.saveCache([directory], key).catch((error) => api.log(`Could not save the Actions cache: ${String(error)}`));
        return directory;
    };
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The model runtime behind an interface: evaluate, fairness and explain only see `Session`s, so the
 * ONNX runtime can be loaded lazily (it is outside the action bundle) and swapped in tests.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InvalidModelError = void 0;
class InvalidModelError extends Error {
}
exports.InvalidModelError = InvalidModelError;


/***/ }),

/***/ 460:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getColumn = getColumn;
exports.isNumericColumn = isNumericColumn;
exports.cellText = cellText;
exports.categorize = categorize;
exports.takeRows = takeRows;
exports.describeRow = describeRow;
const errors_js_1 = __nccwpck_require__(635);
/** The named column, or a UserError listing the columns there are. */
function getColumn(table, name, input) {
    const column = table.columns.find((c) => c.name === name);
    if (!column) {
        const names = table.columns.map((c) => c.name);
        throw new errors_js_1.UserError(`column '${name}' is not in ${table.file}.`, {
            file: table.file,
            input,
            fix: `Use one of its columns: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', …' : ''}.`,
        });
    }
    return column;
}
function isNumericColumn(column) {
    return column.type !== 'string';
}
/** The cell as text (class labels, slice values): `1` for 1, `true` for a bool, null when missing. */
function cellText(column, row) {
    if (column.type === 'string') {
        const code = column.codes[row];
        return code < 0 ? null : column.categories[code];
    }
    if (column.nulls?.[row])
        return null;
    const value = column.values[row];
    if (column.type === 'bool')
        return value === 1 ? 'true' : 'false';
    return String(value);
}
/**
 * The column as dictionary codes over its distinct texts (numeric columns too), for grouping by slice
 * or sensitive value. Categories are sorted so the order does not depend on row order.
 */
function categorize(column) {
    const source = column.type === 'string' ? column : toStringColumn(column);
    const order = source.categories.map((_, i) => i).sort((a, b) => compareText(source.categories[a], source.categories[b]));
    const remap = new Int32Array(order.length);
    order.forEach((old, position) => (remap[old] = position));
    const codes = source.codes.map((code) => (code < 0 ? -1 : remap[code]));
    return { codes, categories: order.map((i) => source.categories[i]) };
}
function toStringColumn(column) {
    const dictionary = new Map();
    const categories = [];
    const codes = new Int32Array(column.values.length);
    for (let row = 0; row < codes.length; row += 1) {
        const text = cellText(column, row);
        if (text === null) {
            codes[row] = -1;
            continue;
        }
        let code = dictionary.get(text);
        if (code === undefined) {
            code = categories.length;
            categories.push(text);
            dictionary.set(text, code);
        }
        codes[row] = code;
    }
    return { name: column.name, type: 'string', codes, categories, nullCount: column.nullCount };
}
/** Numbers in numeric order, then text; stable across runs and shards. */
function compareText(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y)
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A table of the given rows, in the given order. */
function takeRows(table, rows) {
    const columns = table.columns.map((column) => {
        if (column.type === 'string') {
            const codes = rows.map((r) => column.codes[r]);
            return { ...column, codes, nullCount: codes.reduce((n, c) => n + (c < 0 ? 1 : 0), 0) };
        }
        const values = Float64Array.from(rows, (r) => column.values[r]);
        const taken = { name: column.name, type: column.type, values, nullCount: 0 };
        if (column.nulls) {
            const nulls = Uint8Array.from(rows, (r) => column.nulls[r]);
            taken.nullCount = nulls.reduce((n, v) => n + v, 0);
            if (taken.nullCount > 0)
                taken.nulls = nulls;
        }
        return taken;
    });
    const taken = { ...table, columns, rowCount: rows.length };
    if (table.lines)
        taken.lines = rows.map((r) => table.lines[r]);
    return taken;
}
/** Where row r is, for messages: `line 12` in a text file, `row 11` in Parquet. */
function describeRow(table, row) {
    const line = table.lines?.[row];
    return line === undefined ? { text: `row ${row + 1}` } : { text: `line ${line}`, line };
}


/***/ }),

/***/ 814:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.workerScript = workerScript;
exports.toThreadError = toThreadError;
exports.fromThreadError = fromThreadError;
const node_fs_1 = __nccwpck_require__(24);
const node_url_1 = __nccwpck_require__(136);
const errors_js_1 = __nccwpck_require__(635);
/**
 * The script of a worker thread whose entry module is `source` (a .ts file beside the module at `base`,
 * which passes its `import.meta.url`): `built` next to the running bundle (scripts/build.mjs writes each
 * worker bundle into every dist whose code names it), or, running from source (tests, `npm run mlci`),
 * the TypeScript file through tsx. Undefined when neither exists. Callers pass the names as variables,
 * not as string literals inside `new URL(…)`, so that the bundler leaves them alone.
 */
function workerScript(base, built, source) {
    const bundled = new URL(built, base);
    if ((0, node_fs_1.existsSync)((0, node_url_1.fileURLToPath)(bundled)))
        return { script: bundled, eval: false };
    const typescript = new URL(source, base);
    if (!(0, node_fs_1.existsSync)((0, node_url_1.fileURLToPath)(typescript)))
        return undefined;
    // A worker's entry module does not go through `--import tsx` hooks (Node 20): register tsx, then import.
    return { script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(typescript.href)}); });`, eval: true };
}
function toThreadError(error) {
    if (error instanceof errors_js_1.UserError)
        return { message: error.message, user: { location: error.location, ...(error.fix === undefined ? {} : { fix: error.fix }) } };
    return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
/** The error again on this side; `thread` names the worker in internal errors. */
function fromThreadError(error, thread) {
    if (error.user)
        return new errors_js_1.UserError(error.message, { ...error.user.location, ...(error.user.fix === undefined ? {} : { fix: error.user.fix }) });
    return new Error(`${thread}: ${error.message}`);
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
// Worker thread entry: loads one model with the main thread's runtime as it starts, then runs the
// session on each batch of feeds it is sent, in order, and sends the output back (see predict-in-worker.ts).
const node_worker_threads_1 = __nccwpck_require__(919);
const model_js_1 = __nccwpck_require__(25);
const onnxruntime_js_1 = __nccwpck_require__(621);
const predict_js_1 = __nccwpck_require__(389);
const worker_threads_js_1 = __nccwpck_require__(814);
const setup = node_worker_threads_1.workerData;
const port = node_worker_threads_1.parentPort;
// No top-level await: the bundler only accepts it in ES module entries.
const loading = (0, onnxruntime_js_1.importOnnxRuntime)(setup.runtime).then((runtime) => (0, model_js_1.loadModel)(setup.model, { runtime, input: setup.input, ...(setup.task ? { task: setup.task } : {}) }));
let failed = false;
let queue = loading.then(() => undefined, fail);
port.on('message', (request) => {
    queue = queue.then(() => predict(request)).catch(fail);
});
async function predict({ from, to, feeds }) {
    if (failed)
        return;
    const output = await (0, predict_js_1.runBatch)(await loading, feeds, to - from);
    const moved = Object.values(feeds).map((feed) => feed.data.buffer);
    if (ArrayBuffer.isView(output.data))
        moved.push(output.data.buffer);
    port.postMessage({ from, to, feeds, output }, moved);
}
function fail(error) {
    if (failed)
        return;
    failed = true;
    port.postMessage({ failure: (0, worker_threads_js_1.toThreadError)(error) });
}

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
