import { UserError } from '../errors.js';
import { openStore, type ObjectStore } from '../store/index.js';
import { stringOption, type CliArgs, type CliIo, type CliOptions } from './command.js';

/** The store flags every command that touches a store accepts; the same names as the action inputs. */
export const STORE_OPTIONS: CliOptions = {
  store: { type: 'string' },
  's3-endpoint': { type: 'string' },
  's3-region': { type: 'string' },
  's3-checksums': { type: 'string' },
};

export const STORE_USAGE = `Store options:
  --store <dir|s3://bucket/prefix>   object store (default .mlci/store)
  --s3-endpoint <url>                S3-compatible endpoint (path-style addressing)
  --s3-region <region>               AWS region (default from the AWS chain)
  --s3-checksums <when-supported|when-required>
                                     use when-required for servers that reject CRC32 checksums`;

export function storeFromArgs(args: CliArgs, io: CliIo): ObjectStore {
  const checksums = stringOption(args, 's3-checksums');
  if (checksums !== undefined && checksums !== 'when-supported' && checksums !== 'when-required') {
    throw new UserError(`--s3-checksums must be when-supported or when-required, got '${checksums}'.`, { input: '--s3-checksums' });
  }
  return openStore(stringOption(args, 'store') ?? io.env.MLCI_STORE, {
    cwd: io.cwd,
    endpoint: stringOption(args, 's3-endpoint'),
    region: stringOption(args, 's3-region'),
    checksums,
  });
}
