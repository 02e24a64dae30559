export * from './object-store.js';
export { LocalStore } from './local-store.js';
export { S3Store, type S3StoreOptions } from './s3-store.js';
export { DEFAULT_STORE, openStore } from './open-store.js';
