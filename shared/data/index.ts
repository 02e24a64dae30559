export { checkDatasetName, listVersions, loadManifest, parseDatasetSpec, resolveDatasetVersion, type DatasetVersionRef } from './dataset-refs.js';
export { diffManifests, type DatasetDiff, type FileChange, type TableChange } from './diff.js';
export { renderDatasetDiff } from './diff-markdown.js';
export { fsckStore, type FsckReport } from './fsck.js';
export { hashFiles, hashFileSync } from './hash-files.js';
export { profileTable, isTabular } from './profile.js';
export { restoreDataset, type RestoreDatasetResult } from './restore-dataset.js';
export { versionDataset, type VersionDatasetResult } from './version-dataset.js';
export { writeVersionFiles, type VersionFiles } from './version-files.js';
