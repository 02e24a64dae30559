export const id = 385;
export const ids = [385];
export const modules = {

/***/ 3385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Store: () => (/* binding */ S3Store)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./shared/digest.ts
var shared_digest = __webpack_require__(5568);
// EXTERNAL MODULE: ./shared/file-digest.ts
var file_digest = __webpack_require__(3479);
// EXTERNAL MODULE: ./shared/store/corrupt.ts
var corrupt = __webpack_require__(609);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/store/s3-errors.ts

function s3Error(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function isNotFound(error) {
    const e = s3Error(error);
    return e.name === 'NotFound' || e.name === 'NoSuchKey' || (e.$metadata?.httpStatusCode === 404 && e.name !== 'NoSuchBucket');
}
function isPreconditionFailure(error) {
    const e = s3Error(error);
    const status = e.$metadata?.httpStatusCode;
    return e.name === 'PreconditionFailed' || e.name === 'ConditionalRequestConflict' || status === 412 || status === 409;
}
/** Turns the SDK's errors into ones that say what to do: missing bucket, credentials, access, network. */
function describeS3Error(error, location) {
    if (error instanceof errors/* UserError */.yo)
        return error;
    const e = s3Error(error);
    const name = e.name ?? '';
    const cause = { cause: error };
    if (name === 'NoSuchBucket') {
        return new errors/* UserError */.yo(`The bucket of ${location} does not exist.`, { ...cause, input: 'store', fix: 'Create the bucket, or fix the bucket name in `store:`.' });
    }
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
        return new errors/* UserError */.yo(`No AWS credentials were found for ${location}.`, {
            ...cause,
            input: 'store',
            fix: 'Add aws-actions/configure-aws-credentials (OIDC, `id-token: write`) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
        });
    }
    if (['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'Forbidden', 'ExpiredToken'].includes(name) || e.$metadata?.httpStatusCode === 403) {
        return new errors/* UserError */.yo(`Access to ${location} was denied (${name || '403'}).`, {
            ...cause,
            input: 'store',
            fix: 'Check the credentials and that their policy allows s3:GetObject, s3:PutObject and s3:ListBucket on this bucket and prefix.',
        });
    }
    if (name === 'Region is missing' || /region is missing/i.test(e.message ?? '')) {
        return new errors/* UserError */.yo(`No AWS region is configured for ${location}.`, { ...cause, input: 's3-region', fix: 'Set AWS_REGION or the `s3-region` input.' });
    }
    const code = (0,errors/* errnoCode */.UK)(error) ?? (0,errors/* errnoCode */.UK)(error.cause);
    if (code && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code)) {
        return new errors/* UserError */.yo(`The store ${location} is unreachable (${code}).`, {
            ...cause,
            input: 's3-endpoint',
            fix: 'Check the endpoint URL and that the server is running and reachable from the runner.',
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}

// EXTERNAL MODULE: ./shared/store/object-store.ts
var object_store = __webpack_require__(4637);
;// CONCATENATED MODULE: ./shared/store/s3-store.ts












class S3Store {
    bucket;
    prefix;
    location;
    client;
    sendChecksums;
    multipartThreshold;
    partBytes;
    constructor(bucket, prefix, options = {}) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.location = (0,object_store/* s3Location */.eS)(bucket, prefix);
        this.sendChecksums = options.checksums !== 'when-required';
        this.multipartThreshold = options.multipartThresholdBytes ?? 64 * 2 ** 20;
        this.partBytes = Math.max(5 * 2 ** 20, options.partBytes ?? 16 * 2 ** 20);
        const checksums = this.sendChecksums ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED';
        this.client = new dist_cjs/* S3Client */.YxF({
            ...(options.endpoint ? { endpoint: options.endpoint } : {}),
            ...(options.region ? { region: options.region } : {}),
            ...(options.credentials ? { credentials: options.credentials } : {}),
            forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
            requestChecksumCalculation: checksums,
            responseChecksumValidation: checksums,
            maxAttempts: 3,
        });
    }
    async hasBlob(digest) {
        return (await this.head((0,object_store/* blobKey */.bd)(digest))) !== undefined;
    }
    async putBlob(source) {
        const digest = source instanceof Uint8Array ? (0,shared_digest/* digestBytes */.QN)(source) : (source.digest ?? (0,file_digest/* hashFileSync */.i)(source.file));
        if (await this.hasBlob(digest))
            return digest;
        const length = source instanceof Uint8Array ? source.byteLength : (await (0,promises_.stat)(source.file)).size;
        if (!(source instanceof Uint8Array) && length > this.multipartThreshold) {
            await this.putMultipart(source.file, length, (0,object_store/* blobKey */.bd)(digest));
            return digest;
        }
        const body = source instanceof Uint8Array ? source : (0,external_node_fs_.createReadStream)(source.file);
        // S3 makes an object visible only once its upload completes, so a killed upload leaves nothing behind.
        await this.call(() => this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: this.bucket,
            Key: this.key((0,object_store/* blobKey */.bd)(digest)),
            Body: body,
            ContentLength: length,
            // The server verifies the upload against the digest we already know, where it supports checksums.
            ...(this.sendChecksums ? { ChecksumSHA256: Buffer.from(digest.slice('sha256:'.length), 'hex').toString('base64') } : {}),
        })));
        return digest;
    }
    /**
     * Parts are read and sent one at a time (bounded memory); the object appears only on completion, and
     * a failed or interrupted upload is aborted so no parts linger (S3 lifecycle rules clean up after a kill).
     */
    async putMultipart(file, length, key) {
        const created = await this.call(() => this.client.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({ Bucket: this.bucket, Key: this.key(key) })));
        const uploadId = created.UploadId;
        try {
            const parts = [];
            for (let start = 0, number = 1; start < length; start += this.partBytes, number += 1) {
                const end = Math.min(length, start + this.partBytes) - 1;
                const response = await this.call(() => this.client.send(new dist_cjs/* UploadPartCommand */.iVK({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId, PartNumber: number, Body: (0,external_node_fs_.createReadStream)(file, { start, end }), ContentLength: end - start + 1 })));
                parts.push({ ETag: response.ETag, PartNumber: number });
            }
            await this.call(() => this.client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId, MultipartUpload: { Parts: parts } })));
        }
        catch (error) {
            await this.client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId })).catch(() => undefined);
            throw error;
        }
    }
    async getBlob(digest) {
        const bytes = await this.getBytes((0,object_store/* blobKey */.bd)(digest), digest);
        const actual = (0,shared_digest/* digestBytes */.QN)(bytes);
        if (actual !== digest)
            throw (0,corrupt/* corruptBlobError */.p)(digest, `${this.location}/${(0,object_store/* blobKey */.bd)(digest)}`, actual);
        return bytes;
    }
    async getBlobToFile(digest, path) {
        const response = await this.getObject((0,object_store/* blobKey */.bd)(digest), digest);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const temp = `${path}.mlci-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const tap = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(response.Body, tap, (0,external_node_fs_.createWriteStream)(temp));
            const actual = (0,shared_digest/* toDigest */.O6)(hash.digest('hex'));
            if (actual !== digest)
                throw (0,corrupt/* corruptBlobError */.p)(digest, `${this.location}/${(0,object_store/* blobKey */.bd)(digest)}`, actual);
            await (0,promises_.rename)(temp, path);
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async *listBlobs() {
        for await (const key of this.listKeys(object_store/* BLOB_PREFIX */.tX)) {
            const digest = (0,object_store/* digestFromBlobKey */.Bi)(key);
            if (digest)
                yield digest;
        }
    }
    async readPointer(key) {
        (0,object_store/* checkPointerKey */.pp)(key);
        try {
            const response = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.bucket, Key: this.key(object_store/* POINTER_PREFIX */.JP + key) }));
            const body = Buffer.from(await response.Body.transformToByteArray());
            return { body, etag: response.ETag ?? '' };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw describeS3Error(error, this.location);
        }
    }
    async writePointer(key, body, condition) {
        (0,object_store/* checkPointerKey */.pp)(key);
        await this.precheck(key, condition);
        const conditionHeader = 'ifNoneMatch' in condition ? { IfNoneMatch: '*' } : { IfMatch: condition.ifMatch };
        try {
            const response = await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ Bucket: this.bucket, Key: this.key(object_store/* POINTER_PREFIX */.JP + key), Body: body, ...conditionHeader }));
            return response.ETag ?? '';
        }
        catch (error) {
            if (isPreconditionFailure(error))
                throw new object_store/* PreconditionFailed */.OJ(key);
            throw describeS3Error(error, this.location);
        }
    }
    async listPointers(prefix) {
        const keys = [];
        for await (const key of this.listKeys(object_store/* POINTER_PREFIX */.JP + prefix))
            keys.push(key.slice(object_store/* POINTER_PREFIX */.JP.length));
        return keys.sort();
    }
    /**
     * S3 enforces If-None-Match / If-Match atomically; some S3-compatible servers ignore the headers.
     * Checking first as well turns a sequential conflict into PreconditionFailed on those servers too.
     */
    async precheck(key, condition) {
        const current = await this.head(object_store/* POINTER_PREFIX */.JP + key);
        if ('ifNoneMatch' in condition ? current !== undefined : current !== condition.ifMatch)
            throw new object_store/* PreconditionFailed */.OJ(key);
    }
    /** The object's ETag, or undefined when it does not exist. */
    async head(key) {
        try {
            const response = await this.client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: this.bucket, Key: this.key(key) }));
            return response.ETag ?? '';
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw describeS3Error(error, this.location);
        }
    }
    async getObject(key, digest) {
        try {
            return await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.bucket, Key: this.key(key) }));
        }
        catch (error) {
            if (isNotFound(error))
                throw (0,corrupt/* missingBlobError */.U)(digest, this.location);
            throw describeS3Error(error, this.location);
        }
    }
    async getBytes(key, digest) {
        const response = await this.getObject(key, digest);
        return Buffer.from(await response.Body.transformToByteArray());
    }
    async *listKeys(prefix) {
        let token;
        do {
            const page = await this.call(() => this.client.send(new dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: this.bucket, Prefix: this.key(prefix), ContinuationToken: token })));
            for (const object of page.Contents ?? [])
                if (object.Key)
                    yield object.Key.slice(this.key('').length);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
    }
    key(relativeKey) {
        return this.prefix ? `${this.prefix.replace(/\/$/, '')}/${relativeKey}` : relativeKey;
    }
    async call(request) {
        try {
            return await request();
        }
        catch (error) {
            throw describeS3Error(error, this.location);
        }
    }
}


/***/ })

};
