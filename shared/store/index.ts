export * from './object-store.js';
export { LocalStore } from './local-store.js';
// S3Store is not re-exported: openStore imports it (and the AWS SDK) on first use; import s3-store.js directly.
export type { S3StoreOptions } from './s3-store.js';
export { DEFAULT_STORE, openStore } from './open-store.js';
