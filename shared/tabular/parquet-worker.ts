// Worker thread entry: decodes the row groups the main thread asks for (see parquet-workers.ts) with
// the same ColumnBuilder the main thread uses, and moves the built columns back.
import { parentPort, workerData } from 'node:worker_threads';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { decodeGroupColumns, openParquet } from './parquet.js';
import { toFailure, transferList, type DecodeReply, type DecodeRequest, type DecodeSetup } from './parquet-workers.js';

const setup = workerData as DecodeSetup;
const port = parentPort!;
// Opened once per worker; no top-level await, which the bundler only accepts in ES module entries.
const opened = asyncBufferFromFile(setup.file).then(async (buffer) => openParquet(buffer, await parquetMetadataAsync(buffer)));

port.on('message', (request: DecodeRequest) => {
  void opened.then((source) => decodeGroupColumns(source, setup, request)).then(
    (columns) => port.postMessage({ index: request.index, columns } satisfies DecodeReply, transferList(columns)),
    (error: unknown) => port.postMessage({ index: request.index, failure: toFailure(error) } satisfies DecodeReply),
  );
});
