// Worker thread entry: decodes the row groups the main thread asks for (see parquet-workers.ts) with
// the same ColumnBuilder the main thread uses, and moves the built columns back.
import { parentPort, workerData } from 'node:worker_threads';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { ColumnBuilder } from './column-builder.js';
import { decodeRowGroup, openParquet } from './parquet.js';
import { toFailure, transferList, type DecodedColumn, type DecodeReply, type DecodeRequest, type DecodeSetup } from './parquet-workers.js';

const setup = workerData as DecodeSetup;
const port = parentPort!;
// Opened once per worker; no top-level await, which the bundler only accepts in ES module entries.
const opened = asyncBufferFromFile(setup.file).then(async (buffer) => openParquet(buffer, await parquetMetadataAsync(buffer)));

port.on('message', (request: DecodeRequest) => {
  void decode(request).then(
    (columns) => port.postMessage({ index: request.index, columns } satisfies DecodeReply, transferList(columns)),
    (error: unknown) => port.postMessage({ index: request.index, failure: toFailure(error) } satisfies DecodeReply),
  );
});

async function decode(request: DecodeRequest): Promise<DecodedColumn[]> {
  const rows = request.end - request.start;
  const builders = setup.names.map((name, c) => {
    const type = setup.types[name];
    const storage = setup.storage?.[c];
    // Lossy demotion is moot: Parquet columns have fixed types, and a forced type never demotes.
    const builder = storage && type ? ColumnBuilder.over(name, type, storage, request.offset, rows) : new ColumnBuilder(name, type, true);
    builder.reserve(rows);
    return builder;
  });
  await decodeRowGroup(await opened, setup.names, request, (column, part) => builders[column]!.pushPart(part));
  return builders.map((builder) => ({ column: builder.build(), nullSamples: [...builder.nullSamples] }));
}
